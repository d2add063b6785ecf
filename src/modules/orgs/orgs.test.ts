import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../../../test/actor.js';
import { signIn } from '../../../test/auth.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { buildApp } from '../../app.js';
import type { Database } from '../../platform/db.js';
import { emptyRegister } from '../register/register.schema.js';
import { importRegister } from '../register/register.service.js';
import { exampleRegister } from '../../../test/support/indicators/example.register.js';

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
    expect(byCode.CBC).toMatchObject({
      kind: 'cell',
      parentCode: 'DB',
      villages: [
        { code: 'VB', name: 'Thôn B' },
        { code: 'VC', name: 'Thôn C' },
      ],
    });
    // VC merged into VA on 1/1/2015: CBC covers VB only after
    const later = (await app.inject({ method: 'GET', url: '/api/orgs?at=2016-06-01', headers: clerk.headers })).json();
    expect(later.orgs.find((o: { code: string }) => o.code === 'CBC').villages).toEqual([
      { code: 'VB', name: 'Thôn B' },
    ]);
    const cell = (
      await app.inject({ method: 'GET', url: '/api/orgs/CA?at=2014-06-01', headers: clerk.headers })
    ).json();
    expect(cell.members.total).toBe(cell.memberList.filter((m: { kind: string }) => m.kind === 'official').length);
    expect(cell.members.total).toBeGreaterThan(0);
  });

  it('asks a cell with 9 or more official members at the date to elect a committee', async () => {
    // CA has 4 official members (N1-N4); six more join on 1/1/2019, official on the first of each month from June
    const extra = emptyRegister();
    for (let i = 1; i <= 6; i++) {
      const personCode = `E${i}`;
      extra.people.push({
        row: 2,
        personCode,
        fullName: `Người ${i}`,
        birthDate: '1980-01-01',
        gender: null,
        ethnicity: null,
        residenceVillageCode: 'VA',
        communeOfficial: false,
      });
      extra.memberships.push({
        row: 2,
        personCode,
        cardNo: null,
        admittedOn: '2018-01-01',
        officialOn: `2019-0${i + 3}-01`,
        endedOn: null,
        endReason: null,
      });
      extra.placements.push({
        row: 2,
        personCode,
        cellCode: 'CA',
        villageCode: 'VA',
        validFrom: '2019-01-01',
        validTo: null,
        kind: 'official',
        reason: 'transfer',
      });
    }
    expect((await importRegister(database.db, extra, { actor: testActor })).errors).toEqual([]);
    const clerk = await signIn(app, database.db, 'commune', 'X1');
    const ca = async (at: string) =>
      (await app.inject({ method: 'GET', url: `/api/orgs/CA?at=${at}`, headers: clerk.headers })).json();
    const listed = async (at: string) =>
      (await app.inject({ method: 'GET', url: `/api/orgs?at=${at}`, headers: clerk.headers }))
        .json()
        .orgs.find((o: { code: string }) => o.code === 'CA');
    // 8 official the day before the fifth becomes official, 9 that day, 10 a month later
    expect(await ca('2019-07-31')).toMatchObject({ members: { total: 10, official: 8 }, committeeDue: false });
    expect(await ca('2019-08-01')).toMatchObject({ members: { official: 9 }, committeeDue: true });
    expect(await ca('2019-08-02')).toMatchObject({ members: { official: 9 }, committeeDue: true });
    expect(await ca('2019-09-01')).toMatchObject({ members: { official: 10 }, committeeDue: true });
    expect(await listed('2019-07-31')).toMatchObject({ committeeDue: false });
    expect(await listed('2019-08-01')).toMatchObject({ committeeDue: true });
    // a committee is never due one
    expect((await ca('2019-08-01')).kind).toBe('cell');
    expect(
      (await listed('2019-08-01')) &&
        (await app.inject({ method: 'GET', url: '/api/orgs/DB?at=2019-08-01', headers: clerk.headers })).json()
          .committeeDue,
    ).toBe(false);
  });

  it('shows an outsider none of it', async () => {
    const outsider = await signIn(app, database.db, 'commune', 'X2');
    const r = (await app.inject({ method: 'GET', url: '/api/orgs?at=2014-06-01', headers: outsider.headers })).json();
    expect(r.orgs).toEqual([]);
    expect(
      (await app.inject({ method: 'GET', url: '/api/orgs/CA?at=2014-06-01', headers: outsider.headers })).statusCode,
    ).toBe(404);
  });
});
