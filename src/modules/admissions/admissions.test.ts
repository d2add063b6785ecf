import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';
import { today } from '../../platform/dates.js';
import { addDays } from '../records/records.rules.js';

describe.each(engines)('admission from prospect to official member (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1']);
  const { get, post } = t;
  const members = async (at: string) => (await get(`/api/indicators?scope=VA&at=${at}`)).json().members;

  it('walks every step, refusing what the rules refuse, and the ceremony and the outcome change the figures', async () => {
    expect(
      (
        await post('/api/people', {
          code: 'P1',
          fullName: 'Trịnh Văn Tiến',
          birthDate: '1998-05-02',
          residenceVillageCode: 'VA',
        })
      ).statusCode,
    ).toBe(201);
    const created = await post('/api/prospects', {
      personCode: 'P1',
      villageCode: 'VA',
      cellCode: 'CA',
      recommendedOn: '2019-01-05',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().stage).toBe('recommended');
    const step = (body: object) => post(`/api/prospects/${id}/steps`, body);

    for (const b of [
      { step: 'certificate', date: '2019-02-10' },
      { step: 'application', date: '2019-12-01' },
      {
        step: 'introducers',
        introducers: [
          { kind: 'member', personCode: 'N1', knownSince: '2018-01-01' },
          { kind: 'member', personCode: 'N2', knownSince: '2018-06-01' },
        ],
      },
      { step: 'check', date: '2020-01-10' },
    ])
      expect((await step(b)).statusCode, JSON.stringify(b)).toBe(200);

    // a decision before the resolution, and a resolution short of two thirds, are refused and change nothing
    const early = await step({ step: 'decision', date: '2020-03-02' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details.issues).toEqual([
      {
        field: 'decisionOn',
        code: 'ADMISSION_STEP_MISSING',
        message: 'Chưa ghi nghị quyết của chi bộ: hãy ghi bước đó trước khi ghi quyết định kết nạp',
      },
    ]);
    const short = await step({ step: 'resolution', date: '2020-02-03', votesFor: 3, officialMembers: 6 });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'votesFor', code: 'ADMISSION_QUORUM' }),
    ]);
    expect((await get(`/api/prospects/${id}`)).json().stage).toBe('checked');

    const resolved = await step({ step: 'resolution', date: '2020-02-03', votesFor: 4, officialMembers: 6 });
    expect(resolved.json()).toMatchObject({
      stage: 'resolution',
      deadline: { step: 'decision', ruleSet: '29-QĐ/TW', urgency: 'overdue' },
    });
    expect((await step({ step: 'decision', date: '2020-03-02' })).json().deadline.step).toBe('ceremony');

    const before = await members('2020-06-01');
    expect((await step({ step: 'ceremony', date: '2020-03-20' })).json().stage).toBe('probation');
    expect((await members('2020-06-01')).probationary).toBe(before.probationary + 1);
    const person = (await get('/api/people/P1')).json();
    expect(person.memberships).toEqual([expect.objectContaining({ admittedOn: '2020-03-20', officialOn: null })]);

    expect((await step({ step: 'review', date: '2021-04-01' })).json().deadline.step).toBe('outcome');
    const done = await step({ step: 'outcome', date: '2021-04-15', outcome: 'official' });
    expect(done.json()).toMatchObject({ stage: 'official', deadline: null });
    // official status dates from the end of the 12 months
    expect((await get('/api/people/P1')).json().memberships[0].officialOn).toBe('2021-03-20');
    expect((await members('2021-06-01')).official).toBe((await members('2021-03-19')).official + 1);
  });

  it('lists what is overdue for the unit that owes it, and shows an outsider nothing', async () => {
    expect(
      (
        await post('/api/people', {
          code: 'P2',
          fullName: 'Đinh Thị Hoa',
          birthDate: '1990-01-01',
          residenceVillageCode: 'VB',
        })
      ).statusCode,
    ).toBe(201);
    const id = (
      await post('/api/prospects', { personCode: 'P2', villageCode: 'VB', recommendedOn: '2024-01-05' })
    ).json().id;
    await post(`/api/prospects/${id}/steps`, { step: 'certificate', date: '2024-02-01' });
    await post(`/api/prospects/${id}/steps`, { step: 'introducers', introducers: [{ kind: 'youthUnion' }] });
    expect(
      (
        await post(`/api/prospects/${id}/steps`, {
          step: 'resolution',
          date: '2024-03-01',
          votesFor: 5,
          officialMembers: 5,
        })
      ).statusCode,
    ).toBe(200);
    const due = (await get('/api/prospects/due')).json();
    expect(due.map((p: { personCode: string }) => p.personCode)).toContain('P2');
    expect(due.every((p: { deadline: { urgency: string } }) => ['overdue', 'soon'].includes(p.deadline.urgency))).toBe(
      true,
    );
    const outsider = await t.signIn('commune', 'X2');
    expect((await get('/api/prospects', outsider)).json()).toEqual([]);
    expect(
      (await post(`/api/prospects/${id}/steps`, { step: 'decision', date: '2024-04-01' }, outsider)).statusCode,
    ).toBe(404);
    expect((await get(`/api/prospects/${id}`)).json().stage).toBe('resolution');
  });

  const en = () => ({ ...t.caller, headers: { ...t.caller.headers, 'accept-language': 'en' } });
  /** A person of VA put forward, with a certificate, the Youth Union's introduction and the cell's resolution on the day given. */
  async function resolved(code: string, resolutionOn: string) {
    expect(
      (
        await post('/api/people', {
          code,
          fullName: `Người ${code}`,
          birthDate: '1995-03-01',
          residenceVillageCode: 'VA',
        })
      ).statusCode,
    ).toBe(201);
    const r = await post('/api/prospects', {
      personCode: code,
      villageCode: 'VA',
      cellCode: 'CA',
      recommendedOn: addDays(resolutionOn, -200),
    });
    expect(r.statusCode).toBe(201);
    const id: number = r.json().id;
    const step = (body: object, who = t.caller) => post(`/api/prospects/${id}/steps`, body, who);
    for (const b of [
      { step: 'certificate', date: addDays(resolutionOn, -190) },
      { step: 'introducers', introducers: [{ kind: 'youthUnion' }] },
      { step: 'resolution', date: resolutionOn, votesFor: 5, officialMembers: 6 },
    ])
      expect((await step(b)).statusCode, JSON.stringify(b)).toBe(200);
    const read = async () => (await get(`/api/prospects/${id}`)).json();
    return { id, step, read };
  }
  const issuesOf = (r: {
    statusCode: number;
    json(): { error: { details: { issues: { field: string; code: string; message: string }[] } } };
  }) => {
    expect(r.statusCode).toBe(422);
    return r.json().error.details.issues;
  };

  it('refuses a review and an outcome before probation ends, naming the dates, and writes nothing', async () => {
    const { step, read } = await resolved('P3', '2020-02-03');
    expect((await step({ step: 'decision', date: '2020-03-02' })).statusCode).toBe(200);
    expect((await step({ step: 'ceremony', date: '2020-03-20' })).statusCode).toBe(200);
    const before = await read();

    // three months after the ceremony: the review and the recognition are refused
    const review = issuesOf(await step({ step: 'review', date: '2020-06-20' }));
    expect(review).toEqual([
      {
        field: 'reviewOn',
        code: 'ADMISSION_BEFORE_PROBATION_END',
        message:
          'Ngày chi bộ xét công nhận chính thức (20/06/2020) trước khi hết 12 tháng dự bị: lễ kết nạp ngày 20/03/2020, hết dự bị ngày 20/03/2021; bước này sớm nhất là ngày 20/03/2021',
      },
    ]);
    const reviewEn = await step({ step: 'review', date: '2020-06-20' }, en());
    expect(issuesOf(reviewEn)[0].message).toBe(
      'The cell review after probation is dated 20/06/2020, before the 12 months of probation are over: the ceremony was on 20/03/2020 and probation ends on 20/03/2021; this step may be dated 20/03/2021 at the earliest',
    );
    expect(reviewEn.json().error.message).toContain('20/03/2021');
    expect(issuesOf(await step({ step: 'outcome', date: '2020-06-20', outcome: 'official' }))).toEqual([
      expect.objectContaining({ code: 'ADMISSION_STEP_MISSING' }),
    ]);
    // the day before probation ends, refused; the day it ends, recorded
    expect(issuesOf(await step({ step: 'review', date: '2021-03-19' }))).toEqual([
      expect.objectContaining({ code: 'ADMISSION_BEFORE_PROBATION_END' }),
    ]);
    expect(await read()).toEqual(before);
    expect((await get('/api/people/P3')).json().memberships).toEqual([
      expect.objectContaining({ admittedOn: '2020-03-20', officialOn: null }),
    ]);
    expect((await step({ step: 'review', date: '2021-03-20' })).json().stage).toBe('review');

    // the outcome: not before the review (nor before probation ends)
    const outcome = issuesOf(await step({ step: 'outcome', date: '2021-03-19', outcome: 'official' }));
    expect(outcome.map((i) => i.code)).toEqual(['ADMISSION_ORDER', 'ADMISSION_BEFORE_PROBATION_END']);
    expect(outcome[0].message).toBe(
      'Ngày quyết định công nhận đảng viên chính thức (19/03/2021) không thể trước ngày chi bộ xét công nhận chính thức (20/03/2021)',
    );
    expect((await step({ step: 'outcome', date: '2021-03-20', outcome: 'official' })).json().stage).toBe('official');
    expect((await get('/api/people/P3')).json().memberships[0].officialOn).toBe('2021-03-20');
  });

  it("refuses any step dated after today, relative to today's date, and steps out of order", async () => {
    const now = today();
    // the first step too: put forward tomorrow is refused, today accepted
    expect(
      (
        await post('/api/people', {
          code: 'P4',
          fullName: 'Người P4',
          birthDate: '1995-03-01',
          residenceVillageCode: 'VA',
        })
      ).statusCode,
    ).toBe(201);
    const tomorrow = issuesOf(
      await post('/api/prospects', { personCode: 'P4', villageCode: 'VA', recommendedOn: addDays(now, 1) }),
    );
    expect(tomorrow).toEqual([expect.objectContaining({ field: 'recommendedOn', code: 'ADMISSION_FUTURE_DATE' })]);
    expect((await get('/api/prospects')).json().some((p: { personCode: string }) => p.personCode === 'P4')).toBe(false);
    expect((await post('/api/prospects', { personCode: 'P4', villageCode: 'VA', recommendedOn: now })).statusCode).toBe(
      201,
    );

    const { step, read } = await resolved('P5', addDays(now, -5));
    // a resolution on in a month's time (as 05/01/2027 was seen from 03/12/2026), and tomorrow: refused
    const ahead = addDays(now, 33);
    const res = issuesOf(await step({ step: 'resolution', date: ahead, votesFor: 5, officialMembers: 6 }));
    expect(res).toEqual([expect.objectContaining({ field: 'resolutionOn', code: 'ADMISSION_FUTURE_DATE' })]);
    const dmy = (iso: string) => iso.split('-').reverse().join('/');
    expect(res[0].message).toContain(`(${dmy(ahead)}) sau hôm nay (${dmy(now)})`);
    expect(
      issuesOf(await step({ step: 'resolution', date: addDays(now, 1), votesFor: 5, officialMembers: 6 }))[0].code,
    ).toBe('ADMISSION_FUTURE_DATE');
    expect((await read()).steps.resolutionOn).toBe(addDays(now, -5));

    // a decision the day before the resolution: refused, naming both; today: recorded
    const order = issuesOf(await step({ step: 'decision', date: addDays(now, -6) }));
    expect(order).toEqual([
      {
        field: 'decisionOn',
        code: 'ADMISSION_ORDER',
        message: `Ngày quyết định kết nạp (${dmy(addDays(now, -6))}) không thể trước ngày nghị quyết của chi bộ (${dmy(addDays(now, -5))})`,
      },
    ]);
    expect(issuesOf(await step({ step: 'decision', date: addDays(now, 1) }))[0].code).toBe('ADMISSION_FUTURE_DATE');
    expect((await step({ step: 'decision', date: now })).json().stage).toBe('decision');

    // a ceremony on 01/01/2099: refused, no membership; today: the member is admitted
    const ceremony = issuesOf(await step({ step: 'ceremony', date: '2099-01-01' }, en()));
    expect(ceremony).toEqual([expect.objectContaining({ field: 'ceremonyOn', code: 'ADMISSION_FUTURE_DATE' })]);
    expect(ceremony[0].message).toBe(
      `The admission ceremony is dated 01/01/2099, after today (${dmy(now)}): record only steps that have taken place; a date planned goes in "Next step planned for"`,
    );
    expect((await get('/api/people/P5')).json().memberships).toEqual([]);
    expect((await step({ step: 'ceremony', date: now })).json().stage).toBe('probation');
  });

  it('keeps the date the next step is planned for apart: ahead allowed, not before the last step, spent by the next stage', async () => {
    const now = today();
    const { step, read } = await resolved('P6', addDays(now, -10));
    const planned = await step({ step: 'plan', plannedOn: addDays(now, 20) });
    expect(planned.statusCode).toBe(200);
    expect(planned.json()).toMatchObject({ stage: 'resolution', plannedOn: addDays(now, 20), issues: [] });
    const early = issuesOf(await step({ step: 'plan', plannedOn: addDays(now, -11) }));
    expect(early).toEqual([expect.objectContaining({ field: 'plannedOn', code: 'ADMISSION_ORDER' })]);
    expect((await read()).plannedOn).toBe(addDays(now, 20));
    // a step of the same stage keeps it (the extension), the next stage spends it
    expect((await step({ step: 'extend', extended: true })).json().plannedOn).toBe(addDays(now, 20));
    expect((await step({ step: 'decision', date: now })).json()).toMatchObject({ stage: 'decision', plannedOn: null });
    expect((await step({ step: 'plan', plannedOn: null })).json().plannedOn).toBeNull();
  });

  it("shows who decides, by the decision's date once taken, else by today; in each view and on the due list", async () => {
    const { step, read } = await resolved('P7', '2025-06-30');
    // pending, judged today (after 1/7/2025): the commune-level committee
    expect((await read()).decidedBy).toEqual({
      admission: {
        decision: 'admission',
        level: 'commune',
        body: 'Đảng ủy cấp xã',
        on: today(),
        ruleSet: '294-QĐ/TW',
        ruleSetLabel: '294-QĐ/TW',
        taken: false,
      },
      recognition: null,
    });
    // the deadline still runs from the resolution, under 232-QĐ/TW
    expect((await read()).deadline).toMatchObject({
      step: 'decision',
      ruleSet: '232-QĐ/TW',
      ruleSetLabel: '232-QĐ/TW',
    });
    // decided on 1/7/2025: by the commune-level committee under 294-QĐ/TW
    const decided = (await step({ step: 'decision', date: '2025-07-01' })).json();
    expect(decided.decidedBy.admission).toEqual({
      decision: 'admission',
      level: 'commune',
      body: 'Đảng ủy cấp xã',
      on: '2025-07-01',
      ruleSet: '294-QĐ/TW',
      ruleSetLabel: '294-QĐ/TW',
      taken: true,
    });
    expect((await get(`/api/prospects/${decided.id}?lang=en`)).json().decidedBy.admission.body).toBe(
      'Commune-level party committee',
    );

    // decided on 30/6/2025, the day before: the district committee
    const other = await resolved('P8', '2025-06-30');
    const district = (await other.step({ step: 'decision', date: '2025-06-30' })).json();
    expect(district.decidedBy.admission).toMatchObject({
      level: 'district',
      body: 'Huyện ủy và tương đương',
      ruleSet: '232-QĐ/TW',
      taken: true,
    });
    expect((await other.step({ step: 'ceremony', date: '2025-07-10' })).json().decidedBy.recognition).toMatchObject({
      decision: 'recognition',
      level: 'commune',
      on: today(),
      taken: false,
    });

    // before 25/07/2016: labelled as before 29-QĐ/TW
    const old = await resolved('P9', '2016-07-24');
    expect((await old.read()).deadline).toMatchObject({ ruleSet: 'before-29-QĐ/TW', ruleSetLabel: 'trước 29-QĐ/TW' });
    expect((await get(`/api/prospects/${old.id}?lang=en`)).json().deadline.ruleSetLabel).toBe('before 29-QĐ/TW');

    // every entry of the due list shows it
    const due = (await get('/api/prospects/due')).json() as {
      decidedBy: { admission: { body: string } | null; recognition: { body: string } | null };
    }[];
    expect(due.length).toBeGreaterThan(0);
    for (const p of due)
      expect(p.decidedBy.admission ?? p.decidedBy.recognition).toMatchObject({
        body: expect.stringMatching(/^(Huyện ủy và tương đương|Đảng ủy cấp xã)$/),
      });
  });

  it('lets a commune account read the rule sets it is checked by', async () => {
    const r = await get('/api/rules');
    expect(r.statusCode).toBe(200);
    expect(r.json().sets[0]).toMatchObject({
      id: '29-QĐ/TW',
      admission: { consentAboveAgeMonths: 720, decidedBy: 'district' },
    });
  });
});
