/**
 * The indicator engine against the naive single query, on one database: a
 * snapshot and a two-date comparison, timed alternately in the same run,
 * after checking once that both give the same numbers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { compare, snapshot } from '../src/modules/indicators/indicators.service.js';
import { scopeAt } from '../src/modules/indicators/queries/scope-at.js';
import { villageFactsSelect } from '../src/modules/indicators/queries/village-facts.js';
import { rows, type Db } from '../src/platform/db.js';
import { mismatches, naiveCompare, naiveSnapshot, naiveSnapshotSql } from './naive.js';
import { progress, sampleAlternating, speedup, type Measurement } from './stats.js';

export interface IndicatorBench {
  section: string;
  /** 'PGlite' or 'PostgreSQL 15.x', for the table. */
  engine: string;
  db: Db;
  scope: string;
  at: string;
  from: string;
  to: string;
  runs: number;
  minSpeedup: number;
  outDir: string;
}

/** Timings, and what disagreed between engine and naive (empty when they agree). */
export interface IndicatorResult {
  measurements: Measurement[];
  mismatches: string[];
  figures: { snapshot: unknown; compare: unknown };
  explainFiles: string[];
}

/** Runs EXPLAIN ANALYZE and returns the plan as text. */
async function explain(db: Db, query: SQL): Promise<string> {
  const plan = await rows<Record<string, string>>(db, sql`explain (analyze, buffers) ${query}`);
  return plan.map((r) => Object.values(r)[0]).join('\n');
}

/** Benchmarks one database; writes EXPLAIN ANALYZE of both queries to outDir when a target is missed. */
export async function benchIndicators(b: IndicatorBench): Promise<IndicatorResult> {
  const { db, scope, at, from, to } = b;
  progress(`${b.section}: checking that engine and naive agree`);
  const engineSnap = await snapshot(db, scope, at);
  const naiveSnap = await naiveSnapshot(db, scope, at);
  const engineCmp = await compare(db, scope, from, to);
  const naiveCmp = await naiveCompare(db, scope, from, to);
  const wrong = [
    ...mismatches(naiveSnap, engineSnap).map((m) => `snapshot ${at}: ${m}`),
    ...mismatches(naiveCmp, engineCmp).map((m) => `compare ${from}..${to}: ${m}`),
  ];

  progress(`${b.section}: snapshot, ${b.runs} runs each`);
  const s = await sampleAlternating(
    () => snapshot(db, scope, at),
    () => naiveSnapshot(db, scope, at),
    b.runs,
  );
  progress(`${b.section}: comparison, ${b.runs} runs each`);
  const c = await sampleAlternating(
    () => compare(db, scope, from, to),
    () => naiveCompare(db, scope, from, to),
    b.runs,
  );

  const measurements = [
    speedup(
      {
        section: b.section,
        name: `snapshot ${scope} @ ${at}`,
        subject: `snapshot(db, '${scope}', '${at}') on ${b.engine}`,
        baseline: 'naive query',
        samples: s.a,
        baselineSamples: s.b,
      },
      b.minSpeedup,
    ),
    speedup(
      {
        section: b.section,
        name: `compare ${scope} ${from} -> ${to}`,
        subject: `compare(db, '${scope}', '${from}', '${to}') on ${b.engine}`,
        baseline: 'naive query',
        samples: c.a,
        baselineSamples: c.b,
      },
      b.minSpeedup,
    ),
  ];

  const explainFiles: string[] = [];
  if (measurements.some((m) => !m.pass)) {
    progress(`${b.section}: target missed, writing EXPLAIN ANALYZE`);
    const unit = await scopeAt(db, { code: scope, at });
    if (unit) {
      const engineFile = join(b.outDir, `explain-${b.section}-engine.txt`);
      // Every column of the engine's per-village facts, so that nothing is pruned from the plan.
      const engineQuery = sql`select * from (${villageFactsSelect(unit.id, at)}) f`;
      writeFileSync(engineFile, await explain(db, engineQuery));
      const naiveFile = join(b.outDir, `explain-${b.section}-naive.txt`);
      writeFileSync(naiveFile, await explain(db, naiveSnapshotSql(scope, at)));
      explainFiles.push(engineFile, naiveFile);
    }
  }
  return {
    measurements,
    mismatches: wrong,
    figures: { snapshot: engineSnap, compare: engineCmp.changes },
    explainFiles,
  };
}
