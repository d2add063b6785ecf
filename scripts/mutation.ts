/**
 * npm run mutation [-- group...]: runs Stryker once per group of critical code
 * (stryker.config.mjs), every group by default, and prints each group's score.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const config: string = '../stryker.config.mjs';
const { groups } = (await import(config)) as { groups: Record<string, { mutate: string[]; tests: string[] }> };

const chosen = process.argv.slice(2);
const unknown = chosen.filter((g) => !(g in groups));
if (unknown.length > 0) {
  console.error(`unknown group(s): ${unknown.join(', ')}; the groups are ${Object.keys(groups).join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const group of chosen.length > 0 ? chosen : Object.keys(groups)) {
  console.log(`\n=== ${group} ===`);
  const run = spawnSync('npx', ['stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_GROUP: group },
  });
  if (run.status !== 0) {
    failed = true;
    continue;
  }
  const report = JSON.parse(readFileSync(`reports/mutation/${group}.json`, 'utf8')) as {
    files: Record<string, { mutants: { status: string }[] }>;
  };
  const count: Record<string, number> = {};
  for (const f of Object.values(report.files)) for (const m of f.mutants) count[m.status] = (count[m.status] ?? 0) + 1;
  const killed = (count.Killed ?? 0) + (count.Timeout ?? 0);
  const scored = killed + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
  console.log(
    `${group}: ${scored ? ((100 * killed) / scored).toFixed(1) : '-'}% killed (${killed}/${scored}); ${JSON.stringify(count)}`,
  );
}
process.exit(failed ? 1 : 0);
