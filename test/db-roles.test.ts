/**
 * On PostgreSQL the program connects as a role that owns nothing: the tables'
 * owner migrates and grants it its rights, and then the program's role writes
 * the register (and so the audit log) but cannot alter, disable the triggers
 * of, truncate, update or delete from audit_log.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { backupDatabase, restoreDatabase } from '../src/modules/backup/backup.service.js';
import { truncateRegister } from '../src/modules/demo/demo.repository.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { exampleRegister } from './support/indicators/example.register.js';
import { withActor } from '../src/platform/audit.js';
import { openDatabase, rows, type Database } from '../src/platform/db.js';
import { testActor } from './actor.js';
import { signIn } from './auth.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-db.js';

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl)
  console.warn(
    'test/db-roles.test.ts skipped: roles exist only on PostgreSQL (set TEST_DATABASE_URL); the embedded database has one user',
  );

/** The URL of the scratch database as another role. */
function as(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = password;
  return u.toString();
}

describe.skipIf(!serverUrl)("the program's role on PostgreSQL", () => {
  // roles are cluster-wide: unique per run, dropped afterwards
  const suffix = randomBytes(4).toString('hex');
  const owner = `grassroots_t_owner_${suffix}`;
  const appRole = `grassroots_t_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  let scratch: ScratchDatabase;
  let database: Database;
  let superuser: pg.Client;

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!, 'grassroots_roles');
    superuser = new pg.Client({ connectionString: serverUrl });
    await superuser.connect();
    // what docs/operations.md has the administrator run
    await superuser.query(`create role ${owner} login password '${password}'`);
    await superuser.query(`create role ${appRole} login password '${password}'`);
    await superuser.query(`alter database ${scratch.name} owner to ${owner}`);
    database = await openDatabase({
      kind: 'postgres',
      url: as(scratch.url, appRole, password),
      ownerUrl: as(scratch.url, owner, password),
    });
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
    if (superuser) {
      await superuser.query(`drop role if exists ${appRole}`);
      await superuser.query(`drop role if exists ${owner}`);
      await superuser.end();
    }
  });

  const refused = async (statement: string) => {
    const e = await database.db.execute(sql.raw(statement)).then(
      () => null,
      (x: unknown) => x as { cause?: { code?: string; message?: string } },
    );
    expect(e, statement).not.toBeNull();
    // insufficient_privilege: "must be owner of table audit_log", "permission denied for table audit_log"
    expect(e!.cause?.code, `${statement}: ${e!.cause?.message}`).toBe('42501');
  };

  it("connects as the program's role, which owns nothing, the owner having migrated", async () => {
    const [me] = await rows<{ role: string; owned: number; tables: number }>(
      database.db,
      sql`
      select current_user as role,
        (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = current_user)) as owned,
        (select count(*)::int from pg_tables where schemaname = 'public') as tables`,
    );
    expect(me).toEqual({ role: appRole, owned: 0, tables: expect.any(Number) });
    expect(me.tables).toBeGreaterThan(20);
  });

  it('writes the register, through an import and a route, and the audit log with it', async () => {
    expect((await importRegister(database.db, exampleRegister(), { actor: testActor })).errors).toEqual([]);
    const app = await buildApp({ database });
    try {
      const admin = await signIn(app, database.db, 'admin');
      const r = await app.inject({
        method: 'POST',
        url: '/api/editorial/articles',
        headers: admin.headers,
        payload: { title: 'Bài thử quyền', summary: 'x', bodyHtml: '<p>x</p>', authorLine: 'HY' },
      });
      expect(r.statusCode, r.body).toBe(201);
      const [audit] = await rows<{ people: number; articles: number }>(
        database.db,
        sql`
        select count(*) filter (where entity = 'people')::int as people, count(*) filter (where entity = 'portal_articles')::int as articles from audit_log`,
      );
      expect(audit.people).toBeGreaterThan(0);
      expect(audit.articles).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  it('cannot alter audit_log, disable its triggers, truncate, update or delete its rows', async () => {
    await refused('alter table audit_log add column note text');
    await refused('alter table audit_log disable trigger all');
    await refused('alter table audit_log disable trigger audit_log_no_update');
    await refused('drop trigger audit_log_no_update on audit_log');
    await refused('drop table audit_log');
    await refused('truncate audit_log');
    await refused("update audit_log set actor = 'someone else'");
    await refused('delete from audit_log');
    await refused('set session_replication_role = replica');
    await refused('alter table people disable trigger all');
    await refused('create table public.mine (id int)');
    const [{ n }] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`);
    expect(n).toBeGreaterThan(0);
  });

  it("backs up, restores into a database the owner migrated, and rebuilds the demo (emptying the register), as the program's role", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-roles-'));
    const second = await createScratchDatabase(serverUrl!, 'grassroots_roles');
    try {
      const s = await backupDatabase(database, join(dir, 'b.dump.gz'));
      expect(s.tables.some((t) => t.name === 'audit_log')).toBe(true);
      await superuser.query(`alter database ${second.name} owner to ${owner}`);
      const target = await openDatabase({
        kind: 'postgres',
        url: as(second.url, appRole, password),
        ownerUrl: as(second.url, owner, password),
      });
      try {
        const r = await restoreDatabase(target, join(dir, 'b.dump.gz'));
        expect(r.rows).toBe(s.rows);
        const [{ n }] = await rows<{ n: number }>(target.db, sql`select count(*)::int as n from audit_log`);
        expect(n).toBe(s.tables.find((t) => t.name === 'audit_log')!.rows);
      } finally {
        await target.close();
      }
    } finally {
      await second.drop();
      rmSync(dir, { recursive: true, force: true });
    }
    // what the demo's rebuild does first
    await withActor(database.db, testActor, (tx) => truncateRegister(tx));
    const [{ n }] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_log where action = 'truncate'`,
    );
    expect(n).toBeGreaterThan(0);
  });

  it('is granted the tables of later migrations, and opens without the owner once migrated', async () => {
    const ownerClient = new pg.Client({ connectionString: as(scratch.url, owner, password) });
    await ownerClient.connect();
    await ownerClient.query('create table later_table (id serial primary key, x int)');
    await ownerClient.end();
    await database.db.execute(sql`insert into later_table (x) values (1)`);
    // a restart with DATABASE_URL alone: nothing to migrate, so the program's role suffices
    const again = await openDatabase({ kind: 'postgres', url: as(scratch.url, appRole, password) });
    try {
      const [{ n }] = await rows<{ n: number }>(again.db, sql`select count(*)::int as n from later_table`);
      expect(n).toBe(1);
    } finally {
      await again.close();
    }
  });
});
