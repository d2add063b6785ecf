/**
 * Backup, restore and moving a database between engines. A backup reads every
 * table of the public schema in one repeatable-read transaction, so the file
 * is one consistent moment; a restore loads it into an empty database with the
 * same migrations in one transaction, so it lands whole or not at all. Both
 * work the same on PGlite and on a PostgreSQL server.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatNumberVi } from '../../platform/dates.js';
import { transaction, type Database, type Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import type { Lang } from '../../platform/errors.js';
import {
  checkWritable,
  DUMP_FORMAT,
  DUMP_VERSION,
  DumpReader,
  endLine,
  headerLine,
  tableLine,
  writeDumpFile,
  type DumpHeader,
  type DumpMigration,
  checkDumpIntact,
} from './backup.format.js';
import {
  analyzeTables,
  appliedMigrations,
  countRows,
  hasRows,
  insertRowsFromJson,
  listForeignKeys,
  listSerialColumns,
  listTables,
  readRowsAsJson,
  setSequence,
  useCanonicalTextForms,
  type ForeignKey,
  type TableInfo,
  beginRestore,
} from './backup.repository.js';

export interface TableCount {
  name: string;
  rows: number;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  engine: string;
  createdAt: string;
  tables: TableCount[];
  rows: number;
}

export interface RestoreSummary {
  file: string;
  /** Where and when the backup was made. */
  source: { engine: string; createdAt: string };
  engine: string;
  tables: TableCount[];
  rows: number;
}

export interface MoveSummary {
  bytes: number;
  tables: TableCount[];
  rows: number;
}

export interface BackupOptions {
  lang?: Lang;
  onProgress?: (message: string) => void;
}

type Engine = Pick<Database, 'db' | 'engine'>;

/** Rows fetched per round trip while reading a table. */
const FETCH_ROWS = 5000;
/** A restore statement carries at most this many rows, or about this many characters of JSON. */
const INSERT_ROWS = 5000;
const INSERT_CHARS = 4_000_000;

const words = {
  vi: {
    reading: (t: string, n: number) => `Sao lưu ${t}: ${formatNumberVi(n)} dòng`,
    writing: (t: string, n: number) => `Khôi phục ${t}: ${formatNumberVi(n)} dòng`,
    sequences: 'Đặt lại bộ đếm mã',
    analyze: 'Cập nhật thống kê của các bảng',
    verify: 'Đối chiếu số dòng nguồn và đích',
  },
  en: {
    reading: (t: string, n: number) => `Backing up ${t}: ${n} rows`,
    writing: (t: string, n: number) => `Restoring ${t}: ${n} rows`,
    sequences: 'Resetting id sequences',
    analyze: 'Refreshing table statistics',
    verify: 'Comparing row counts of source and target',
  },
};

/**
 * Orders tables so that every table comes after the tables it refers to.
 * Tables caught in a cycle of foreign keys come last, by name; a table that
 * refers to itself is marked to be loaded in one statement, since a foreign
 * key is checked at the end of each statement.
 */
export function loadOrder(tables: string[], fks: ForeignKey[]): { order: string[]; whole: Set<string> } {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  const whole = new Set<string>();
  for (const fk of fks) {
    if (fk.child === fk.parent) whole.add(fk.child);
    else if (parents.has(fk.child) && parents.has(fk.parent)) parents.get(fk.child)!.add(fk.parent);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  for (;;) {
    const ready = [...parents.keys()]
      .filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)))
      .sort();
    if (ready.length === 0) break;
    for (const t of ready) {
      order.push(t);
      placed.add(t);
    }
  }
  order.push(...tables.filter((t) => !placed.has(t)).sort());
  return { order, whole };
}

let journalTags: Map<number, string> | undefined;
/** Migration tags by their time stamp, from the migrations shipped with the program (for messages only). */
function tagOf(createdAt: number): string | null {
  if (!journalTags) {
    try {
      const journal = JSON.parse(
        readFileSync(new URL('../../db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
      ) as {
        entries: { when: number; tag: string }[];
      };
      journalTags = new Map(journal.entries.map((e) => [e.when, e.tag]));
    } catch {
      journalTags = new Map();
    }
  }
  return journalTags.get(createdAt) ?? null;
}

async function migrationsOf(db: Db): Promise<DumpMigration[]> {
  return (await appliedMigrations(db)).map((m) => ({ ...m, tag: tagOf(m.createdAt) }));
}

function describeMigrations(ms: DumpMigration[]): string {
  const last = ms[ms.length - 1];
  return last ? `${ms.length}: ${last.tag ?? '?'} #${last.hash.slice(0, 8)}` : '0';
}

function describeTable(
  t: { name: string; columns: { name: string; type: string }[] } | undefined,
  name: string,
): string {
  return t ? `${name}(${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})` : `${name}: —`;
}

/** Refuses, with DB_DUMP_SCHEMA_MISMATCH, a target whose migrations or tables differ from those of the backup. */
async function checkSameSchema(
  db: Db,
  migrations: DumpMigration[],
  tables: { name: string; columns: { name: string; type: string }[] }[],
) {
  const mine = await migrationsOf(db);
  if (mine.map((m) => m.hash).join() !== migrations.map((m) => m.hash).join()) {
    throw new AppError('DB_DUMP_SCHEMA_MISMATCH', {
      dump: describeMigrations(migrations),
      database: describeMigrations(mine),
    });
  }
  const targetTables = await listTables(db);
  const shape = (t: { name: string; columns: { name: string; type: string }[] }) =>
    `${t.name}(${t.columns
      .map((c) => `${c.name} ${c.type}`)
      .sort()
      .join(', ')})`;
  const theirs = new Map(tables.map((t) => [t.name, shape(t)]));
  const ours = new Map(targetTables.map((t) => [t.name, shape(t)]));
  for (const name of new Set([...theirs.keys(), ...ours.keys()])) {
    if (theirs.get(name) !== ours.get(name)) {
      throw new AppError('DB_DUMP_SCHEMA_MISMATCH', {
        dump: describeTable(
          tables.find((t) => t.name === name),
          name,
        ),
        database: describeTable(
          targetTables.find((t) => t.name === name),
          name,
        ),
      });
    }
  }
  return targetTables;
}

/** Refuses, with DB_TARGET_NOT_EMPTY, a database that has a row in any table. */
async function checkEmpty(db: Db, tables: TableInfo[]): Promise<void> {
  for (const t of tables) if (await hasRows(db, t.name)) throw new AppError('DB_TARGET_NOT_EMPTY', { table: t.name });
}

/** The message of an error's innermost cause: the database's own words, without the query and its parameters around them. */
export function errorReason(e: unknown): string {
  let inner = e;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  return inner instanceof Error ? inner.message : String(inner);
}

/** Row counts of every table of the public schema, by name. */
export async function tableRowCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await listTables(db)) out[t.name] = await countRows(db, t.name);
  return out;
}

/** Writes a consistent backup of every table of the public schema to `file` (gzip). */
export async function backupDatabase(database: Engine, file: string, opts: BackupOptions = {}): Promise<BackupSummary> {
  const w = words[opts.lang ?? 'vi'];
  const createdAt = new Date().toISOString();
  checkWritable(file);
  return database.db.transaction(
    async (tx) => {
      await useCanonicalTextForms(tx);
      const tables = await listTables(tx);
      const { order } = loadOrder(
        tables.map((t) => t.name),
        await listForeignKeys(tx),
      );
      const ordered = order.map((name) => tables.find((t) => t.name === name)!);
      const counts: TableCount[] = [];
      for (const t of ordered) counts.push({ name: t.name, rows: await countRows(tx, t.name) });
      const total = counts.reduce((a, c) => a + c.rows, 0);
      const header: DumpHeader = {
        format: DUMP_FORMAT,
        version: DUMP_VERSION,
        createdAt,
        engine: database.engine,
        migrations: await migrationsOf(tx),
        tables: ordered.map((t, i) => ({ name: t.name, columns: t.columns, rows: counts[i].rows })),
        sequences: await listSerialColumns(tx),
      };
      async function* chunks(): AsyncGenerator<string> {
        yield headerLine(header);
        for (const [i, t] of ordered.entries()) {
          opts.onProgress?.(w.reading(t.name, counts[i].rows));
          yield tableLine(t.name, counts[i].rows);
          for await (const batch of readRowsAsJson(tx, t, FETCH_ROWS)) yield `${batch.join('\n')}\n`;
        }
        yield endLine(total);
      }
      const bytes = await writeDumpFile(file, chunks());
      return { file, bytes, engine: database.engine, createdAt, tables: counts, rows: total };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Loads a backup into an empty database with the same migrations, in one
 * transaction: tables in foreign-key order, then every sequence past its
 * highest id. Audit triggers see `grassroots.restoring = on` and stand aside.
 */
export async function restoreDatabase(
  database: Engine,
  file: string,
  opts: BackupOptions = {},
): Promise<RestoreSummary> {
  const w = words[opts.lang ?? 'vi'];
  const reader = await DumpReader.open(file);
  try {
    const h = reader.header;
    const tables = await checkSameSchema(database.db, h.migrations, h.tables);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const { whole } = loadOrder(
      tables.map((t) => t.name),
      await listForeignKeys(database.db),
    );
    const total = h.tables.reduce((a, t) => a + t.rows, 0);
    await transaction(database.db, async (tx) => {
      await beginRestore(tx);
      await useCanonicalTextForms(tx);
      await checkEmpty(tx, tables);
      for (const ht of h.tables) {
        const t = byName.get(ht.name)!;
        opts.onProgress?.(w.writing(ht.name, ht.rows));
        const columns = ht.columns.map((c) => c.name);
        const [maxRows, maxChars] = whole.has(ht.name) ? [Infinity, Infinity] : [INSERT_ROWS, INSERT_CHARS];
        for await (const batch of reader.tableRows(ht.name, maxRows, maxChars)) {
          try {
            await insertRowsFromJson(tx, t, columns, `[${batch.join(',')}]`);
          } catch (e) {
            // a damaged file is told as such, not as the row the damage made
            await checkDumpIntact(file);
            throw new AppError('DB_RESTORE_FAILED', { table: ht.name, reason: errorReason(e) });
          }
        }
      }
      await reader.finish(total);
      opts.onProgress?.(w.sequences);
      const lastValues = new Map(h.sequences.map((s) => [`${s.table}.${s.column}`, s.lastValue]));
      for (const s of await listSerialColumns(tx)) {
        await setSequence(tx, { ...s, lastValue: lastValues.get(`${s.table}.${s.column}`) ?? null });
      }
      for (const ht of h.tables) {
        const n = await countRows(tx, ht.name);
        if (n !== ht.rows) throw new AppError('DB_RESTORE_FAILED', { table: ht.name, reason: `${n} ≠ ${ht.rows}` });
      }
    });
    opts.onProgress?.(w.analyze);
    await analyzeTables(
      database.db,
      h.tables.map((t) => t.name),
    );
    return {
      file,
      source: { engine: h.engine, createdAt: h.createdAt },
      engine: database.engine,
      tables: h.tables.map((t) => ({ name: t.name, rows: t.rows })),
      rows: total,
    };
  } finally {
    await reader.close();
  }
}

/**
 * Copies `source` into the empty `target` through a backup file in a
 * temporary folder, then checks that every table has as many rows on the
 * target as on the source (DB_MOVE_MISMATCH otherwise).
 */
export async function moveDatabase(source: Engine, target: Engine, opts: BackupOptions = {}): Promise<MoveSummary> {
  const w = words[opts.lang ?? 'vi'];
  // Refuse before the long part: the target must be empty and on the same migrations.
  const targetTables = await checkSameSchema(target.db, await migrationsOf(source.db), await listTables(source.db));
  await checkEmpty(target.db, targetTables);
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-move-'));
  try {
    const file = join(dir, 'move.dump.gz');
    const backup = await backupDatabase(source, file, opts);
    await restoreDatabase(target, file, opts);
    opts.onProgress?.(w.verify);
    for (const t of backup.tables) {
      const [s, d] = [await countRows(source.db, t.name), await countRows(target.db, t.name)];
      if (s !== d || d !== t.rows) throw new AppError('DB_MOVE_MISMATCH', { table: t.name, source: s, target: d });
    }
    return { bytes: backup.bytes, tables: backup.tables, rows: backup.rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
