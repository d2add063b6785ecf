/**
 * Timing, medians and the printed tables of the benchmark. Everything here is
 * plain arithmetic and formatting: no database, no I/O beyond stdout.
 */
import type { AuditActor } from '../src/platform/audit.js';
import { performance } from 'node:perf_hooks';

/** The median of a non-empty list of numbers. */
export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds spent in one call of `fn`, and what it returned. */
export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/**
 * Runs `fn` `warmup` times untimed (plans, caches, JIT), then `runs` times timed.
 * Returns every timed sample so the caller can report the median and the spread.
 */
export async function sample(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push((await timeOnce(fn)).ms);
  return out;
}

/**
 * Times two contenders alternately (a, b, a, b...) so that drift in the
 * machine (caches, other processes) hits both the same way.
 */
export async function sampleAlternating(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs: number,
  warmup = 1,
): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ra: number[] = [];
  const rb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ra.push((await timeOnce(a)).ms);
    rb.push((await timeOnce(b)).ms);
  }
  return { a: ra, b: rb };
}

/** One measured comparison: our figure against a baseline, with its target. */
export interface Measurement {
  section: string;
  name: string;
  /** What is measured and what it is compared with, for the table. */
  subject: string;
  baseline: string;
  unit: 'ms' | 'MB' | 'KB';
  value: number;
  baselineValue: number | null;
  samples: number[];
  baselineSamples: number[];
  /** ratio = baselineValue / value for speed-ups, value / baselineValue for slow-downs; see `ratioKind`. */
  ratio: number | null;
  ratioKind: 'speedup' | 'slowdown' | 'none';
  target: string;
  pass: boolean;
  /** Reported for context, not one of the targets: shown as INFO and left out of the count. */
  informational?: boolean;
  note?: string;
}

/** PASS, MISS, or INFO for a figure that is not a target. */
export function verdict(m: Measurement): string {
  if (m.informational) return 'INFO';
  return m.pass ? 'PASS' : 'MISS';
}

/** A speed comparison where bigger speed-up is better: pass when baseline/value >= minSpeedup. */
export function speedup(
  m: Omit<Measurement, 'value' | 'baselineValue' | 'ratio' | 'ratioKind' | 'pass' | 'target' | 'unit'>,
  minSpeedup: number,
): Measurement {
  const value = median(m.samples);
  const baselineValue = median(m.baselineSamples);
  const ratio = baselineValue / value;
  return {
    ...m,
    unit: 'ms',
    value,
    baselineValue,
    ratio,
    ratioKind: 'speedup',
    target: minSpeedup === 1 ? '>= 1x (at least as fast)' : `>= ${minSpeedup}x faster`,
    pass: ratio >= minSpeedup,
  };
}

/** A cost comparison where smaller is better: pass when value/baseline <= maxSlowdown. */
export function slowdown(
  m: Omit<Measurement, 'value' | 'baselineValue' | 'ratio' | 'ratioKind' | 'pass' | 'target' | 'unit'>,
  maxSlowdown: number,
): Measurement {
  const value = median(m.samples);
  const baselineValue = median(m.baselineSamples);
  const ratio = value / baselineValue;
  return {
    ...m,
    unit: 'ms',
    value,
    baselineValue,
    ratio,
    ratioKind: 'slowdown',
    target: `<= ${maxSlowdown}x baseline`,
    pass: ratio <= maxSlowdown,
  };
}

/** An absolute ceiling (peak memory): pass when value <= max. */
export function ceiling(
  m: Omit<
    Measurement,
    'baselineValue' | 'ratio' | 'ratioKind' | 'pass' | 'target' | 'unit' | 'baselineSamples' | 'baseline'
  > & { unit: 'MB' | 'KB' | 'ms' },
  max: number,
): Measurement {
  return {
    ...m,
    baseline: '-',
    baselineValue: null,
    baselineSamples: [],
    ratio: m.value / max,
    ratioKind: 'none',
    target: `<= ${max} ${m.unit}`,
    pass: m.value <= max,
  };
}

/** '12.3 ms' / '1.85 s' as fits the size. */
export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  return `${ms.toFixed(1)} ms`;
}

export function fmtValue(m: Measurement, v: number | null): string {
  if (v === null) return '-';
  return m.unit === 'ms' ? fmtMs(v) : `${v.toFixed(0)} ${m.unit}`;
}

function fmtRatio(m: Measurement): string {
  if (m.ratio === null) return '-';
  if (m.ratioKind === 'speedup') return `${m.ratio.toFixed(2)}x faster`;
  if (m.ratioKind === 'slowdown') return `${m.ratio.toFixed(2)}x slower`;
  return `${(m.ratio * 100).toFixed(0)}% of max`;
}

/** A fixed-width text table. */
export function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The table of one section's measurements. */
export function measurementTable(ms: Measurement[]): string {
  return table(
    ['measure', 'median', 'baseline', 'baseline median', 'ratio', 'target', 'result'],
    ms.map((m) => [
      m.name,
      fmtValue(m, m.value),
      m.baseline,
      fmtValue(m, m.baselineValue),
      fmtRatio(m),
      m.target,
      verdict(m),
    ]),
  );
}

/** How far a missed target is from passing, in words. */
export function shortfall(m: Measurement): string {
  if (m.pass || m.ratio === null) return '';
  if (m.informational) return `above ${m.target.replace('<= ', '')}, not a target`;
  if (m.ratioKind === 'speedup') {
    const need = Number(/([\d.]+)x/.exec(m.target)?.[1] ?? '1');
    return `needs ${need}x, got ${m.ratio.toFixed(2)}x: the engine must get ${(need / m.ratio).toFixed(1)}x faster`;
  }
  if (m.ratioKind === 'slowdown') {
    const max = Number(/([\d.]+)x/.exec(m.target)?.[1] ?? '1');
    return `allowed ${max}x, got ${m.ratio.toFixed(2)}x (${((m.ratio / max - 1) * 100).toFixed(0)}% over)`;
  }
  return `${fmtValue(m, m.value)} is ${((m.ratio - 1) * 100).toFixed(0)}% over the ceiling`;
}

/** Prints a section heading the same way everywhere. */
export function heading(title: string): void {
  process.stdout.write(`\n=== ${title} ===\n`);
}

/** Progress on stderr so that stdout stays the report. */
export function progress(message: string): void {
  process.stderr.write(`  .. ${message}\n`);
}

/** The actor of the bench's writes: every audited change needs one. */
export const benchActor: AuditActor = { actor: 'system:bench' };
