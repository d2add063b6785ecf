/**
 * `npm run bench`: the performance targets of the engine, the importer and the server.
 *
 *   1. indicators, province scale (demo + synthetic members, ~120k rows) on PGlite,
 *      and national scale (80,000 villages, ~6M rows) on PostgreSQL: engine vs naive query;
 *   2. import of the province workbook vs COPY of the same rows (PGlite);
 *   3. peak RSS of the built server serving the demo, on PGlite and on PostgreSQL, the
 *      time a restart takes to answer, the first dashboard view in a cold browser
 *      (Debian's Chromium) while it serves, and the script bytes of the sign-in page;
 *   4. the portal: an article page and the view beacon under wrk, against nginx serving
 *      the same page from a file.
 *
 * Flags: --skip-national --skip-province --skip-import --skip-memory --skip-dashboard --skip-portal
 *        --runs N (indicator runs, default 7) --import-runs N (default 3) --seed N
 * Tables go to stdout, progress to stderr, everything to bench/out/results.json.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { DEFAULT_SEED } from '../src/modules/demo/demo.generator.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { openDatabase } from '../src/platform/db.js';
import { ensureWebBuilt } from '../test/browser.js';
import { benchDashboard, benchSignInScripts } from './dashboard.js';
import { benchImport, type ImportFacts } from './import.js';
import { benchIndicators, type IndicatorResult } from './indicators.js';
import { benchMemory, type MemoryResult } from './memory.js';
import { benchNational, type NationalResult } from './national.js';
import { benchPortal, type PortalBenchResult } from './portal.js';
import { provinceRegister, type ProvinceRegister } from './province.js';
import {
  benchActor,
  fmtMs,
  fmtValue,
  heading,
  measurementTable,
  median,
  progress,
  shortfall,
  timeOnce,
  verdict,
  type Measurement,
} from './stats.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
function num(name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}
const runs = num('runs', 7);
const importRuns = num('import-runs', 3);
const seed = num('seed', DEFAULT_SEED);
const outDir = fileURLToPath(new URL('./out', import.meta.url));
mkdirSync(outDir, { recursive: true });
// Plans from an earlier run would be mistaken for this run's.
for (const f of readdirSync(outDir)) if (f.startsWith('explain-')) rmSync(`${outDir}/${f}`);

const started = performance.now();
const all: Measurement[] = [];
const mismatches: string[] = [];
const problems: string[] = [];
const skipped: string[] = [];
const results: {
  machine: { cpus: number; cpuModel: string; memGB: number; node: string };
  startedAt: string;
  options: { runs: number; importRuns: number; seed: number };
  province?: { data: Omit<ProvinceRegister, 'register'> & { importSeconds: number }; indicators: IndicatorResult };
  import?: { facts: ImportFacts; measurements: Measurement[] };
  national?: NationalResult;
  memory?: MemoryResult;
  portal?: PortalBenchResult | { skipped: string };
  summary?: {
    measurements: Measurement[];
    mismatches: string[];
    problems: string[];
    skipped: string[];
    totalSeconds: number;
  };
} = {
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    memGB: Math.round(totalmem() / 1e9),
    node: process.version,
  },
  startedAt: new Date().toISOString(),
  options: { runs, importRuns, seed },
};

function loud(lines: string[], title: string): void {
  if (lines.length === 0) return;
  process.stdout.write(`\n!!! ${title} (${lines.length}) !!!\n${lines.map((l) => `!!!   ${l}`).join('\n')}\n`);
}

function section(ms: Measurement[], facts: string[]): void {
  process.stdout.write(`${measurementTable(ms)}\n`);
  for (const f of facts) process.stdout.write(`  ${f}\n`);
  all.push(...ms);
}

let province: ProvinceRegister | null = null;
if (!flag('skip-province') || !flag('skip-import')) {
  progress(`generating the province register (demo seed ${seed} + synthetic members)`);
  province = provinceRegister(seed);
}

if (province && !flag('skip-province')) {
  heading('1a. Indicators, province scale, PGlite: engine vs naive query');
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    progress('importing the province register into PGlite');
    const imported = await timeOnce(() => importRegister(database.db, province!.register, { actor: benchActor }));
    if (imported.value.errors.length > 0) {
      problems.push(
        `province import: ${imported.value.errors.length} errors, first: ${imported.value.errors[0].message}`,
      );
      loud(problems, 'PROVINCE REGISTER REJECTED');
    } else {
      const r = await benchIndicators({
        section: 'province',
        engine: 'PGlite',
        db: database.db,
        scope: '33',
        at: '2017-06-30',
        from: '2013-06-30',
        to: '2017-06-30',
        runs,
        minSpeedup: 1,
        outDir,
      });
      const { register: _r, ...data } = province;
      results.province = { data: { ...data, importSeconds: imported.ms / 1000 }, indicators: r };
      const villages = (r.figures.snapshot as { villages?: number }).villages ?? 0;
      section(r.measurements, [
        `data: ${province.rows.toLocaleString('en')} membership + placement rows (demo ${province.demoRows.toLocaleString('en')}, ` +
          `+${province.syntheticPeople.toLocaleString('en')} synthetic members), ${villages} villages in scope at 2017-06-30; ` +
          `generated in ${province.generateSeconds.toFixed(1)} s, imported in ${fmtMs(imported.ms)}`,
        `${runs} runs each, alternating; engine and naive ${r.mismatches.length ? 'DISAGREE' : 'agree on every figure'}`,
        ...r.explainFiles.map((f) => `EXPLAIN ANALYZE: ${f}`),
      ]);
      mismatches.push(...r.mismatches.map((m) => `province: ${m}`));
      loud(r.mismatches, 'MISMATCH between engine and naive, province');
    }
  } finally {
    await database.close();
  }
}

if (flag('skip-national')) {
  skipped.push('national scale (--skip-national)');
} else {
  heading('1b. Indicators, national scale, PostgreSQL: engine vs naive query');
  const r = await benchNational({ runs, seed: 0.2013, outDir });
  results.national = r;
  if ('skipped' in r) {
    process.stdout.write(`skipped: ${r.skipped}\n`);
    skipped.push(`national scale: ${r.skipped}`);
  } else {
    const rowsOf = (k: string) => (r.build.rows[k] ?? 0).toLocaleString('en');
    section(r.measurements, [
      `data: ${rowsOf('villages')} villages, ${rowsOf('memberships')} memberships + ${rowsOf('placements')} placements, ` +
        `${rowsOf('people')} people, ${rowsOf('head_terms')} head terms, ${rowsOf('secretary_terms')} secretary terms`,
      `build: rows in ${r.build.seconds.toFixed(0)} s; derived tables by refreshVillageMemberCounts in ${r.refreshSeconds.toFixed(0)} s (` +
        `${Object.entries(r.derivedRows)
          .map(([t, n]) => `${t} ~${n.toLocaleString('en')} rows`)
          .join(', ')}); ` +
        `whole section ${(r.totalSeconds / 60).toFixed(1)} min`,
      `${runs} runs each, alternating; engine and naive ${r.mismatches.length ? 'DISAGREE' : 'agree on every figure'}`,
      ...r.explainFiles.map((f) => `EXPLAIN ANALYZE: ${f}`),
    ]);
    mismatches.push(...r.mismatches.map((m) => `national: ${m}`));
    loud(r.mismatches, 'MISMATCH between engine and naive, national');
  }
}

if (province && !flag('skip-import')) {
  heading('2. Import: province workbook vs COPY of the same rows, PGlite');
  const r = await benchImport(province.register, importRuns);
  results.import = r;
  section(r.measurements, [
    `${r.facts.rows.toLocaleString('en')} rows in all sheets; workbook ${r.facts.workbookMB.toFixed(1)} MB written in ${fmtMs(r.facts.writeWorkbookMs)}; ` +
      `${importRuns} runs each, each into a fresh in-memory PGlite; the import also rebuilds the derived tables`,
    `baseline = COPY of the same rows, ids resolved beforehand, into the schema's own tables (keys, indexes, foreign keys)`,
    `for scale: COPY into bare tables (same columns, no keys/indexes/FKs): median ${fmtMs(median(r.facts.bareCopyMs))}; ` +
      `import = ${(r.measurements[0].value / median(r.facts.bareCopyMs)).toFixed(1)}x that`,
    `import: ${r.facts.importErrors} errors, ${r.facts.importWarnings} warnings`,
  ]);
  problems.push(...r.facts.problems);
  loud(r.facts.problems, 'IMPORT PROBLEMS');
} else if (flag('skip-import')) skipped.push('import (--skip-import)');

if (flag('skip-memory')) {
  skipped.push('memory (--skip-memory)');
} else {
  heading('3. Server memory: peak RSS (VmHWM) while serving the demo province');
  let dashboard: Measurement | null = null;
  let signIn: Measurement | null = null;
  const r = await benchMemory({
    rounds: 25,
    concurrency: 8,
    skipPostgres: false,
    dashboard: flag('skip-dashboard')
      ? undefined
      : async (base) => {
          progress('dashboard: first view in a cold browser, while the PGlite server serves the demo');
          await ensureWebBuilt();
          dashboard = await benchDashboard(base, 5);
          signIn = await benchSignInScripts(base);
        },
  });
  if (dashboard) r.measurements.push(dashboard);
  if (signIn) r.measurements.push(signIn);
  results.memory = r;
  section(r.measurements, [
    ...r.measurements.map((m) => `${m.name}: ${m.note ?? ''}`),
    `paths: /api/indicators (snapshot, comparison), /api/units/tree, /api/indicators/villages?category=white`,
    ...r.notes,
  ]);
}

if (flag('skip-portal')) {
  skipped.push('portal (--skip-portal)');
} else {
  heading('4. Portal: article page and view beacon under wrk -c50, against nginx serving the same page');
  const r = await benchPortal();
  results.portal = r;
  if ('skipped' in r) {
    process.stdout.write(`skipped: ${r.skipped}\n`);
    skipped.push(`portal: ${r.skipped}`);
  } else {
    section(r.measurements, r.notes);
    problems.push(...r.notes.filter((n) => n.startsWith('!!!')));
  }
}

const totalSeconds = (performance.now() - started) / 1000;
heading('Summary');
for (const m of all) {
  const detail = m.pass ? '' : `  <- ${shortfall(m)}`;
  process.stdout.write(
    `${verdict(m)}  [${m.section}] ${m.name}: ${m.baselineValue === null ? fmtValue(m, m.value) : `${fmtValue(m, m.value)} vs ${fmtValue(m, m.baselineValue)}`}, target ${m.target}${detail}\n`,
  );
}
for (const s of skipped) process.stdout.write(`SKIP  ${s}\n`);
loud(mismatches, 'ENGINE AND NAIVE DISAGREE');
loud(problems, 'PROBLEMS');
const targets = all.filter((m) => !m.informational);
process.stdout.write(
  `\n${targets.filter((m) => m.pass).length}/${targets.length} targets met; ${(totalSeconds / 60).toFixed(1)} min in all\n`,
);
results.summary = { measurements: all, mismatches, problems, skipped, totalSeconds };
const file = `${outDir}/results.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
process.stdout.write(`results: ${file}\n`);
process.exitCode = mismatches.length > 0 || problems.length > 0 ? 1 : 0;
