import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { rows } from '../../platform/db.js';
import { addWorkingDays, basisOf, setNotices } from '../rules/working-days.js';
import { loadCalendar } from './calendar.service.js';

const tet2027 = [
  ...['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
    date,
    kind: 'off',
    holiday: 'Tet Nguyen dan 2027',
    source: 'TB 1/TB-BNV (thử)',
  })),
  { date: '2027-01-30', kind: 'worked', holiday: 'Tet Nguyen dan 2027', source: 'TB 1/TB-BNV (thử)' },
];

describe.each(engines)('the working-day calendar over HTTP (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null]);
  const put = (url: string, payload: object, who = t.caller, lang = 'vi') =>
    t.app.inject({ method: 'PUT', url, headers: { ...who.headers, 'accept-language': lang }, payload });

  it('shows a shipped year with its swaps and sources, to every signed-in role', async () => {
    const editor = await t.signIn('editor', 'P');
    const r = await t.get('/api/calendar?year=2025', editor);
    expect(r.statusCode).toBe(200);
    const y = r.json();
    expect(y).toMatchObject({
      year: 2025,
      basis: 'notice',
      origin: 'table',
      shipped: true,
      saturdaysWorked: ['2025-04-26'],
    });
    expect(y.weekdaysOff).toContain('2025-05-02');
    expect(y.days.find((d: { date: string }) => d.date === '2025-04-26').source).toMatch(/TB 6150/);
    expect((await t.get('/api/calendar?year=2027')).json()).toMatchObject({
      basis: 'rule',
      origin: null,
      shipped: false,
      days: [],
    });
  });

  it('puts an administrator’s notice of a year in force, audited, kept across a restart, and removes it', async () => {
    const before = addWorkingDays('2027-01-29', 10);
    const r = await put('/api/calendar', { year: 2027, days: tet2027 });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ basis: 'notice', origin: 'database', saturdaysWorked: ['2027-01-30'] });
    // Saturday 30/1 worked, 1–3/2, then Tết 4–10/2 off, 11–18/2: the tenth working day is Thursday 18/2
    expect(addWorkingDays('2027-01-29', 10)).toBe('2027-02-18');
    expect(addWorkingDays('2027-01-29', 10)).not.toBe(before);
    const audit = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'calendar_days' and action = 'insert'`,
    );
    expect(audit[0].n).toBe(tet2027.length);

    // a new process on the same database counts on the stored notice once it has loaded it (as main.ts and the CLI do)
    setNotices([]);
    expect(basisOf('2027-02-04')).toBe('rule');
    await loadCalendar(t.database.db);
    expect(basisOf('2027-02-04')).toBe('notice');
    expect(addWorkingDays('2027-01-29', 10)).toBe('2027-02-18');

    expect((await put('/api/calendar', { year: 2027, days: [] })).json()).toMatchObject({
      basis: 'rule',
      origin: null,
    });
    expect(addWorkingDays('2027-01-29', 10)).toBe(before);
  });

  it('refuses a wrong notice naming the row and what is wrong, and writes nothing', async () => {
    const saturdayNot = [
      ...tet2027.slice(0, 2),
      { date: '2027-01-28', kind: 'worked', holiday: 'Tet Nguyen dan 2027', source: 'TB 1' },
    ];
    const r = await put('/api/calendar', { year: 2027, days: saturdayNot });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'CALENDAR_NOTICE_INVALID' });
    expect(r.json().error.message).toBe(
      'Thông báo ngày nghỉ năm 2027, dòng 3: ngày làm bù 28/01/2027 không phải thứ Bảy hay Chủ nhật; không ghi gì',
    );
    const outside = await put(
      '/api/calendar',
      { year: 2027, days: [{ ...tet2027[0], date: '2026-11-30' }] },
      t.caller,
      'en',
    );
    expect(outside.json().error.message).toBe(
      'The notice of days off for 2027, row 1: 30/11/2026 is not in 2027 (01/12/2026 to 31/12/2027); nothing was written',
    );
    const twice = await put('/api/calendar', { year: 2027, days: [tet2027[0], tet2027[0]] });
    expect(twice.json().error.message).toContain('dòng 2: ngày 04/02/2027 ghi hai lần');
    const unsourced = await put('/api/calendar', { year: 2027, days: [{ ...tet2027[0], source: ' ' }] });
    expect(unsourced.json().error.message).toContain('chưa ghi văn bản thông báo');
    expect((await t.get('/api/calendar?year=2027')).json().basis).toBe('rule');
    const stored = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from calendar_days`);
    expect(stored[0].n).toBe(0);
  });

  it('lets only an administrator set a notice', async () => {
    const province = await t.signIn('province', 'P');
    expect((await put('/api/calendar', { year: 2027, days: tet2027 }, province)).statusCode).toBe(403);
    expect((await t.get('/api/calendar?year=2027')).json().basis).toBe('rule');
  });
});
