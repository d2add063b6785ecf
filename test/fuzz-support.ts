/**
 * What the fuzz tests share: a fingerprint of the whole database, the check
 * that an error answer is one of the registry's, and the seed of every run.
 */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { importRegister } from '../src/modules/register/register.service.js';
import { exampleRegister } from './support/indicators/example.register.js';
import { rows, type Database, type Db } from '../src/platform/db.js';
import { errorRegistry, type ErrorCode } from '../src/modules/errors.js';
import { testActor } from './actor.js';
import { createTestDatabase, type Engine } from './db.js';

/** One seed for every property of a run (test/property-seed.ts): PROPERTY_SEED=n replays a failure, whose message prints the seed. */
export { propertySeed as fuzzSeed } from './property-seed.js';

/** A fresh database on the engine holding the example register, whose codes the fuzzers name. */
export async function exampleDatabase(engine: Engine): Promise<Database> {
  const database = await createTestDatabase(engine);
  const summary = await importRegister(database.db, exampleRegister(), { actor: testActor });
  expect(summary.errors).toEqual([]);
  return database;
}

/**
 * Columns that change without anyone changing data: a session's last use is
 * touched at most once a minute by any request that carries it; an account's
 * count of failures (and its lock) by a failed sign-in or a wrong current
 * password at a password change.
 */
const volatileColumns: Record<string, string[]> = {
  sessions: ['last_seen_at'],
  accounts: ['failed_logins', 'locked_until'],
};

/**
 * The throttles' counters shared by the processes on PostgreSQL
 * (db/schema/shared.ts): a refused sign-in counts against its address and
 * name there, as it does in memory on PGlite. Counters, not data.
 */
const counterTables = new Set(['sign_in_failures', 'sign_in_names', 'rate_buckets']);

/**
 * A failed sign-in or password change is itself recorded in the audit log
 * (ASVS 16.3.1), with the change of the account's failure count: the writes a
 * refused request may make, left out of the fingerprint.
 */
const ignoredRows: Record<string, string> = {
  audit_log: `action in ('login-failed', 'password-change-failed')
    or (entity = 'accounts' and action = 'update'
        and (before - 'failed_logins' - 'locked_until') = (after - 'failed_logins' - 'locked_until'))`,
};

export type Fingerprint = Record<string, { rows: number; md5: string }>;

/** Row count and an md5 of the sorted rows of every table of the schema, in one statement. */
export async function fingerprint(db: Db): Promise<Fingerprint> {
  const tables = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  const parts = tables
    .filter(({ name }) => !counterTables.has(name))
    .map(({ name }) => {
      const where = ignoredRows[name] ? sql.raw(` where not (${ignoredRows[name]})`) : sql``;
      const drop = `{${(volatileColumns[name] ?? []).join(',')}}`;
      return sql`select ${name} as name, count(*)::int as rows, md5(coalesce(string_agg(j, E'\n' order by j), '')) as md5
      from (select (to_jsonb(x) - ${drop}::text[])::text as j from ${sql.identifier(name)} x${where}) s`;
    });
  const result = await rows<{ name: string; rows: number; md5: string }>(db, sql.join(parts, sql` union all `));
  return Object.fromEntries(result.map((r) => [r.name, { rows: r.rows, md5: r.md5 }]));
}

/** The tables whose fingerprint differs, for a readable failure. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (t) => before[t]?.rows !== after[t]?.rows || before[t]?.md5 !== after[t]?.md5,
  );
}

export const isRegistered = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.hasOwn(errorRegistry, code);

/** An error answer: a registered code with its own status and a message in both languages. */
export function expectRegisteredError(status: number, body: string, context: string): ErrorCode {
  let parsed: { error?: { code?: unknown; message?: unknown; messages?: { vi?: unknown; en?: unknown } } };
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error(`${context}: ${status} answer is not JSON: ${body.slice(0, 300)}`);
  }
  const e = parsed.error;
  const code = e?.code;
  if (!isRegistered(code))
    throw new Error(`${context}: ${status} answer has no registered code: ${body.slice(0, 300)}`);
  expect(errorRegistry[code].status, `${context}: status of ${code}`).toBe(status);
  for (const m of [e?.message, e?.messages?.vi, e?.messages?.en]) {
    expect(
      typeof m === 'string' && m.trim().length > 0,
      `${context}: ${code} without a message in both languages: ${body.slice(0, 300)}`,
    ).toBe(true);
  }
  // A placeholder of the registry left in the text: a parameter the message needs was not given.
  const placeholders = `${errorRegistry[code].vi} ${errorRegistry[code].en}`.match(/\{\w+\}/g) ?? [];
  for (const p of placeholders)
    expect(`${e?.messages?.vi} ${e?.messages?.en}`, `${context}: ${code} without ${p}`).not.toContain(p);
  return code;
}

/**
 * The next transaction id: it moves whenever any transaction on the server
 * has written (or begun to), so an unchanged value proves, cheaply, that no
 * write happened since it was last read, and the full fingerprint can wait.
 */
export async function nextXid(db: Db): Promise<string> {
  const [r] = await rows<{ x: string }>(db, sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`);
  return r.x;
}

/** Watches the database across requests: each check says whether anything changed since the last one. */
export class ChangeWatch {
  private xid = '';
  private print: Fingerprint = {};
  constructor(private readonly db: Db) {}

  /** Takes the current state as the reference. */
  async reset(): Promise<void> {
    this.xid = await nextXid(this.db);
    this.print = await fingerprint(this.db);
  }

  /** The tables changed since the last check or reset; the current state becomes the reference. */
  async changed(): Promise<string[]> {
    const xid = await nextXid(this.db);
    if (xid === this.xid) return [];
    const print = await fingerprint(this.db);
    const changed = changedTables(this.print, print);
    this.xid = xid;
    this.print = print;
    return changed;
  }
}
