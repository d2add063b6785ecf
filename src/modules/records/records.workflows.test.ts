import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { residentExampleRegister } from '../../../test/residents.js';
import { rows } from '../../platform/db.js';

describe.each(engines)('the workflow rules on forms (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1'], { register: residentExampleRegister });

  const { get, post } = t;
  const person = async (code: string) => (await get(`/api/people/${code}`)).json();
  const spans = async (code: string) =>
    (await person(code)).placements.map(
      (p: { cellCode: string; kind: string; validFrom: string; validTo: string | null }) => [
        p.cellCode,
        p.kind,
        p.validFrom,
        p.validTo,
      ],
    );
  const members = async (scope: string, at: string) =>
    (await t.get(`/api/indicators?scope=${scope}&at=${at}`)).json().members.total;
  const issues = (r: {
    json: () => { error: { code: string; details: { issues: { field: string; code: string; message: string }[] } } };
  }) => {
    const e = r.json().error;
    expect(e.code).toBe('CHANGE_REJECTED');
    return e.details.issues;
  };

  it('lets a member be in transit up to 30 days between two placements, and refuses a later start naming the dates', async () => {
    // N4 leaves CA on 1/3/2018 and presents the letter to CBC 30 days later
    const r = await post('/api/people/N4/transfer', {
      leftOn: '2018-03-01',
      on: '2018-03-31',
      cellCode: 'CBC',
      villageCode: 'VB',
      kind: 'official',
    });
    expect(r.statusCode).toBe(200);
    expect(await spans('N4')).toEqual([
      ['CA', 'official', '2014-06-01', '2018-03-01'],
      ['CBC', 'official', '2018-03-31', null],
    ]);
    // in transit the member counts for no village, and still is a member
    expect(await members('VA', '2018-03-15')).toBe((await members('VA', '2018-02-28')) - 1);
    expect(await members('VB', '2018-03-15')).toBe(await members('VB', '2018-02-28'));
    expect(await members('VB', '2018-03-31')).toBe((await members('VB', '2018-02-28')) + 1);

    // N10 leaves on 1/1/2019: 31 days later is too late
    const late = await post('/api/people/N10/transfer', {
      leftOn: '2019-01-01',
      on: '2019-02-01',
      cellCode: 'CA',
      villageCode: 'VA',
      kind: 'official',
    });
    expect(late.statusCode).toBe(422);
    const [issue] = issues(late);
    expect(issue).toMatchObject({ field: 'on', code: 'TRANSFER_LETTER_LATE' });
    for (const d of ['01/01/2019', '31/01/2019', '01/02/2019']) expect(issue.message).toContain(d);
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/people/N10/transfer',
      headers: { ...t.caller.headers, 'accept-language': 'en' },
      payload: { leftOn: '2019-01-01', on: '2019-02-01', cellCode: 'CA', kind: 'official' },
    });
    expect(issues(english)[0].message).toBe(
      'Left the old placement on 2019-01-01: the letter must be presented and the new placement start within 30 days (by 2019-01-31), not on 2019-02-01',
    );
    expect(await spans('N10')).toEqual([['CBC', 'official', '2017-01-01', null]]);
    // leaving after arriving makes no sense
    expect(
      (
        await post('/api/people/N10/transfer', {
          leftOn: '2019-03-01',
          on: '2019-02-01',
          cellCode: 'CA',
          kind: 'official',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('keeps a temporary placement between 3 and 12 months, ending at 12 when no end is given, and study up to 2 years', async () => {
    const short = await post('/api/people/N3/transfer', {
      on: '2019-01-01',
      until: '2019-03-31',
      cellCode: 'CBC',
      villageCode: 'VB',
      kind: 'temporary',
    });
    expect(short.statusCode).toBe(422);
    expect(issues(short)).toEqual([expect.objectContaining({ field: 'until', code: 'TEMPORARY_TOO_SHORT' })]);
    expect(
      (
        await post('/api/people/N3/transfer', {
          on: '2019-01-01',
          cellCode: 'CBC',
          villageCode: 'VB',
          kind: 'temporary',
        })
      ).statusCode,
    ).toBe(200);
    expect(await spans('N3')).toContainEqual(['CBC', 'temporary', '2019-01-01', '2020-01-01']);

    const long = await post('/api/people/N2/transfer', {
      on: '2019-01-01',
      until: '2020-01-02',
      cellCode: 'CBC',
      villageCode: 'VB',
      kind: 'temporary',
    });
    expect(issues(long)).toEqual([expect.objectContaining({ field: 'until', code: 'TEMPORARY_TOO_LONG' })]);
    const study = { on: '2019-01-01', cellCode: 'CBC', villageCode: 'VB', kind: 'temporary', reasonKind: 'study' };
    expect(issues(await post('/api/people/N2/transfer', { ...study, until: '2021-01-02' }))).toEqual([
      expect.objectContaining({ field: 'until', code: 'TEMPORARY_STUDY_TOO_LONG' }),
    ]);
    expect((await post('/api/people/N2/transfer', { ...study, until: '2021-01-01' })).statusCode).toBe(200);
    expect((await person('N2')).placements).toContainEqual(
      expect.objectContaining({
        cellCode: 'CBC',
        kind: 'temporary',
        reason: 'study',
        validFrom: '2019-01-01',
        validTo: '2021-01-01',
      }),
    );
    // a temporary placement moves no count
    expect(await members('VB', '2020-06-01')).toBe(await members('VB', '2018-12-31'));
  });

  it('ends the placements of a member transferred out of the province, not the membership, and says where they went', async () => {
    const before = await members('VD', '2020-06-01');
    const r = await post('/api/people/N11/transfer-out', { on: '2020-01-01', destination: 'Tỉnh Bắc Ninh' });
    expect(r.statusCode).toBe(200);
    const n11 = await person('N11');
    expect(n11.placements).toEqual([
      expect.objectContaining({ cellCode: 'CBC', validFrom: '2017-01-01', validTo: '2020-01-01' }),
    ]);
    expect(n11.memberships).toEqual([
      expect.objectContaining({ admittedOn: '2015-01-01', endedOn: null, endReason: null }),
    ]);
    expect(await members('VD', '2020-06-01')).toBe(before - 1);
    expect(
      n11.history.some((h: { reason: string | null }) => h.reason === 'Chuyển sinh hoạt ra ngoài tỉnh: Tỉnh Bắc Ninh'),
    ).toBe(true);
    // nothing left to end
    expect(
      (await post('/api/people/N11/transfer-out', { on: '2021-01-01', destination: 'Tỉnh Bắc Ninh' })).statusCode,
    ).toBe(404);
  });

  it('expels only official members, and readmits once, 36 months after leaving at the earliest', async () => {
    expect(
      (
        await post('/api/people', {
          code: 'R1',
          fullName: 'Đinh Văn Lại',
          birthDate: '1990-04-04',
          residenceVillageCode: 'VA',
        })
      ).statusCode,
    ).toBe(201);
    expect((await post('/api/people/R1/admission', { admittedOn: '2020-01-01', cellCode: 'CA' })).statusCode).toBe(200);
    const expel = await post('/api/people/R1/end', { endedOn: '2020-06-01', endReason: 'expelled' });
    expect(expel.statusCode).toBe(422);
    expect(issues(expel)).toEqual([expect.objectContaining({ field: 'endReason', code: 'EXPEL_PROBATIONARY' })]);
    expect((await person('R1')).memberships[0].endedOn).toBeNull();
    expect((await post('/api/people/R1/end', { endedOn: '2020-06-01', endReason: 'removed' })).statusCode).toBe(200);

    const soon = await post('/api/people/R1/admission', { admittedOn: '2023-05-31', cellCode: 'CA' });
    expect(issues(soon)).toEqual([expect.objectContaining({ field: 'admittedOn', code: 'READMISSION_TOO_SOON' })]);
    expect((await post('/api/people/R1/admission', { admittedOn: '2023-06-01', cellCode: 'CA' })).statusCode).toBe(200);
    expect((await post('/api/people/R1/official', { officialOn: '2024-06-01' })).statusCode).toBe(200);
    // official on the day of the expulsion: expelled
    expect((await post('/api/people/R1/end', { endedOn: '2024-06-01', endReason: 'expelled' })).statusCode).toBe(200);
    const again = await post('/api/people/R1/admission', { admittedOn: '2030-01-01', cellCode: 'CA' });
    expect(issues(again)).toEqual([expect.objectContaining({ field: 'admittedOn', code: 'READMISSION_LIMIT' })]);
    expect((await person('R1')).memberships).toHaveLength(2);
  });

  it('takes a village head of 21 on the first day of the term who lives in the village, from the form and from an election', async () => {
    expect(
      (
        await post('/api/people', {
          code: 'H1',
          fullName: 'Lò Văn Trẻ',
          birthDate: '2000-05-10',
          residenceVillageCode: 'VB',
        })
      ).statusCode,
    ).toBe(201);
    const young = await post('/api/villages/VB/heads', { personCode: 'H1', validFrom: '2021-05-09' });
    expect(young.statusCode).toBe(422);
    expect(issues(young)).toEqual([expect.objectContaining({ field: 'personCode', code: 'HEAD_TOO_YOUNG' })]);
    expect(issues(young)[0].message).toBe(
      'Trưởng thôn phải đủ 21 tuổi vào ngày bắt đầu nhiệm kỳ (09/05/2021); người này đủ 21 tuổi ngày 10/05/2021',
    );
    const elections = async () =>
      (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from elections`))[0].n;
    const held = await elections();
    const early = await post('/api/villages/VB/elections', {
      on: '2021-05-09',
      candidates: [{ personCode: 'H1' }],
      winnerCode: 'H1',
    });
    expect(early.statusCode).toBe(422);
    expect(issues(early)).toEqual([expect.objectContaining({ field: 'winnerCode', code: 'HEAD_TOO_YOUNG' })]);
    // nothing half-written: no election recorded
    expect(await elections()).toBe(held);
    // N1 lives in VA
    const away = await post('/api/villages/VB/elections', {
      on: '2021-05-10',
      candidates: [{ personCode: 'N1' }],
      winnerCode: 'N1',
    });
    expect(issues(away)).toEqual([expect.objectContaining({ field: 'winnerCode', code: 'HEAD_NOT_RESIDENT' })]);
    expect(issues(await post('/api/villages/VB/heads', { personCode: 'N1', validFrom: '2021-05-10' }))).toEqual([
      expect.objectContaining({ field: 'personCode', code: 'HEAD_NOT_RESIDENT' }),
    ]);
    // on the 21st birthday the election is recorded and the head's term opens
    expect(
      (
        await post('/api/villages/VB/elections', {
          on: '2021-05-10',
          candidates: [{ personCode: 'H1' }],
          winnerCode: 'H1',
        })
      ).statusCode,
    ).toBe(201);
    expect((await person('H1')).headTerms).toContainEqual(
      expect.objectContaining({ villageCode: 'VB', validFrom: '2021-05-10', validTo: null }),
    );
    expect(await elections()).toBe(held + 1);
  });

  it("ends a secretary's term with a set end when a new secretary starts before it", async () => {
    // N7 is CBC's secretary since 2010; N9 from 2018 to 2022, then N10 from 2020
    expect(
      (await post('/api/orgs/CBC/secretaries', { personCode: 'N9', validFrom: '2018-01-01', validTo: '2022-01-01' }))
        .statusCode,
    ).toBe(200);
    expect((await post('/api/orgs/CBC/secretaries', { personCode: 'N10', validFrom: '2020-01-01' })).statusCode).toBe(
      200,
    );
    expect((await person('N7')).secretaryTerms).toContainEqual({
      cellCode: 'CBC',
      validFrom: '2010-01-01',
      validTo: '2018-01-01',
    });
    expect((await person('N9')).secretaryTerms).toEqual([
      { cellCode: 'CBC', validFrom: '2018-01-01', validTo: '2020-01-01' },
    ]);
    // a term that ends the day the new one starts stays as it is
    expect(
      (await post('/api/orgs/CBC/secretaries', { personCode: 'N11', validFrom: '2024-01-01', validTo: '2025-01-01' }))
        .statusCode,
    ).toBe(200);
    expect((await person('N10')).secretaryTerms).toEqual([
      { cellCode: 'CBC', validFrom: '2020-01-01', validTo: '2024-01-01' },
    ]);
    expect((await post('/api/orgs/CBC/secretaries', { personCode: 'N10', validFrom: '2025-01-01' })).statusCode).toBe(
      200,
    );
    expect((await person('N11')).secretaryTerms).toEqual([
      { cellCode: 'CBC', validFrom: '2024-01-01', validTo: '2025-01-01' },
    ]);
  });
});
