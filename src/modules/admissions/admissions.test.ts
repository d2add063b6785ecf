import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';

describe.each(engines)('admission from prospect to official member (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1']);
  const { get, post } = t;
  const members = async (at: string) => (await get(`/api/indicators?scope=VA&at=${at}`)).json().members;

  it('walks every step, refusing what the rules refuse, and the ceremony and the outcome change the figures', async () => {
    expect((await post('/api/people', { code: 'P1', fullName: 'Trịnh Văn Tiến', birthDate: '1998-05-02', residenceVillageCode: 'VA' })).statusCode).toBe(201);
    const created = await post('/api/prospects', { personCode: 'P1', villageCode: 'VA', cellCode: 'CA', recommendedOn: '2019-01-05' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().stage).toBe('recommended');
    const step = (body: object) => post(`/api/prospects/${id}/steps`, body);

    for (const b of [
      { step: 'certificate', date: '2019-02-10' },
      { step: 'application', date: '2019-12-01' },
      { step: 'introducers', introducers: [{ kind: 'member', personCode: 'N1', knownSince: '2018-01-01' }, { kind: 'member', personCode: 'N2', knownSince: '2018-06-01' }] },
      { step: 'check', date: '2020-01-10' },
    ]) expect((await step(b)).statusCode, JSON.stringify(b)).toBe(200);

    // a decision before the resolution, and a resolution short of two thirds, are refused and change nothing
    expect((await step({ step: 'decision', date: '2020-03-02' })).statusCode).toBe(422);
    const short = await step({ step: 'resolution', date: '2020-02-03', votesFor: 3, officialMembers: 6 });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.details.issues).toEqual([expect.objectContaining({ field: 'votesFor', code: 'ADMISSION_QUORUM' })]);
    expect((await get(`/api/prospects/${id}`)).json().stage).toBe('checked');

    const resolved = await step({ step: 'resolution', date: '2020-02-03', votesFor: 4, officialMembers: 6 });
    expect(resolved.json()).toMatchObject({ stage: 'resolution', deadline: { step: 'decision', ruleSet: '29-QĐ/TW', urgency: 'overdue' } });
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
    expect((await post('/api/people', { code: 'P2', fullName: 'Đinh Thị Hoa', birthDate: '1990-01-01', residenceVillageCode: 'VB' })).statusCode).toBe(201);
    const id = (await post('/api/prospects', { personCode: 'P2', villageCode: 'VB', recommendedOn: '2024-01-05' })).json().id;
    await post(`/api/prospects/${id}/steps`, { step: 'certificate', date: '2024-02-01' });
    await post(`/api/prospects/${id}/steps`, { step: 'introducers', introducers: [{ kind: 'youthUnion' }] });
    expect((await post(`/api/prospects/${id}/steps`, { step: 'resolution', date: '2024-03-01', votesFor: 5, officialMembers: 5 })).statusCode).toBe(200);
    const due = (await get('/api/prospects/due')).json();
    expect(due.map((p: { personCode: string }) => p.personCode)).toContain('P2');
    expect(due.every((p: { deadline: { urgency: string } }) => ['overdue', 'soon'].includes(p.deadline.urgency))).toBe(true);
    const outsider = await t.signIn('commune', 'X2');
    expect((await get('/api/prospects', outsider)).json()).toEqual([]);
    expect((await post(`/api/prospects/${id}/steps`, { step: 'decision', date: '2024-04-01' }, outsider)).statusCode).toBe(404);
    expect((await get(`/api/prospects/${id}`)).json().stage).toBe('resolution');
  });
});
