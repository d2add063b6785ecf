/**
 * Reads from a streaming replica (DATABASE_READ_URL): the figures come from
 * it, writes go to the primary even from a route that reads from the
 * replica, and an account's read right after its own write sees that write.
 * Runs with TEST_DATABASE_URL and TEST_DATABASE_READ_URL, a replica of it
 * (scripts/replica.sh starts one; .ci/run does); the replica's replay is
 * paused to make it lag, so what each read saw is certain, not a race.
 */
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { exampleRegister } from './support/indicators/example.register.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { today } from '../src/platform/dates.js';
import { openDatabase, type Database } from '../src/platform/db.js';
import { testActor } from './actor.js';
import { signIn, type Signed } from './auth.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-db.js';

const primaryUrl = process.env.TEST_DATABASE_URL;
const readUrl = process.env.TEST_DATABASE_READ_URL;

async function one<T>(url: string, q: string): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(q)).rows[0] as T;
  } finally {
    await c.end();
  }
}

describe.skipIf(!primaryUrl || !readUrl)('reads from a read replica', () => {
  let scratch: ScratchDatabase;
  let replicaUrl: string;
  let database: Database;
  let app: FastifyInstance;
  let caller: Signed;
  const dashboard = '/api/indicators?scope=P&at=2020-06-01';
  const replay = (what: 'pause' | 'resume') => one(replicaUrl, `select pg_wal_replay_${what}()`);
  /** Waits until the replica has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const { lsn } = await one<{ lsn: string }>(scratch.url, 'select pg_current_wal_lsn()::text as lsn');
    for (let i = 0; i < 600; i++) {
      const r = await one<{ ok: boolean }>(
        replicaUrl,
        `select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as ok`,
      ).catch(() => ({ ok: false }));
      if (r.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the replica did not catch up within a minute');
  };
  const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    scratch = await createScratchDatabase(primaryUrl!, 'grassroots_replica');
    const u = new URL(readUrl!);
    u.pathname = `/${scratch.name}`;
    replicaUrl = u.toString();
    database = await openDatabase({ kind: 'postgres', url: scratch.url, readUrl: replicaUrl });
    expect((await importRegister(database.db, exampleRegister(), { actor: testActor })).errors).toEqual([]);
    app = await buildApp({ database, logger: { level: 'error' } });
    caller = await signIn(app, database.db, 'admin');
    await caughtUp();
  }, 120_000);
  afterAll(async () => {
    if (replicaUrl) await replay('resume').catch(() => {});
    await app?.close();
    await database?.close();
    await scratch?.drop();
  });

  it("answers the figures from the replica, and the writer's own next read from the primary until the replica has its write", async () => {
    const before = (await get(dashboard, caller.headers)).json();
    await replay('pause');
    // F1 lives in VB; admitted in cell CA, the province counts one more member
    const added = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: caller.headers,
      payload: { code: 'F1', fullName: 'Lý Văn Phong', birthDate: '1995-03-02', residenceVillageCode: 'VB' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const first = added.cookies.find((c) => c.name === 'grassroots_lsn')!.value;
    const write = await app.inject({
      method: 'POST',
      url: '/api/people/F1/admission',
      headers: { ...caller.headers, cookie: `${caller.headers.cookie}; grassroots_lsn=${first}` },
      payload: { admittedOn: '2020-01-01', cellCode: 'CA', reason: 'Nghị quyết chi bộ 12/2019' },
    });
    expect(write.statusCode, write.body).toBe(200);
    const wrote = write.cookies.find((c) => c.name === 'grassroots_lsn');
    expect(wrote?.value).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    // the same browser at once: its write is there (from the primary, the replica being paused)
    const after = (
      await get(dashboard, { ...caller.headers, cookie: `${caller.headers.cookie}; grassroots_lsn=${wrote!.value}` })
    ).json();
    expect(after).not.toEqual(before);
    // without the cookie the figures come from the replica, which has not replayed the write yet
    expect((await get(dashboard, caller.headers)).json()).toEqual(before);
    await replay('resume');
    await caughtUp();
    expect((await get(dashboard, caller.headers)).json()).toEqual(after);
  });

  it("renders the portal's pages from the primary after an edit until the replica has it, never caching an older page", async () => {
    const post = async (url: string, payload: object) => {
      const r = await app.inject({ method: 'POST', url, headers: caller.headers, payload });
      expect(r.statusCode, r.body).toBeLessThan(300);
      return r.json();
    };
    const text = { summary: 'Tóm tắt', bodyHtml: '<p>Nội dung</p>' };
    const draft = await post('/api/editorial/articles', { title: 'Tin thứ nhất', ...text });
    await post(`/api/editorial/articles/${draft.id}/publish`, {});
    await caughtUp();
    const list = async () => (await app.inject({ method: 'GET', url: '/tin-tuc' })).body;
    await expect.poll(list, { timeout: 5000 }).toContain('Tin thứ nhất');
    await replay('pause');
    try {
      await post(`/api/editorial/articles/${draft.id}`, { title: 'Tin đã sửa', ...text });
      // a visitor with no cookie of the editor's: the page is rendered again from the primary, the replica being behind
      await expect.poll(list, { timeout: 1000, interval: 50 }).toContain('Tin đã sửa');
      expect(await list()).toContain('Tin đã sửa');
    } finally {
      await replay('resume');
    }
  });

  it('writes to the primary from routes that read from the replica', async () => {
    await replay('pause');
    try {
      // an export reads from the replica and records its audit event on the primary
      const exported = await get('/api/exports/register?format=xlsx', caller.headers);
      expect(exported.statusCode, exported.body.slice(0, 300)).toBe(200);
      const { n } = await one<{ n: number }>(
        scratch.url,
        `select count(*)::int as n from audit_log where action = 'export' and entity = 'register'`,
      );
      expect(n).toBe(1);
      // a report turned into a draft article: a write transaction, from the reports' routes
      const published = await app.inject({
        method: 'POST',
        url: '/api/reports/publish',
        headers: caller.headers,
        payload: { scope: 'P', from: '2020-01-01', to: today() },
      });
      expect(published.statusCode, published.body).toBe(201);
    } finally {
      await replay('resume');
    }
  });
});
