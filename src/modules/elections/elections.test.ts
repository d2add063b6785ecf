import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { engines, firstEngineRun } from '../../../test/db.js';
import { residentExampleRegister } from '../../../test/residents.js';
import { dueAfter } from './elections.service.js';

describe.runIf(firstEngineRun)('when the next head election is due', () => {
  it("follows the term length in force at the term's start, an interim head's six months, or the recorded end", () => {
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
    expect(
      (await post('/api/villages/VB/elections/planned', { plannedOn: '2026-12-20', candidateCodes: ['N7'] }))
        .statusCode,
    ).toBe(201);
    const vb = (await get('/api/elections/due?noMember=true'))
      .json()
      .find((d: { village: { code: string } }) => d.village.code === 'VB');
    expect(vb).toMatchObject({
      planned: { on: '2026-12-20', candidates: [{ code: 'N7', isMember: false }] },
      memberAmongCandidates: false,
    });

    expect((await get('/api/indicators?scope=VB&at=2026-05-01')).json().heads).toMatchObject({ nonParty: 1, party: 0 });
    const held = await post('/api/villages/VB/elections', {
      on: '2026-06-01',
      candidates: [
        { personCode: 'N7', votes: 40 },
        { personCode: 'N2', votes: 60 },
      ],
      winnerCode: 'N2',
    });
    expect(held.statusCode).toBe(201);
    expect((await get('/api/indicators?scope=VB&at=2026-07-01')).json().heads).toMatchObject({ nonParty: 0, party: 1 });
    expect((await get('/api/indicators?scope=VB&at=2026-05-01')).json().heads).toMatchObject({ nonParty: 1, party: 0 });
    // the next one is 2.5 years away: off the six-month list
    expect(codes((await get('/api/elections/due')).json())).not.toContain('VB');
  });

  it('limits an interim head to six months', async () => {
    const long = await post('/api/villages/VA/heads', {
      personCode: 'N3',
      validFrom: '2026-07-01',
      validTo: '2027-06-01',
      how: 'interim',
    });
    expect(long.statusCode).toBe(422);
    expect(long.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'validTo', code: 'HEAD_INTERIM_TOO_LONG' }),
    ]);
    // nor may a term end before it starts: both dates named dd/mm/yyyy, in either language
    const backwards = await post('/api/villages/VA/heads?lang=en', {
      personCode: 'N3',
      validFrom: '2026-07-01',
      validTo: '2026-06-01',
      how: 'interim',
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'validTo', code: 'PERIOD_ENDS_BEFORE_START' }),
    ]);
    expect(backwards.json().error.details.issues[0].message).toBe(
      'Invalid period: the end date (01/06/2026) is before the start date (01/07/2026)',
    );
    const secretary = await post('/api/orgs/CA/secretaries', {
      personCode: 'N1',
      validFrom: '2026-07-01',
      validTo: '2026-06-30',
    });
    expect(secretary.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'validTo', code: 'PERIOD_ENDS_BEFORE_START' }),
    ]);
    expect(
      (await post('/api/villages/VA/heads', { personCode: 'N3', validFrom: '2026-07-01', how: 'interim' })).statusCode,
    ).toBe(200);
    const n3 = (await get('/api/people/N3')).json();
    expect(n3.headTerms).toContainEqual(
      expect.objectContaining({ villageCode: 'VA', validFrom: '2026-07-01', validTo: '2027-01-01', how: 'interim' }),
    );
  });

  it('ends a running term with a set end when an election comes before it', async () => {
    // N3 is interim head of VA from 2026-07-01 to 2027-01-01
    const r = await post('/api/villages/VA/elections', {
      on: '2026-10-01',
      candidates: [{ personCode: 'N1', votes: 80 }],
      winnerCode: 'N1',
    });
    expect(r.statusCode).toBe(201);
    const n3 = (await get('/api/people/N3')).json();
    expect(n3.headTerms).toContainEqual(
      expect.objectContaining({ villageCode: 'VA', validFrom: '2026-07-01', validTo: '2026-10-01' }),
    );
  });

  it('checks candidates for age and residence when they are named, in the plan as in the record, writing nothing', async () => {
    expect(
      (
        await post('/api/people', {
          code: 'Y1',
          fullName: 'Lý Văn Trẻ',
          birthDate: '2008-01-01',
          residenceVillageCode: 'VB',
        })
      ).statusCode,
    ).toBe(201);
    const plannedOn = async () =>
      (
        (await get('/api/elections/due?months=60')).json() as {
          village: { code: string };
          planned: { on: string } | null;
        }[]
      ).find((d) => d.village.code === 'VB')?.planned?.on ?? null;
    const before = await plannedOn();
    const planned = await post('/api/villages/VB/elections/planned', {
      plannedOn: '2027-03-01',
      candidateCodes: ['Y1', 'N2', 'N1'],
    });
    expect({ status: planned.statusCode, code: planned.json().error.code }).toEqual({
      status: 422,
      code: 'CHANGE_REJECTED',
    });
    const issues = planned.json().error.details.issues;
    expect(issues).toEqual([
      expect.objectContaining({ field: 'candidateCodes.0', code: 'HEAD_TOO_YOUNG' }),
      expect.objectContaining({ field: 'candidateCodes.2', code: 'HEAD_NOT_RESIDENT' }),
    ]);
    // each message names the candidate, and dates are dd/mm/yyyy
    expect(issues[0].message).toMatch(/^Y1: .*01\/03\/2027.*01\/01\/2029/);
    expect(issues[1].message).toMatch(/^N1: .*"VB".*"VA"/);
    expect(await plannedOn()).toBe(before);
    // the record checks every candidate, not only the winner
    const held = await post('/api/villages/VB/elections', {
      on: '2027-03-01',
      candidates: [
        { personCode: 'N2', votes: 50 },
        { personCode: 'N1', votes: 10 },
      ],
      winnerCode: 'N2',
    });
    expect(held.statusCode).toBe(422);
    expect(held.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'candidates.1.personCode', code: 'HEAD_NOT_RESIDENT' }),
    ]);
    expect(
      (await get('/api/people/N2')).json().headTerms.filter((h: { validFrom: string }) => h.validFrom === '2027-03-01'),
    ).toEqual([]);
    // Y1 turns 21 on 01/01/2029: a plan for that day passes
    expect(
      (await post('/api/villages/VB/elections/planned', { plannedOn: '2029-01-01', candidateCodes: ['Y1'] }))
        .statusCode,
    ).toBe(201);
  });

  it('shows an outsider none of it', async () => {
    const outsider = await t.signIn('commune', 'X2');
    expect(codes((await get('/api/elections/due?months=60', outsider)).json())).not.toContain('VA');
    expect((await post('/api/villages/VA/elections/planned', { plannedOn: '2027-01-01' }, outsider)).statusCode).toBe(
      404,
    );
  });
});
