/**
 * Prints, after a run, the ten test files that took longest (import, set-up
 * and tests) and the slowest test of each, next to vitest's own report.
 * GRASSROOTS_TEST_TIMES=<file> also writes every file's time as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const times = modules
      .map((m) => {
        const d = m.diagnostic();
        let slowest: { name: string; ms: number } | undefined;
        for (const t of m.children.allTests()) {
          const ms = t.diagnostic()?.duration ?? 0;
          if (!slowest || ms > slowest.ms) slowest = { name: t.fullName, ms };
        }
        return {
          file: `${m.project.name ? `${m.project.name}: ` : ''}${relative(process.cwd(), m.moduleId)}`,
          ms: d.collectDuration + d.setupDuration + d.duration,
          slowest,
        };
      })
      .sort((a, b) => b.ms - a.ms);
    const out = process.env.GRASSROOTS_TEST_TIMES;
    if (out) mkdirSync(dirname(out), { recursive: true });
    if (out) writeFileSync(out, JSON.stringify(times, null, 2));
    if (times.length < 2) return;
    const lines = times
      .slice(0, 10)
      .map(
        (t) =>
          `${seconds(t.ms)}  ${t.file}${t.slowest ? `  (slowest: ${seconds(t.slowest.ms).trim()} ${t.slowest.name.slice(0, 80)})` : ''}`,
      );
    process.stdout.write(`\n Slowest test files:\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  }
}
