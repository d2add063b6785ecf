import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { residentExampleRegister } from '../../../test/residents.js';
import { dueAfter } from './elections.service.js';

describe('when the next head election is due', () => {
  it('follows the term length in force at the term\'s start, an interim head\'s six months, or the recorded end', () => {
    expect(dueAfter({ termFrom: '2023-07-01', termTo: null, how: 'elected' }, '2026-01-01')).toBe('2026-01-01');
    expect(dueAfter({ termFrom: '2024-08-31', termTo: null, how: 'elected' }, '2026-01-01')).toBe('2027-02-28');
    expect(dueAfter({ termFrom: '2026-03-01', termTo: null, how: 'interim' }, '2026-01-01')).toBe('2026-09-01');
    expect(dueAfter({ termFrom: '2026-03-01', termTo: '2026-05-01', how: 'elected' }, '2026-01-01')).toBe('2026-05-01');
    expect(dueAfter(null, '2026-01-01')).toBe('2026-01-01');
  });
});

describe.each(engines)('village-head elections (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1'], { register: residentExampleRegister });
  const { get, post } = t;
  const codes = (list: { village: { code: string } }[]) => list.map((d) => d.village.code);

  it('lists elections due where no member stands yet, and an election turns a non-party head into a party head', async () => {
    const due = (await get('/api/elections/due?noMember=true')).json();
    expect(codes(due)).toEqual(expect.arrayContaining(['VA', 'VB']));
    // a planned election with only a non-member standing keeps VB on that list
    expect((await post('/api/villages/VB/elections/planned', { plannedOn: '2026-12-20', candidateCodes: ['N7'] })).statusCode).toBe(201);
    const vb = (await get('/api/elections/due?noMember=true')).json().find((d: { village: { code: string } }) => d.village.code === 'VB');
    expect(vb).toMatchObject({ planned: { on: '2026-12-20', candidates: [{ code: 'N7', isMember: false }] }, memberAmongCandidates: false });

    expect((await get('/api/indicators?scope=VB&at=2026-05-01')).json().heads).toMatchObject({ nonParty: 1, party: 0 });
    const held = await post('/api/villages/VB/elections', { on: '2026-06-01', candidates: [{ personCode: 'N7', votes: 40 }, { personCode: 'N2', votes: 60 }], winnerCode: 'N2' });
    expect(held.statusCode).toBe(201);
    expect((await get('/api/indicators?scope=VB&at=2026-07-01')).json().heads).toMatchObject({ nonParty: 0, party: 1 });
    expect((await get('/api/indicators?scope=VB&at=2026-05-01')).json().heads).toMatchObject({ nonParty: 1, party: 0 });
    // the next one is 2.5 years away: off the six-month list
    expect(codes((await get('/api/elections/due')).json())).not.toContain('VB');
  });

  it('limits an interim head to six months', async () => {
    const long = await post('/api/villages/VA/heads', { personCode: 'N3', validFrom: '2026-07-01', validTo: '2027-06-01', how: 'interim' });
    expect(long.statusCode).toBe(422);
    expect(long.json().error.details.issues).toEqual([expect.objectContaining({ field: 'validTo', code: 'HEAD_INTERIM_TOO_LONG' })]);
    expect((await post('/api/villages/VA/heads', { personCode: 'N3', validFrom: '2026-07-01', how: 'interim' })).statusCode).toBe(200);
    const n3 = (await get('/api/people/N3')).json();
    expect(n3.headTerms).toContainEqual(expect.objectContaining({ villageCode: 'VA', validFrom: '2026-07-01', validTo: '2027-01-01', how: 'interim' }));
  });

  it('ends a running term with a set end when an election comes before it', async () => {
    // N3 is interim head of VA from 2026-07-01 to 2027-01-01
    const r = await post('/api/villages/VA/elections', { on: '2026-10-01', candidates: [{ personCode: 'N1', votes: 80 }], winnerCode: 'N1' });
    expect(r.statusCode).toBe(201);
    const n3 = (await get('/api/people/N3')).json();
    expect(n3.headTerms).toContainEqual(expect.objectContaining({ villageCode: 'VA', validFrom: '2026-07-01', validTo: '2026-10-01' }));
  });

  it('shows an outsider none of it', async () => {
    const outsider = await t.signIn('commune', 'X2');
    expect(codes((await get('/api/elections/due?months=60', outsider)).json())).not.toContain('VA');
    expect((await post('/api/villages/VA/elections/planned', { plannedOn: '2027-01-01' }, outsider)).statusCode).toBe(404);
  });
});
