import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../../../test/actor.js';
import { signIn } from '../../../test/auth.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { buildApp } from '../../app.js';
import type { Database } from '../../platform/db.js';
import { importRegister } from '../imports/imports.service.js';
import { exampleRegister } from '../indicators/example.register.js';

describe.each(engines)('party organisations at a date (%s)', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, exampleRegister(), { actor: testActor })).errors).toEqual([]);
    app = await buildApp({ database });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lists the committee and its cells with coverage, member counts and secretaries', async () => {
    const clerk = await signIn(app, database.db, 'commune', 'X1');
    const r = (await app.inject({ method: 'GET', url: '/api/orgs?at=2014-06-01', headers: clerk.headers })).json();
    const byCode = Object.fromEntries(r.orgs.map((o: { code: string }) => [o.code, o]));
    expect(byCode.DB).toMatchObject({ kind: 'committee', parentCode: null, unitCode: 'X1' });
    expect(byCode.CBC).toMatchObject({ kind: 'cell', parentCode: 'DB', villages: [{ code: 'VB', name: 'Thôn B' }, { code: 'VC', name: 'Thôn C' }] });
    // VC merged into VA on 1/1/2015: CBC covers VB only after
    const later = (await app.inject({ method: 'GET', url: '/api/orgs?at=2016-06-01', headers: clerk.headers })).json();
    expect(later.orgs.find((o: { code: string }) => o.code === 'CBC').villages).toEqual([{ code: 'VB', name: 'Thôn B' }]);
    const cell = (await app.inject({ method: 'GET', url: '/api/orgs/CA?at=2014-06-01', headers: clerk.headers })).json();
    expect(cell.members.total).toBe(cell.memberList.filter((m: { kind: string }) => m.kind === 'official').length);
    expect(cell.members.total).toBeGreaterThan(0);
  });

  it('shows an outsider none of it', async () => {
    const outsider = await signIn(app, database.db, 'commune', 'X2');
    const r = (await app.inject({ method: 'GET', url: '/api/orgs?at=2014-06-01', headers: outsider.headers })).json();
    expect(r.orgs).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/orgs/CA?at=2014-06-01', headers: outsider.headers })).statusCode).toBe(404);
  });
});
