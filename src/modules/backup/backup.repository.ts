/**
 * SQL for backup and restore. Tables, columns, keys and sequences are read
 * from the catalog of the `public` schema, so every table is covered without
 * a list to keep up to date. Values travel as PostgreSQL text (the form COPY
 * uses), which both engines read back exactly.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import type { DumpColumn, DumpMigration } from './backup.format.js';

export interface TableInfo {
  name: string;
  /** Stored columns in table order; generated columns are left out (the database computes them). */
  columns: DumpColumn[];
  primaryKey: string[];
}

export interface ForeignKey {
  child: string;
  parent: string;
}

export interface SerialColumn {
  table: string;
  column: string;
  /** The sequence's last value as text, null when it was never used. */
  lastValue: string | null;
}

const table = (name: string) => sql`${sql.identifier('public')}.${sql.identifier(name)}`;
const columnList = (names: string[]) =>
  sql.join(
    names.map((c) => sql.identifier(c)),
    sql`, `,
  );

/** Every ordinary and partitioned table of the public schema (not the partitions), with its columns and primary key. */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const cols = await rows<{ table: string; name: string; type: string }>(
    db,
    sql`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    order by c.relname, a.attnum`,
  );
  const keys = await rows<{ table: string; name: string }>(
    db,
    sql`
    select c.relname as table, a.attname as name
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
    where n.nspname = 'public' and i.indisprimary
    order by c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const tables = new Map<string, TableInfo>();
  for (const c of cols) {
    if (!tables.has(c.table)) tables.set(c.table, { name: c.table, columns: [], primaryKey: [] });
    tables.get(c.table)!.columns.push({ name: c.name, type: c.type });
  }
  for (const k of keys) tables.get(k.table)?.primaryKey.push(k.name);
  return [...tables.values()];
}

/** Foreign keys between tables of the public schema. */
export function listForeignKeys(db: Db): Promise<ForeignKey[]> {
  return rows<ForeignKey>(
    db,
    sql`
    select distinct c.relname as child, p.relname as parent
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_namespace cn on cn.oid = c.relnamespace
    join pg_class p on p.oid = k.confrelid
    join pg_namespace pn on pn.oid = p.relnamespace
    where k.contype = 'f' and cn.nspname = 'public' and pn.nspname = 'public'
    order by 1, 2`,
  );
}

/** Columns fed by a sequence (serial or identity), with the sequence's last value. */
export function listSerialColumns(db: Db): Promise<SerialColumn[]> {
  return rows<SerialColumn>(
    db,
    sql`
    select s.table, s.column, pg_sequence_last_value(s.seq::regclass)::text as "lastValue"
    from (
      select c.relname as table, a.attname as column, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as seq
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    ) s
    where s.seq is not null
    order by 1, 2`,
  );
}

/** The migrations applied to this database, oldest first (drizzle's own record). */
export async function appliedMigrations(db: Db): Promise<Omit<DumpMigration, 'tag'>[]> {
  const r = await rows<{ hash: string; created_at: string }>(
    db,
    sql`
    select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id`,
  );
  return r.map((m) => ({ hash: m.hash, createdAt: Number(m.created_at) }));
}

/** The number of rows of a table. */
export async function countRows(db: Db, name: string): Promise<number> {
  const [r] = await rows<{ n: string }>(db, sql`select count(*)::text as n from ${table(name)}`);
  return Number(r.n);
}

/** Whether a table has at least one row. */
export async function hasRows(db: Db, name: string): Promise<boolean> {
  const [r] = await rows<{ any: boolean }>(db, sql`select exists (select 1 from ${table(name)}) as any`);
  return r.any;
}

/** Session settings under which every value's text form reads back the same on any server. */
export async function useCanonicalTextForms(db: Db): Promise<void> {
  await db.execute(sql`select set_config('datestyle', 'ISO, YMD', true), set_config('intervalstyle', 'postgres', true),
    set_config('extra_float_digits', '3', true), set_config('bytea_output', 'hex', true), set_config('timezone', 'UTC', true)`);
}

/**
 * Reads a table's rows through a cursor, each as a JSON array of text values
 * in column order, in primary-key order. Call inside a transaction.
 */
export async function* readRowsAsJson(tx: Db, t: TableInfo, batch: number): AsyncGenerator<string[]> {
  const values = sql.join(
    t.columns.map((c) => sql`${sql.identifier(c.name)}::text`),
    sql`, `,
  );
  const order = t.primaryKey.length > 0 ? sql` order by ${columnList(t.primaryKey)}` : sql``;
  await tx.execute(
    sql`declare grassroots_dump no scroll cursor for select to_json(array[${values}])::text as j from ${table(t.name)}${order}`,
  );
  try {
    for (;;) {
      const r = await rows<{ j: string }>(tx, sql.raw(`fetch ${Number(batch)} from grassroots_dump`));
      if (r.length === 0) break;
      yield r.map((x) => x.j);
    }
  } finally {
    await tx.execute(sql`close grassroots_dump`);
  }
}

/**
 * Inserts rows given as a JSON array of arrays of text values, `sourceColumns`
 * giving the order of the values. Each value is cast to its column's type as
 * the target's catalog names it, never as the file does.
 */
export async function insertRowsFromJson(tx: Db, t: TableInfo, sourceColumns: string[], json: string): Promise<void> {
  const casts: SQL[] = t.columns.map((c) => {
    const at = sourceColumns.indexOf(c.name);
    return sql`(r ->> ${sql.raw(String(at))})::${sql.raw(c.type)}`;
  });
  await tx.execute(sql`
    insert into ${table(t.name)} (${columnList(t.columns.map((c) => c.name))}) overriding system value
    select ${sql.join(casts, sql`, `)} from jsonb_array_elements(${json}::jsonb) as r`);
}

/** Moves a column's sequence past both the highest value in the table and the source's last value. */
export async function setSequence(tx: Db, s: SerialColumn): Promise<void> {
  const seq = sql`pg_get_serial_sequence(${`${quoteIdent('public')}.${quoteIdent(s.table)}`}, ${s.column})`;
  await tx.execute(sql`
    select setval(${seq}::regclass, v::bigint) from (
      select greatest((select max(${sql.identifier(s.column)})::numeric from ${table(s.table)}), ${s.lastValue}::numeric) as v
    ) x where v is not null`);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Refreshes the planner's statistics of freshly loaded tables. */
export async function analyzeTables(db: Db, names: string[]): Promise<void> {
  if (names.length > 0) await db.execute(sql`analyze ${sql.join(names.map(table), sql`, `)}`);
}

/**
 * Starts a restore in the current transaction: the audit triggers let its
 * rows through unlogged, and foreign keys are checked at the commit, once
 * every table is in.
 */
export async function beginRestore(tx: Db): Promise<void> {
  await tx.execute(sql`select set_config('grassroots.restoring', 'on', true)`);
  await tx.execute(sql`set constraints all deferred`);
}
