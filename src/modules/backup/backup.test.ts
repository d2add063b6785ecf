import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../../../test/actor.js';
import { createTestDatabase, engines, type Engine, firstEngineRun } from '../../../test/db.js';
import { rows, type Database, type Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { sampleRegister } from '../../../test/support/imports/fixture.js';
import { importRegister } from '../register/register.service.js';
import { loadPortalDemo } from '../demo/demo.portal.js';
import { pollResults } from '../portal/polls.repository.js';
import { vote } from '../portal/portal.service.js';
import { addCounts } from '../portal/visits.repository.js';
import { tempDir } from '../../../test/support/imports/testkit.js';
import {
  exampleComparison,
  exampleRegister,
  exampleSnapshots,
} from '../../../test/support/indicators/example.register.js';
import { compare, snapshot, villageList } from '../indicators/indicators.service.js';
import { backupDatabase, loadOrder, moveDatabase, restoreDatabase, tableRowCounts } from './backup.service.js';

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof AppError ? `${e.code}: ${e.message}` : `not an AppError: ${String(e)}`;
  }
  return 'no error';
}

/** A database holding both hand-made registers (two provinces). */
async function loadedDatabase(engine: Engine): Promise<Database> {
  const database = await createTestDatabase(engine);
  for (const register of [exampleRegister(), sampleRegister()]) {
    const summary = await importRegister(database.db, register, { actor: testActor });
    expect(summary.errors).toEqual([]);
  }
  // the portal: articles with images (bytea), polls with a ballot, a day of visits
  await loadPortalDemo(database.db, testActor);
  const [poll] = await pollResults(database.db, 'open');
  await vote(database.db, poll.id, { guestCookie: 'c', guestHash: 'h' }, [poll.options[0].id]);
  await addCounts(database.db, new Map(), new Map([['2026-01-02', { guestVisits: 3, memberVisits: 1, views: 9 }]]));
  return database;
}

/** The figures the reports show, for both provinces at several dates and between two dates. */
async function reports(db: Db) {
  const out: unknown[] = [];
  for (const { scope, at } of exampleSnapshots) out.push(await snapshot(db, scope, at));
  for (const at of ['2013-06-01', '2019-06-01', '2025-07-01']) out.push(await snapshot(db, '33', at));
  out.push(await compare(db, exampleComparison.scope, exampleComparison.from, exampleComparison.to));
  out.push(await compare(db, '33', '2015-01-01', '2026-01-01'));
  out.push(await villageList(db, { scope: 'P', at: '2016-06-01' }, 'all'));
  return out;
}

const allEmpty = (counts: Record<string, number>) => Object.values(counts).every((n) => n === 0);

/** Rewrites the header (first line) of a backup file. */
function editHeader(from: string, to: string, edit: (h: Record<string, unknown>) => void): void {
  const lines = gunzipSync(readFileSync(from)).toString('utf8').split('\n');
  const header = JSON.parse(lines[0]);
  edit(header);
  lines[0] = JSON.stringify(header);
  writeFileSync(to, gzipSync(lines.join('\n')));
}

describe.runIf(firstEngineRun)('loadOrder', () => {
  it('puts every table after the tables it refers to, and marks self-references', () => {
    const { order, whole } = loadOrder(
      ['c', 'b', 'a', 'x', 'y'],
      [
        { child: 'c', parent: 'b' },
        { child: 'b', parent: 'a' },
        { child: 'a', parent: 'a' },
        { child: 'x', parent: 'y' },
        { child: 'y', parent: 'x' },
      ],
    );
    expect(order).toEqual(['a', 'b', 'c', 'x', 'y']);
    expect([...whole]).toEqual(['a']);
  });
});

describe.each(engines)('backup and restore on %s', (engine) => {
  let source: Database;
  let sourceCounts: Record<string, number>;
  const tmp = tempDir();
  const file = join(tmp.dir, 'register.dump.gz');

  beforeAll(async () => {
    source = await loadedDatabase(engine);
    sourceCounts = await tableRowCounts(source.db);
  });
  afterAll(async () => {
    await source.close();
    tmp.cleanup();
  });

  it('restores into an empty database with the same row counts and the same report figures', async () => {
    const progress: string[] = [];
    const backup = await backupDatabase(source, file, { onProgress: (m) => progress.push(m) });
    expect(backup.rows).toBe(Object.values(sourceCounts).reduce((a, n) => a + n, 0));
    expect(Object.fromEntries(backup.tables.map((t) => [t.name, t.rows]))).toEqual(sourceCounts);
    expect(progress.some((m) => m.startsWith('Sao lưu people'))).toBe(true);
    // Every table of the public schema, each after the tables it refers to.
    const names = backup.tables.map((t) => t.name);
    expect(names.indexOf('units')).toBeLessThan(names.indexOf('unit_versions'));
    expect(names.indexOf('people')).toBeLessThan(names.indexOf('memberships'));
    expect(sourceCounts.people).toBeGreaterThan(10);
    expect(sourceCounts.village_states).toBeGreaterThan(0);

    const target = await createTestDatabase(engine);
    try {
      const restored = await restoreDatabase(target, file, { lang: 'en' });
      expect(restored.rows).toBe(backup.rows);
      expect(restored.source.engine).toBe(engine);
      expect(await tableRowCounts(target.db)).toEqual(sourceCounts);
      expect(await reports(target.db)).toEqual(await reports(source.db));
      // Ids are kept, and the sequences continue after them.
      const ids = (db: Db) => rows<{ code: string; id: number }>(db, sql`select code, id from people order by code`);
      expect(await ids(target.db)).toEqual(await ids(source.db));
      // portal images come back byte for byte
      const images = (db: Db) =>
        rows<{ id: number; data: string }>(
          db,
          sql`select id, encode(data, 'hex') as data from portal_images order by id`,
        );
      expect((await images(source.db)).length).toBeGreaterThan(0);
      expect(await images(target.db)).toEqual(await images(source.db));
      expect(sourceCounts.portal_poll_ballots).toBe(58);
      const [next] = await rows<{ id: number }>(
        target.db,
        sql`select nextval(pg_get_serial_sequence('public.units', 'id'))::int as id`,
      );
      const [max] = await rows<{ id: number }>(source.db, sql`select max(id) as id from units`);
      expect(next.id).toBeGreaterThan(max.id);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that holds data and leaves it unchanged', async () => {
    await backupDatabase(source, file);
    expect(await errorCode(restoreDatabase(source, file))).toMatch(/^DB_TARGET_NOT_EMPTY/);
    expect(await tableRowCounts(source.db)).toEqual(sourceCounts);
  });

  describe('refuses a bad file and writes nothing', () => {
    let target: Database;
    beforeAll(async () => {
      target = await createTestDatabase(engine);
      await backupDatabase(source, file);
    });
    afterAll(() => target.close());

    const refused = async (bad: string, reason: RegExp) => {
      const code = await errorCode(restoreDatabase(target, bad));
      expect(code).toMatch(/^DB_DUMP_INVALID/);
      expect(code).toMatch(reason);
      expect(allEmpty(await tableRowCounts(target.db))).toBe(true);
    };

    it('a truncated file', async () => {
      const bytes = readFileSync(file);
      const cut = join(tmp.dir, 'cut.gz');
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
      await refused(cut, /truncated/);
    });

    it('a file damaged in the middle', async () => {
      const bytes = Buffer.from(readFileSync(file));
      for (let i = Math.floor(bytes.length / 2); i < bytes.length / 2 + 16; i++) bytes[i] ^= 0x5a;
      const bad = join(tmp.dir, 'damaged.gz');
      writeFileSync(bad, bytes);
      // gzip's own check finds it (or, if bad bytes inflate first, the row they land in), never as a cut or foreign file
      await refused(
        bad,
        /: (incorrect (data|length) check|invalid [a-z/ ]+|too many length or distance symbols|dòng \d+ của bảng \w+ hỏng \/ row \d+ of \w+ is damaged); nothing was restored$/,
      );
    });

    it('a file that is not a backup, or no file at all', async () => {
      const text = join(tmp.dir, 'text.csv');
      writeFileSync(text, 'code,name\n1,a\n');
      await refused(text, /incorrect header/);
      const gz = join(tmp.dir, 'other.gz');
      writeFileSync(gz, gzipSync('{"hello":"world"}\n'));
      await refused(gz, /no grassroots backup header/);
      await refused(join(tmp.dir, 'missing.gz'), /no such file/);
    });

    it('a file whose counts do not match its rows', async () => {
      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const i = lines.findIndex((l) => l.startsWith('{"table":"people"'));
      lines.splice(i + 1, 1);
      const short = join(tmp.dir, 'short.gz');
      writeFileSync(short, gzipSync(lines.join('\n')));
      await refused(short, /expected table|damaged/);
    });

    it("a row the target refuses (DB_RESTORE_FAILED), told in the database's words without the rows", async () => {
      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const i = lines.findIndex((l) => l.startsWith('{"table":"people"'));
      lines[i + 2] = lines[i + 2].replace(/"\d{4}-\d\d-\d\d"/, '"31/02/1970"');
      const bad = join(tmp.dir, 'bad-date.gz');
      writeFileSync(bad, gzipSync(lines.join('\n')));
      const code = await errorCode(restoreDatabase(target, bad));
      expect(code).toMatch(/^DB_RESTORE_FAILED: Cannot write the table people from the backup: .*date.*31\/02\/1970/);
      expect(code.length).toBeLessThan(300);
      expect(allEmpty(await tableRowCounts(target.db))).toBe(true);
    });

    it('a backup of another schema version (DB_DUMP_SCHEMA_MISMATCH)', async () => {
      const other = join(tmp.dir, 'other-version.gz');
      editHeader(file, other, (h) => (h.migrations as unknown[]).pop());
      expect(await errorCode(restoreDatabase(target, other))).toMatch(/^DB_DUMP_SCHEMA_MISMATCH/);
      editHeader(file, other, (h) => {
        const people = (h.tables as { name: string; columns: unknown[] }[]).find((t) => t.name === 'people')!;
        people.columns.pop();
      });
      expect(await errorCode(restoreDatabase(target, other))).toMatch(/^DB_DUMP_SCHEMA_MISMATCH.*people/);
      expect(allEmpty(await tableRowCounts(target.db))).toBe(true);
    });
  });
});

// Tables the register does not have yet, made the same in source and target: every value must come back exactly.
const extraTables = [
  sql`create table extra_things (
    id bigint generated always as identity primary key,
    parent_id bigint references extra_things (id),
    payload jsonb, raw bytea, at timestamptz, tags text[], amount numeric, ratio double precision, note text, span interval,
    doubled bigint generated always as (id * 2) stored
  )`,
  sql`create table extra_log (id serial primary key, what text not null)`,
];

async function run(db: Db, statements: SQL[]): Promise<void> {
  for (const s of statements) await db.execute(s);
}

describe.each(engines)('values, keys and triggers on %s', (engine) => {
  it('round-trips every kind of value, identity and generated columns, self-references and sequences; triggers stand aside', async () => {
    const source = await createTestDatabase(engine);
    const target = await createTestDatabase(engine);
    const tmp = tempDir();
    try {
      await run(source.db, extraTables);
      await run(target.db, extraTables);
      await run(source.db, [
        sql`insert into extra_things (payload, raw, at, tags, amount, ratio, note, span) values
          ('{"a": [1, 2.50], "b": null}', '\\x00ff10', '2026-01-02 03:04:05.123456+07', '{"a,b","c\\"d",NULL}', 12345678901234567890.123, 0.1,
           E'dòng 1\\ndòng 2 "x" \\\\ \u2028 tab\\t', '1 year 2 mons 3 days 04:05:06.5'),
          ('null', null, null, '{}', 'NaN', 1e300, '', null),
          (null, '\\x', 'infinity', null, null, -0.000001, null, null)`,
        sql`update extra_things set parent_id = 3 where id = 1`,
        sql`update extra_things set parent_id = 1 where id = 3`,
        sql`insert into extra_things (note) values ('deleted')`,
        sql`delete from extra_things where note = 'deleted'`,
      ]);
      // In the target, an audit-like trigger that logs unless a restore is running, and one that refuses updates and deletes.
      await run(target.db, [
        sql`create function extra_audit() returns trigger language plpgsql as $$
        begin
          if current_setting('grassroots.restoring', true) = 'on' then return new; end if;
          insert into extra_log (what) values (tg_op);
          return new;
        end $$`,
        sql`create function extra_append_only() returns trigger language plpgsql as $$
        begin raise exception 'extra_things is append-only'; end $$`,
        sql`create trigger extra_audit after insert on extra_things for each row execute function extra_audit()`,
        sql`create trigger extra_append_only before update or delete on extra_things for each row execute function extra_append_only()`,
      ]);

      const file = join(tmp.dir, 'extra.gz');
      await backupDatabase(source, file);
      await restoreDatabase(target, file);
      // A row's text form tells NULL from '' and shows every column, the generated one too.
      const dump = (db: Db) =>
        rows<{ r: string; jsonNull: boolean }>(
          db,
          sql`
        select e::text as r, (e.payload is null) as "jsonNull" from extra_things e order by id`,
        );
      const restored = await dump(target.db);
      expect(restored).toEqual(await dump(source.db));
      expect(restored[1]).toEqual({ r: '(2,,null,,,{},NaN,1e+300,"",,4)', jsonNull: false });
      expect(await rows(target.db, sql`select * from extra_log`)).toEqual([]);
      // The identity continues after the source's last value (4, deleted), not after max(id) (3).
      await target.db.execute(sql`insert into extra_things (note) values ('after')`);
      const [after] = await rows<{ id: number; logged: number }>(
        target.db,
        sql`
        select (select id from extra_things where note = 'after')::int as id, (select count(*) from extra_log)::int as logged`,
      );
      expect(after).toEqual({ id: 5, logged: 1 });
    } finally {
      await source.close();
      await target.close();
      tmp.cleanup();
    }
  });
});

describe.runIf(engines.includes('postgres'))('across engines', () => {
  it('PGlite -> file -> PostgreSQL and PostgreSQL -> file -> PGlite give the same counts and figures', async () => {
    const tmp = tempDir();
    const lite = await loadedDatabase('pglite');
    const server = await createTestDatabase('postgres');
    const back = await createTestDatabase('pglite');
    try {
      const counts = await tableRowCounts(lite.db);
      await backupDatabase(lite, join(tmp.dir, 'a.gz'));
      await restoreDatabase(server, join(tmp.dir, 'a.gz'));
      expect(await tableRowCounts(server.db)).toEqual(counts);
      await backupDatabase(server, join(tmp.dir, 'b.gz'));
      await restoreDatabase(back, join(tmp.dir, 'b.gz'));
      expect(await tableRowCounts(back.db)).toEqual(counts);
      const expected = await reports(lite.db);
      expect(await reports(server.db)).toEqual(expected);
      expect(await reports(back.db)).toEqual(expected);
    } finally {
      await Promise.all([lite.close(), server.close(), back.close()]);
      tmp.cleanup();
    }
  });

  it('moves a PGlite database into an empty PostgreSQL database, and refuses one that holds data', async () => {
    const lite = await loadedDatabase('pglite');
    const server = await createTestDatabase('postgres');
    try {
      const moved = await moveDatabase(lite, server);
      const counts = await tableRowCounts(lite.db);
      expect(Object.fromEntries(moved.tables.map((t) => [t.name, t.rows]))).toEqual(counts);
      expect(await tableRowCounts(server.db)).toEqual(counts);
      expect(await reports(server.db)).toEqual(await reports(lite.db));
      expect(await errorCode(moveDatabase(lite, server))).toMatch(/^DB_TARGET_NOT_EMPTY/);
      expect(await tableRowCounts(server.db)).toEqual(counts);
    } finally {
      await Promise.all([lite.close(), server.close()]);
    }
  });
});
