/**
 * National scale on PostgreSQL: a scratch database filled by national-data.ts,
 * the derived member counts built by the engine's own refresh, then the same
 * engine-vs-naive measurement as the province, for a province inside the
 * national data and for the whole country (VN). The database is dropped at the
 * end, whatever happens.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { refreshVillageMemberCounts } from '../src/modules/indicators/counts.repository.js';
import { openDatabase, transaction, type Db } from '../src/platform/db.js';
import { benchIndicators, type IndicatorResult } from './indicators.js';
import { buildNationalData, type NationalData } from './national-data.js';
import { benchDatabaseUrl, createScratchDatabase, probePostgres } from './pg.js';
import { progress } from './stats.js';

export interface NationalOptions {
  runs: number;
  seed: number;
  outDir: string;
}

export type NationalResult =
  | { skipped: string }
  | (IndicatorResult & {
      server: string;
      build: NationalData;
      refreshSeconds: number;
      derivedRows: Record<string, number>;
      totalSeconds: number;
    });

/**
 * Builds the engine's derived tables for every village through its own refresh
 * (village_member_counts, and whatever it rebuilds with them), with room to
 * sort in memory as a bulk load would; then fresh planner statistics.
 */
async function refreshAll(db: Db): Promise<void> {
  await transaction(db, async (tx) => {
    await tx.execute(sql`set local work_mem = '256MB'`);
    await refreshVillageMemberCounts(tx);
  });
  await db.execute(sql`analyze`);
}

/** Runs the national section, or says why it was skipped. */
export async function benchNational(o: NationalOptions): Promise<NationalResult> {
  const t0 = performance.now();
  const probe = await probePostgres();
  if (!probe.ok) return { skipped: `no PostgreSQL at ${benchDatabaseUrl} (${probe.reason}); set BENCH_DATABASE_URL` };
  const scratch = await createScratchDatabase();
  progress(`national: scratch database ${scratch.name} on PostgreSQL ${probe.version}`);
  try {
    const database = await openDatabase({ kind: 'postgres', url: scratch.url });
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      progress('national: generating 80,000 villages and ~6 million rows in SQL');
      const build = await buildNationalData(client, o.seed, (m) => progress(`  ${m}`));
      progress('national: building the derived tables (refreshVillageMemberCounts)');
      const r0 = performance.now();
      await refreshAll(database.db);
      const refreshSeconds = (performance.now() - r0) / 1000;
      // Every table the engine derives (it may add more); their sizes go into the report.
      const derived = await client.query<{ t: string; n: string }>(`
        select c.relname as t, c.reltuples::bigint as n from pg_class c
        where c.relkind = 'r' and c.relname in ('village_member_counts', 'village_states')`);
      const derivedRows = Object.fromEntries(derived.rows.map((r) => [r.t, Number(r.n)]));
      const common = { engine: `PostgreSQL ${probe.version}`, db: database.db, runs: o.runs, outDir: o.outDir };
      // a province inside the national data, then the whole country, across the 2025 reform (63 -> 34 provinces)
      const province = await benchIndicators({
        ...common,
        section: 'national',
        scope: '33',
        at: '2017-06-30',
        from: '2013-06-30',
        to: '2017-06-30',
        minSpeedup: 10,
      });
      const country = await benchIndicators({
        ...common,
        section: 'national-country',
        scope: 'VN',
        at: '2026-06-30',
        from: '2017-06-30',
        to: '2026-06-30',
        minSpeedup: 20,
      });
      return {
        measurements: [...province.measurements, ...country.measurements],
        mismatches: [...province.mismatches, ...country.mismatches.map((m) => `VN: ${m}`)],
        figures: { snapshot: country.figures.snapshot, compare: country.figures.compare },
        explainFiles: [...province.explainFiles, ...country.explainFiles],
        server: `PostgreSQL ${probe.version}`,
        build,
        refreshSeconds,
        derivedRows,
        totalSeconds: (performance.now() - t0) / 1000,
      };
    } finally {
      await client.end();
      await database.close();
    }
  } finally {
    await scratch.drop();
  }
}
