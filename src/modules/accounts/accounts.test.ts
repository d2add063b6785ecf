import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../../../test/actor.js';
import { loginAs, signIn, type Signed } from '../../../test/auth.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { buildApp } from '../../app.js';
import { rows, type Database } from '../../platform/db.js';
import { importRegister } from '../imports/imports.service.js';
import { exampleRegister } from '../indicators/example.register.js';

describe.each(engines)('accounts managed in the web app (%s)', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Signed;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, exampleRegister(), { actor: testActor })).errors).toEqual([]);
    app = await buildApp({ database });
    admin = await signIn(app, database.db, 'admin');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const post = (url: string, payload?: unknown, headers = admin.headers) => app.inject({ method: 'POST', url, headers, payload: payload as object });

  it('adds an account with a one-time password that must be changed, and lists it without its hash', async () => {
    const r = await post('/api/accounts', { username: 'canbo.xa1', displayName: 'Cán bộ xã Một', role: 'commune', scopeCode: 'X1' });
    expect(r.statusCode).toBe(201);
    const { password } = r.json();
    const s = await loginAs(app, 'canbo.xa1', password);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
    expect(me.json()).toMatchObject({ role: 'commune', scopeCode: 'X1', mustChangePassword: true });

    const list = await app.inject({ method: 'GET', url: '/api/accounts', headers: admin.headers });
    const row = list.json().find((a: { username: string }) => a.username === 'canbo.xa1');
    expect(row).toMatchObject({ displayName: 'Cán bộ xã Một', role: 'commune', scopeCode: 'X1', mustChangePassword: true, disabledAt: null });
    expect(list.body).not.toContain('argon2');

    const [audit] = await rows<{ actor: string }>(database.db, sql`select actor from audit_log where entity = 'accounts' and action = 'insert' and after->>'username' = 'canbo.xa1'`);
    expect(audit.actor).toBe(`account:${admin.username}`);
  });

  it('refuses a taken name, an unknown scope unit and a non-admin without a scope, naming what is wrong', async () => {
    expect((await post('/api/accounts', { username: 'CANBO.XA1', role: 'viewer', scopeCode: 'X1' })).json().error.code).toBe('ACCOUNT_EXISTS');
    const unknown = await app.inject({ method: 'POST', url: '/api/accounts', headers: { ...admin.headers, 'accept-language': 'vi' }, payload: { username: 'canbo.xa9', role: 'commune', scopeCode: 'X9' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'UNIT_NOT_FOUND' });
    expect(unknown.json().error.messages.vi).toContain('X9');
    expect((await post('/api/accounts', { username: 'canbo.xa9', role: 'commune' })).json().error.code).toBe('VALIDATION_FAILED');
    const list = await app.inject({ method: 'GET', url: '/api/accounts', headers: admin.headers });
    expect(list.json().some((a: { username: string }) => a.username === 'canbo.xa9')).toBe(false);
  });

  it('resets a password (ending the sessions) and disables an account, but not the one in use', async () => {
    const first = (await post('/api/accounts', { username: 'lanhdao1', role: 'viewer', scopeCode: 'P' })).json().password;
    const s = await loginAs(app, 'lanhdao1', first);
    const reset = await post('/api/accounts/lanhdao1/reset');
    expect(reset.statusCode).toBe(200);
    expect(reset.json().password).not.toBe(first);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode).toBe(401);
    await expect(loginAs(app, 'lanhdao1', first)).rejects.toThrow(/401/);
    await loginAs(app, 'lanhdao1', reset.json().password);

    const disabled = await post('/api/accounts/lanhdao1/disable');
    expect(disabled.json().endedSessions).toBe(1);
    await expect(loginAs(app, 'lanhdao1', reset.json().password)).rejects.toThrow(/401/);

    const self = await post(`/api/accounts/${admin.username}/disable`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('ACCOUNT_SELF_DISABLE');
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: admin.headers })).statusCode).toBe(200);
  });
});
