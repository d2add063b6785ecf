/**
 * Import speed: the province-scale register written as a workbook and imported
 * by importPath into a fresh PGlite, against a plain COPY of the same rows
 * into the same tables of another fresh PGlite. Only the import call and the
 * COPY are timed; creating and migrating the databases is not.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { importPath, writeWorkbook } from '../src/modules/imports/imports.service.js';
import type { Register } from '../src/modules/register/register.schema.js';
import { openDatabase } from '../src/platform/db.js';
import * as schema from '../src/db/schema/index.js';
import { copyInto, copyTables, createBareTables } from './copy.js';
import { benchActor, fmtMs, progress, slowdown, timeOnce, type Measurement } from './stats.js';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

/** A fresh, migrated in-memory PGlite, as the raw client COPY needs. */
async function freshClient(): Promise<PGlite> {
  const client = new PGlite();
  await migrate(drizzle(client, { schema }), { migrationsFolder });
  return client;
}

/** What the import section found besides its timings. */
export interface ImportFacts {
  workbookMB: number;
  writeWorkbookMs: number;
  rows: number;
  importErrors: number;
  importWarnings: number;
  /** COPY into tables with the same columns but no keys, indexes or foreign keys: the engine's raw floor. */
  bareCopyMs: number[];
  problems: string[];
}

/** Times `runs` workbook imports and `runs` COPY loads, alternately. */
export async function benchImport(
  register: Register,
  runs: number,
): Promise<{ measurements: Measurement[]; facts: ImportFacts }> {
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-bench-'));
  const file = join(dir, 'province.xlsx');
  const problems: string[] = [];
  try {
    progress('writing the workbook');
    const written = await timeOnce(() => writeWorkbook(register, file));
    const workbookMB = statSync(file).size / 1e6;
    const tables = copyTables(register);
    const rows = tables.reduce((a, t) => a + t.rows, 0);
    const importMs: number[] = [];
    const copyMs: number[] = [];
    const bareCopyMs: number[] = [];
    let errors = 0;
    let warnings = 0;
    for (let i = 0; i < runs; i++) {
      const database = await openDatabase({ kind: 'pglite', dataDir: null });
      const imported = await timeOnce(() => importPath(database.db, file, { actor: benchActor }));
      await database.close();
      importMs.push(imported.ms);
      errors = imported.value.errors.length;
      warnings = imported.value.warnings.length;
      if (errors > 0)
        problems.push(`import ${i + 1} reported ${errors} errors, first: ${imported.value.errors[0].message}`);
      progress(`import ${i + 1}/${runs}: ${fmtMs(imported.ms)}`);

      const client = await freshClient();
      const copied = await timeOnce(() => copyInto(client, tables));
      await client.close();
      copyMs.push(copied.ms);
      if (copied.value !== rows) problems.push(`COPY loaded ${copied.value} rows, expected ${rows}`);
      progress(`COPY ${i + 1}/${runs}: ${fmtMs(copied.ms)}`);

      const bare = await freshClient();
      await createBareTables(bare, tables);
      const bareCopied = await timeOnce(() => copyInto(bare, tables, true));
      await bare.close();
      bareCopyMs.push(bareCopied.ms);
      progress(`COPY into bare tables ${i + 1}/${runs}: ${fmtMs(bareCopied.ms)}`);
    }
    const m = slowdown(
      {
        section: 'import',
        name: `workbook import (${(rows / 1000).toFixed(0)}k rows, ${workbookMB.toFixed(1)} MB)`,
        subject: 'importPath(db, province.xlsx) into a fresh PGlite',
        baseline: 'COPY, same tables',
        samples: importMs,
        baselineSamples: copyMs,
      },
      3,
    );
    return {
      measurements: [m],
      facts: {
        workbookMB,
        writeWorkbookMs: written.ms,
        rows,
        importErrors: errors,
        importWarnings: warnings,
        bareCopyMs,
        problems,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
