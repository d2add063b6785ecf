import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../../../test/actor.js';
import { loginAs, signIn, TEST_PASSWORD } from '../../../test/auth.js';
import { createTestDatabase, engines, firstEngineRun } from '../../../test/db.js';
import { buildApp } from '../../app.js';
import { withActor } from '../../platform/audit.js';
import { rows, type Database } from '../../platform/db.js';
import { importRegister } from '../register/register.service.js';
import { exampleRegister } from '../../../test/support/indicators/example.register.js';
import { addAccount, disableAccount, ensureFirstAdmin } from './auth.service.js';
import { checkPasswordPolicy } from './passwords.js';
import { scopeRootsAt } from './scope.js';

describe.runIf(firstEngineRun)('password policy', () => {
  it('wants 12 characters, counted as characters, and refuses common passwords and the user name', () => {
    expect(() => checkPasswordPolicy('ngắn-quá')).toThrow(/12/);
    expect(() => checkPasswordPolicy('1qaz2wsx3edc')).toThrowError(
      expect.objectContaining({ code: 'PASSWORD_TOO_COMMON' }),
    );
    expect(() => checkPasswordPolicy('xx-nguyenvanan-xx', 'NguyenVanAn')).toThrowError(
      expect.objectContaining({ code: 'PASSWORD_TOO_COMMON' }),
    );
    // no composition rules: a long lower-case phrase is fine
    expect(() => checkPasswordPolicy('trời hôm nay đẹp lắm')).not.toThrow();
  });
});

describe.each(engines)('sign-in, sessions and audit (%s)', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let log = '';
  const stream = new Writable({
    write: (c, _e, cb) => {
      log += String(c);
      cb();
    },
  });

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, exampleRegister(), { actor: testActor })).errors).toEqual([]);
    app = await buildApp({ database, logger: { level: 'info', stream } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const me = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/auth/me', headers });

  it("changes one's own password: a wrong current one keeps the session, the change ends the other sessions and clears the one-time flag", async () => {
    const username = `t-change-${Math.random().toString(36).slice(2, 8)}`;
    const oneTime = await addAccount(database.db, testActor, { username, role: 'viewer', scopeCode: 'P' });
    const a = await loginAs(app, username, oneTime);
    const other = await loginAs(app, username, oneTime);
    expect((await me(a.headers)).json().mustChangePassword).toBe(true);
    const change = (current: string, next: string) =>
      app.inject({ method: 'POST', url: '/api/auth/password', headers: a.headers, payload: { current, next } });

    const wrong = await change('not-the-password', 'một câu mới đủ dài để nhớ');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('AUTH_PASSWORD_WRONG');
    expect((await me(a.headers)).statusCode).toBe(200);
    expect((await change(oneTime, 'password1234')).json().error.code).toBe('PASSWORD_TOO_COMMON');

    expect((await change(oneTime, 'một câu mới đủ dài để nhớ')).statusCode).toBe(204);
    expect((await me(a.headers)).json().mustChangePassword).toBe(false);
    expect((await me(other.headers)).statusCode).toBe(401);
    await expect(loginAs(app, username, oneTime)).rejects.toThrow(/401/);
    await loginAs(app, username, 'một câu mới đủ dài để nhớ');
  });

  it('sets an httpOnly, SameSite=Strict cookie, and a new session id at each sign-in ends the old one', async () => {
    const first = await signIn(app, database.db, 'province', 'P');
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: first.headers,
      payload: { username: first.username, password: TEST_PASSWORD },
    });
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(first.headers.cookie);
    expect((await me(first.headers)).statusCode).toBe(401);
    expect((await me({ cookie: cookie.split(';')[0] })).statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown user alike, then locks the account with a clear message', async () => {
    const a = await signIn(app, database.db, 'viewer', 'P');
    const wrong = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: a.username, password: 'not-the-password' },
      });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'no-such-user', password: 'not-the-password' },
    });
    const first = await wrong();
    expect(first.statusCode).toBe(401);
    expect(first.json().error.message).toBe(unknown.json().error.message);
    for (let i = 0; i < 3; i++) expect((await wrong()).statusCode).toBe(401);
    const locked = await wrong();
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH_LOCKED');
    expect(locked.json().error.messages.vi).toMatch(/tạm khóa đến \d\d:\d\d/);
    // even the right password waits for the lock to end
    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.username, password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(429);
  });

  it('locks a name with no account, or a disabled one, exactly as an account: the answers tell nothing of which names exist', async () => {
    const real = await signIn(app, database.db, 'viewer', 'P');
    const disabled = await signIn(app, database.db, 'viewer', 'P');
    await disableAccount(database.db, testActor, disabled.username);
    const unknown = `khong-co-ai-${Math.random().toString(36).slice(2, 8)}`;
    // from an address of their own: these 18 failures would reach the per-address limit (20) of the one the other tests use
    // the clock's minute may turn between two answers: compare with the digits masked
    const answer = async (username: string) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '192.0.2.18',
        payload: { username, password: 'not-the-password' },
      });
      return {
        status: r.statusCode,
        code: r.json().error.code,
        messages: JSON.stringify(r.json().error.messages).replace(/\d/g, '0'),
      };
    };
    for (let i = 0; i < 6; i++) {
      const [a, b, c] = [await answer(real.username), await answer(unknown), await answer(disabled.username)];
      expect(b).toEqual(a);
      expect(c).toEqual(a);
      expect(a.code).toBe(i < 4 ? 'AUTH_INVALID' : 'AUTH_LOCKED');
    }
  });

  it('counts wrong current passwords at a password change toward the lock, with sign-in failures', async () => {
    const a = await signIn(app, database.db, 'viewer', 'P');
    const change = (current: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: a.headers,
        payload: { current, next: 'một câu mới đủ dài để nhớ' },
      });
    const failedLogin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.username, password: 'not-the-password' },
    });
    expect(failedLogin.statusCode).toBe(401);
    for (let i = 0; i < 3; i++)
      expect((await change('not-the-password')).json().error.code).toBe('AUTH_PASSWORD_WRONG');
    const fifth = await change('not-the-password');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('AUTH_LOCKED');
    // locked: neither the right current password nor the right sign-in gets through
    expect((await change(TEST_PASSWORD)).json().error.code).toBe('AUTH_LOCKED');
    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.username, password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(429);
    const [audited] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_log where action = 'password-change-failed' and entity_id = (select id::text from accounts where username = ${a.username})`,
    );
    expect(audited.n).toBe(4);
  });

  it('lets an account with a one-time password change it and nothing else, then everything its role allows', async () => {
    const username = `t-one-time-${Math.random().toString(36).slice(2, 8)}`;
    const oneTime = await addAccount(database.db, testActor, { username, role: 'admin', scopeCode: null });
    const a = await loginAs(app, username, oneTime);
    for (const [method, url, payload] of [
      ['GET', '/api/people/N1', undefined],
      ['GET', '/api/accounts', undefined],
      ['GET', '/api/units/tree', undefined],
      ['POST', '/api/accounts', { username: `t-made-by-${username}`, role: 'admin', scopeCode: null }],
    ] as const) {
      const r = await app.inject({ method, url, headers: a.headers, payload });
      expect({ url, status: r.statusCode, code: r.json().error.code }).toEqual({
        url,
        status: 403,
        code: 'PASSWORD_CHANGE_REQUIRED',
      });
      expect(r.json().error.messages.vi).toContain('mật khẩu cấp một lần');
    }
    expect(await rows(database.db, sql`select 1 from accounts where username = ${`t-made-by-${username}`}`)).toEqual(
      [],
    );
    expect((await me(a.headers)).json()).toMatchObject({ username, mustChangePassword: true });
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: a.headers,
      payload: { current: oneTime, next: 'một câu mới đủ dài để nhớ' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/people/N1', headers: a.headers })).statusCode).toBe(200);
  });

  it('needs the CSRF token on every state-changing request', async () => {
    const a = await signIn(app, database.db, 'commune', 'X1');
    const body = { code: 'CSRF1', fullName: 'Không Được Ghi', residenceVillageCode: 'VA' };
    const without = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: { cookie: a.headers.cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_INVALID');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: { ...a.headers, 'x-csrf-token': 'x'.repeat(43) },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    expect(await rows(database.db, sql`select 1 from people where code = 'CSRF1'`)).toEqual([]);
  });

  it('ends sessions after the idle limit and after their lifetime', async () => {
    const idleApp = await buildApp({
      database,
      sessionPolicy: { idleMinutes: 0.002, lifetimeMinutes: 60, lockAfter: 5, lockMinutes: 15 },
    });
    const lifeApp = await buildApp({
      database,
      sessionPolicy: { idleMinutes: 30, lifetimeMinutes: 0.002, lockAfter: 5, lockMinutes: 15 },
    });
    try {
      const idle = await signIn(idleApp, database.db, 'viewer', 'P');
      const life = await signIn(lifeApp, database.db, 'viewer', 'P');
      await new Promise((r) => setTimeout(r, 400));
      for (const [a, s] of [
        [idleApp, idle],
        [lifeApp, life],
      ] as const) {
        const r = await a.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
        expect(r.statusCode).toBe(401);
        expect(r.json().error.code).toBe('SESSION_EXPIRED');
      }
      const [ended] = await rows<{ reasons: string[] }>(
        database.db,
        sql`select array_agg(ended_reason order by ended_reason) as reasons from sessions s join accounts a on a.id = s.account_id
            where a.username in (${idle.username}, ${life.username})`,
      );
      expect(ended.reasons).toEqual(['idle', 'lifetime']);
    } finally {
      await idleApp.close();
      await lifeApp.close();
    }
  });

  it('keeps a session that is used late in its idle window alive for another window', async () => {
    const a = await signIn(app, database.db, 'viewer', 'P');
    const [{ id }] = await rows<{ id: string }>(
      database.db,
      sql`select s.id from sessions s join accounts a on a.id = s.account_id where a.username = ${a.username} and s.ended_at is null`,
    );
    /** The session's last use, `minutes` earlier than it is: time passing without a request. */
    const idleFor = (minutes: number) =>
      database.db.execute(
        sql`update sessions set last_seen_at = last_seen_at - make_interval(mins => ${minutes}), created_at = created_at - make_interval(mins => ${minutes}) where id = ${id}`,
      );
    const idleSeconds = async () =>
      Number(
        (
          await rows<{ s: number }>(
            database.db,
            sql`select extract(epoch from now() - last_seen_at)::int as s from sessions where id = ${id}`,
          )
        )[0].s,
      );
    // 29 of the 30 minutes idle: the request is served and counts as the session's last use
    await idleFor(29);
    expect((await me(a.headers)).statusCode).toBe(200);
    expect(await idleSeconds()).toBeLessThan(60);
    // another 29 minutes: 58 since sign-in, 29 since that request, still alive
    await idleFor(29);
    expect((await me(a.headers)).statusCode).toBe(200);
    // 31 minutes without a request: ended as idle
    await idleFor(31);
    const r = await me(a.headers);
    expect({ status: r.statusCode, code: r.json().error?.code }).toEqual({ status: 401, code: 'SESSION_EXPIRED' });
    expect(await rows(database.db, sql`select ended_reason from sessions where id = ${id}`)).toEqual([
      { ended_reason: 'idle' },
    ]);
  });

  it('ends every session of an account when it is disabled', async () => {
    const a = await signIn(app, database.db, 'commune', 'X1');
    expect((await me(a.headers)).statusCode).toBe(200);
    expect(await disableAccount(database.db, testActor, a.username)).toBe(1);
    expect((await me(a.headers)).statusCode).toBe(401);
    await expect(loginAs(app, a.username, TEST_PASSWORD)).rejects.toThrow(/401/);
  });

  it('sends security headers, and no-store on API answers', async () => {
    const a = await signIn(app, database.db, 'province', 'P');
    const r = await app.inject({ method: 'GET', url: '/api/people/N1', headers: a.headers });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    // styles and fonts from this origin only (helmet's defaults would allow any https: origin)
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v.join(' ')]),
    );
    expect(directives['style-src']).toBe("'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/https:|http:/);
    // helmet's: a year, subdomains included (the TLS proxy of docs/operations.md replaces it with its own)
    expect(r.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('masks ethnicity for a viewer, shows it to province staff and audits that read', async () => {
    await withActor(database.db, testActor, (tx) =>
      tx.execute(sql`update people set ethnicity = 'Tày' where code = 'N1'`),
    );
    const viewer = await signIn(app, database.db, 'viewer', 'P');
    const v = (await app.inject({ method: 'GET', url: '/api/people/N1', headers: viewer.headers })).json();
    expect(v.ethnicity).toBeNull();
    expect(v.masked).toEqual(['ethnicity']);
    const staff = await signIn(app, database.db, 'province', 'P');
    const s = (await app.inject({ method: 'GET', url: '/api/people/N1', headers: staff.headers })).json();
    expect(s.ethnicity).toBe('Tày');
    expect(s.masked).toEqual([]);
    const audit = await rows<{ actor: string }>(
      database.db,
      sql`select actor from audit_log where action = 'read-sensitive' and entity_id = (select id::text from people where code = 'N1')`,
    );
    expect(audit.map((x) => x.actor)).toContain(`account:${staff.username}`);
    expect(audit.map((x) => x.actor)).not.toContain(`account:${viewer.username}`);
    // the person's timeline shows the change with who made it
    expect(
      s.history.some(
        (h: { action: string; actor: string; after: { ethnicity?: string } }) =>
          h.action === 'update' && h.actor === 'system:test' && h.after.ethnicity === 'Tày',
      ),
    ).toBe(true);
  });

  it('refuses a change without an actor, and any UPDATE, DELETE or TRUNCATE of the audit log', async () => {
    // drizzle wraps the database's error: its cause holds the message of the trigger
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => 'no error',
        (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message ?? ''}`,
      );
    expect(await failure(database.db.execute(sql`update people set full_name = 'Ẩn Danh' where code = 'N2'`))).toMatch(
      /without an audit actor/,
    );
    for (const q of [sql`update audit_log set actor = 'x'`, sql`delete from audit_log`, sql`truncate audit_log`]) {
      expect(await failure(withActor(database.db, testActor, (tx) => tx.execute(q)))).toMatch(/append-only/);
    }
    const [n] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log where actor = 'x'`);
    expect(n.n).toBe(0);
  });

  it('records the import row by row with its actor, and a re-import of the same rows adds no audit row', async () => {
    const [before] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_log where entity <> 'sessions'`,
    );
    expect((await importRegister(database.db, exampleRegister(), { actor: { actor: 'cli:clerk' } })).errors).toEqual(
      [],
    );
    const [after] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_log where entity <> 'sessions'`,
    );
    // only N1's ethnicity, set above, goes back to empty
    expect(after.n - before.n).toBe(1);
    const [first] = await rows<{ actor: string; n: number }>(
      database.db,
      sql`select actor, count(*)::int as n from audit_log where entity = 'memberships' group by actor`,
    );
    expect(first).toEqual({ actor: 'system:test', n: expect.any(Number) });
  });

  it('creates the first administrator once, with a one-time password', async () => {
    const first = await ensureFirstAdmin(database.db);
    expect(first?.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(await ensureFirstAdmin(database.db)).toBeNull();
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: first!.username, password: first!.password },
    });
    expect(r.json().mustChangePassword).toBe(true);
  });

  it('never writes passwords, session tokens or CSRF tokens to the log', async () => {
    const a = await signIn(app, database.db, 'admin', null);
    await app.inject({ method: 'GET', url: '/api/auth/me', headers: a.headers });
    expect(log.length).toBeGreaterThan(100);
    expect(log).not.toContain(TEST_PASSWORD);
    expect(log).not.toContain(a.headers.cookie.split('=')[1]);
    expect(log).not.toContain(a.headers['x-csrf-token']);
  });

  it('gives a unit the history of the units it replaced', async () => {
    // VC merged into VA on 1/1/2015
    expect(await scopeRootsAt(database.db, 'VA', '2014-06-01')).toEqual(['VA', 'VC']);
    expect(await scopeRootsAt(database.db, 'VA', '2016-06-01')).toEqual(['VA']);
    const va = await signIn(app, database.db, 'commune', 'VA');
    const tree = (
      await app.inject({ method: 'GET', url: '/api/units/tree?at=2014-06-01', headers: va.headers })
    ).json();
    expect(tree.units.map((u: { code: string }) => u.code)).toEqual(['VA', 'VC']);
    const vc = (await app.inject({ method: 'GET', url: '/api/villages/VC', headers: va.headers })).statusCode;
    expect(vc).toBe(200);
    const vb = (await app.inject({ method: 'GET', url: '/api/villages/VB', headers: va.headers })).statusCode;
    expect(vb).toBe(404);
  });

  it('refuses to add an account with a taken name or without a scope', async () => {
    await addAccount(database.db, testActor, {
      username: 'Trung',
      role: 'viewer',
      scopeCode: 'P',
      password: 'một câu đủ dài để nhớ',
    });
    await expect(
      addAccount(database.db, testActor, { username: 'trung', role: 'viewer', scopeCode: 'P' }),
    ).rejects.toThrow(/exists/);
    await expect(
      addAccount(database.db, testActor, { username: 'khong-pham-vi', role: 'commune', scopeCode: null }),
    ).rejects.toThrow(/scope/);
  });
});
