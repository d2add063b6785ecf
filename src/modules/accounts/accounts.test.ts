import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { loginAs } from '../../../test/auth.js';
import { engines } from '../../../test/db.js';
import { rows } from '../../platform/db.js';

describe.each(engines)('accounts managed in the web app (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null]);
  const { get, post } = t;

  it('adds an account with a one-time password that must be changed, and lists it without its hash', async () => {
    const r = await post('/api/accounts', {
      username: 'canbo.xa1',
      displayName: 'Cán bộ xã Một',
      role: 'commune',
      scopeCode: 'X1',
    });
    expect(r.statusCode).toBe(201);
    const { password } = r.json();
    const s = await loginAs(t.app, 'canbo.xa1', password);
    const me = await get('/api/auth/me', s);
    expect(me.json()).toMatchObject({ role: 'commune', scopeCode: 'X1', mustChangePassword: true });

    const list = await get('/api/accounts');
    const row = list.json().find((a: { username: string }) => a.username === 'canbo.xa1');
    expect(row).toMatchObject({
      displayName: 'Cán bộ xã Một',
      role: 'commune',
      scopeCode: 'X1',
      mustChangePassword: true,
      disabledAt: null,
    });
    expect(list.body).not.toContain('argon2');

    const [audit] = await rows<{ actor: string }>(
      t.database.db,
      sql`select actor from audit_log where entity = 'accounts' and action = 'insert' and after->>'username' = 'canbo.xa1'`,
    );
    expect(audit.actor).toBe(`account:${t.caller.username}`);
  });

  it('refuses a taken name, an unknown scope unit and a non-admin without a scope, naming what is wrong', async () => {
    expect(
      (await post('/api/accounts', { username: 'CANBO.XA1', role: 'viewer', scopeCode: 'X1' })).json().error.code,
    ).toBe('ACCOUNT_EXISTS');
    const unknown = await post('/api/accounts', { username: 'canbo.xa9', role: 'commune', scopeCode: 'X9' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'UNIT_NOT_FOUND' });
    expect(unknown.json().error.messages.vi).toContain('X9');
    expect((await post('/api/accounts', { username: 'canbo.xa9', role: 'commune' })).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    const list = await get('/api/accounts');
    expect(list.json().some((a: { username: string }) => a.username === 'canbo.xa9')).toBe(false);
  });

  it('resets a password (ending the sessions) and disables an account, but not the one in use', async () => {
    const first = (await post('/api/accounts', { username: 'lanhdao1', role: 'viewer', scopeCode: 'P' })).json()
      .password;
    const s = await loginAs(t.app, 'lanhdao1', first);
    const reset = await post('/api/accounts/lanhdao1/reset');
    expect(reset.statusCode).toBe(200);
    expect(reset.json().password).not.toBe(first);
    expect((await get('/api/auth/me', s)).statusCode).toBe(401);
    await expect(loginAs(t.app, 'lanhdao1', first)).rejects.toThrow(/401/);
    await loginAs(t.app, 'lanhdao1', reset.json().password);

    const disabled = await post('/api/accounts/lanhdao1/disable');
    expect(disabled.json().endedSessions).toBe(1);
    await expect(loginAs(t.app, 'lanhdao1', reset.json().password)).rejects.toThrow(/401/);

    const self = await post(`/api/accounts/${t.caller.username}/disable`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('ACCOUNT_SELF_DISABLE');
    expect((await get('/api/auth/me')).statusCode).toBe(200);
  });
});
