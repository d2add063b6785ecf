import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { engines } from '../../../test/db.js';

describe.each(engines)('changes from forms (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1']);
  const { get, post } = t;
  const figures = async (scope: string, at: string) => (await get(`/api/indicators?scope=${scope}&at=${at}`)).json();

  it('admits a person, and the village counts one more probationary member', async () => {
    // F1 lives in VB, where F1 becomes head later
    expect(
      (
        await post('/api/people', {
          code: 'F1',
          fullName: 'Lý Văn Phong',
          birthDate: '1995-03-02',
          residenceVillageCode: 'VB',
        })
      ).statusCode,
    ).toBe(201);
    const before = await figures('VA', '2020-06-01');
    const r = await post('/api/people/F1/admission', {
      admittedOn: '2020-01-01',
      cellCode: 'CA',
      reason: 'Nghị quyết chi bộ 12/2019',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().changes.memberships.inserted).toBe(1);
    const after = await figures('VA', '2020-06-01');
    expect(after.members.total).toBe(before.members.total + 1);
    expect(after.members.probationary).toBe(before.members.probationary + 1);
    const person = (await get('/api/people/F1')).json();
    expect(person.placements).toEqual([
      expect.objectContaining({
        cellCode: 'CA',
        villageCode: 'VA',
        kind: 'official',
        reason: 'admission',
        validFrom: '2020-01-01',
      }),
    ]);
    expect(
      person.history.filter((h: { reason: string | null }) => h.reason === 'Nghị quyết chi bộ 12/2019'),
    ).toHaveLength(2);
  });

  it('refuses official status before admission, naming the field', async () => {
    const r = await post('/api/people/F1/official', { officialOn: '2019-01-01', cardNo: '12.345678' });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('CHANGE_REJECTED');
    expect(r.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'officialOn', code: 'IMPORT_OFFICIAL_BEFORE_ADMITTED' }),
    ]);
    const ok = await post('/api/people/F1/official', { officialOn: '2021-01-01', cardNo: '12.345678' });
    expect(ok.statusCode).toBe(200);
    expect((await figures('VA', '2021-06-01')).members.official).toBe(
      (await figures('VA', '2020-06-01')).members.official + 1,
    );
  });

  it('transfers a member for reinforcement: the old placement ends the day the new one starts', async () => {
    const vbBefore = (await figures('VB', '2022-06-01')).members.total;
    const r = await post('/api/people/F1/transfer', {
      on: '2022-01-01',
      cellCode: 'CBC',
      villageCode: 'VB',
      kind: 'official',
      reasonKind: 'reinforcement',
    });
    expect(r.statusCode).toBe(200);
    expect((await figures('VB', '2022-06-01')).members.total).toBe(vbBefore + 1);
    const person = (await get('/api/people/F1')).json();
    expect(
      person.placements.map((p: { cellCode: string; validFrom: string; validTo: string | null }) => [
        p.cellCode,
        p.validFrom,
        p.validTo,
      ]),
    ).toEqual([
      ['CA', '2020-01-01', '2022-01-01'],
      ['CBC', '2022-01-01', null],
    ]);
  });

  it('enters a member as village head: the village changes from a non-party head to a party head', async () => {
    // VB's head N7 is not a member
    expect((await figures('VB', '2023-06-01')).heads).toMatchObject({ nonParty: 1, party: 0 });
    const r = await post('/api/villages/VB/heads', { personCode: 'F1', validFrom: '2023-01-01', how: 'elected' });
    expect(r.statusCode).toBe(200);
    expect((await figures('VB', '2023-06-01')).heads).toMatchObject({ nonParty: 0, party: 1 });
    expect((await figures('VB', '2022-06-01')).heads).toMatchObject({ nonParty: 1, party: 0 });
  });

  it('ends a membership with its open placements', async () => {
    const r = await post('/api/people/F1/end', { endedOn: '2024-01-01', endReason: 'resigned' });
    expect(r.statusCode).toBe(200);
    const person = (await get('/api/people/F1')).json();
    expect(person.memberships.at(-1)).toMatchObject({ endedOn: '2024-01-01', endReason: 'resigned' });
    expect(person.placements.at(-1).validTo).toBe('2024-01-01');
    expect((await figures('VB', '2024-06-01')).heads).toMatchObject({ nonParty: 1, party: 0 });
  });

  it('lets no one change what lies outside their scope, and changes nothing then', async () => {
    const outsider = await t.signIn('commune', 'X2');
    expect((await post('/api/people/F1/official', { officialOn: '2021-02-01' }, outsider)).statusCode).toBe(404);
    expect(
      (await post('/api/villages/VB/heads', { personCode: 'N2', validFrom: '2025-01-01' }, outsider)).statusCode,
    ).toBe(404);
    expect(
      (await post('/api/orgs/CA/secretaries', { personCode: 'N2', validFrom: '2025-01-01' }, outsider)).statusCode,
    ).toBe(404);
    const viewer = await t.signIn('viewer', 'P');
    expect(
      (await post('/api/orgs/CA/secretaries', { personCode: 'N2', validFrom: '2025-01-01' }, viewer)).statusCode,
    ).toBe(403);
    const person = (await get('/api/people/F1')).json();
    expect(person.memberships.at(-1).officialOn).toBe('2021-01-01');
  });

  it('enters a secretary, ending the previous open term', async () => {
    const r = await post('/api/orgs/CA/secretaries', { personCode: 'N2', validFrom: '2025-01-01' });
    expect(r.statusCode).toBe(200);
    const n2 = (await get('/api/people/N2')).json();
    expect(n2.secretaryTerms).toContainEqual({ cellCode: 'CA', validFrom: '2025-01-01', validTo: null });
  });
});
