import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';
import type { Comparison } from '../indicators/indicators.schema.js';
import type { Report } from '../reports/reports.schema.js';
import { mergerRegister } from '../../../test/support/targets/fixture.js';
import type { TargetProgress, VillageMeasure } from './targets.schema.js';

const villageMeasures = ['whiteCleared', 'weakReduced', 'cellsFounded', 'partyHeads'] as const;

/** The counts of a measure add up: the change of the count is the progress plus the villages that joined, less those that left. */
function expectBalanced(p: TargetProgress): void {
  const net = (m: VillageMeasure) => m.to - m.from;
  const fall = (m: VillageMeasure) => m.from - m.to;
  for (const k of ['whiteCleared', 'weakReduced'] as const)
    expect(fall(p[k]), k).toBe(p[k].achieved + p[k].departed - p[k].joined);
  for (const k of ['cellsFounded', 'partyHeads'] as const)
    expect(net(p[k]), k).toBe(p[k].achieved + p[k].joined - p[k].departed);
  for (const k of villageMeasures) expect(p[k].achieved, k).toBe(p[k].better - p[k].worse);
  expect(p.villages.stayed + p.villages.departed).toBe(p.villages.from);
  expect(p.villages.stayed + p.villages.joined).toBe(p.villages.to);
}

describe.each(engines)('targets and task forces (%s)', (engine) => {
  const t = exampleApp(engine, ['province', 'P']);
  const { get, post } = t;

  it('measures a year against its targets with the indicator engine', async () => {
    expect(
      (await post('/api/targets', { unitCode: 'P', year: 2014, admissions: 2, whiteCleared: 1, partyHeads: 1 }))
        .statusCode,
    ).toBe(204);
    const p = (await get('/api/targets?scope=P&year=2014')).json() as TargetProgress;
    // the period is the report's: [1 January, 1 January of the next year)
    const c = (await get('/api/indicators?scope=P&from=2014-01-01&to=2015-01-01')).json() as Comparison;
    expect(p).toMatchObject({
      from: '2014-01-01',
      to: '2015-01-01',
      admissions: { target: 2 },
      whiteCleared: { target: 1 },
      partyHeads: { target: 1 },
    });
    // the comparison's own flows: white villages at both dates that left the category, less those that entered it
    expect(p.whiteCleared).toMatchObject({
      better: c.changes.white.left,
      worse: c.changes.white.entered,
      from: c.from.white,
      to: c.to.white,
      departed: c.changes.white.ceased,
    });
    expect(p.weakReduced).toMatchObject({
      target: null,
      achieved: c.changes.weak.left - c.changes.weak.entered,
      joined: c.changes.weak.new,
    });
    expect(p.partyHeads).toMatchObject({ from: c.from.heads.party, to: c.to.heads.party });
    // VC ends on 2015-01-01 (merged into VA): it left the scope, it is not a village cleared or lost
    expect(p.villages).toEqual({ from: 4, to: 3, stayed: 3, joined: 0, departed: 1 });
    expectBalanced(p);
    // N4 was admitted on 2014-06-01 in VA
    const r = (await get('/api/reports?scope=P&from=2014-01-01&to=2015-01-01')).json() as Report;
    expect(p.admissions.achieved).toBe(r.total.admissions);
    expect(p.admissions.achieved).toBe(1);
  });

  it("follows a task force's villages over its period", async () => {
    const r = await post('/api/task-forces', {
      name: 'Tổ công tác số 1',
      unitCode: 'X1',
      validFrom: '2014-01-01',
      validTo: '2016-12-31',
      memberCodes: ['N1'],
      villageCodes: ['VA', 'VB'],
    });
    expect(r.statusCode).toBe(201);
    const list = (await get('/api/task-forces')).json();
    const tf = list.find((t: { id: number }) => t.id === r.json().id);
    expect(tf.members).toEqual([{ code: 'N1', name: 'Nguyễn Văn Một' }]);
    const va = (await get('/api/indicators?scope=VA&at=2016-12-31')).json();
    expect(tf.villages.find((v: { code: string }) => v.code === 'VA').to).toMatchObject({
      members: va.members.total,
      official: va.members.official,
    });
  });

  it('refuses a task force that ends before it starts, naming both dates dd/mm/yyyy, and writes nothing', async () => {
    const count = (await get('/api/task-forces')).json().length;
    const body = {
      name: 'Tổ công tác ngược',
      unitCode: 'X1',
      validFrom: '2014-01-01',
      validTo: '2013-12-31',
      villageCodes: ['VA'],
    };
    const r = await post('/api/task-forces', body);
    expect({ status: r.statusCode, code: r.json().error.code }).toEqual({
      status: 422,
      code: 'PERIOD_ENDS_BEFORE_START',
    });
    expect(r.json().error.messages).toEqual({
      vi: 'Thời gian không hợp lệ: ngày kết thúc (31/12/2013) trước ngày bắt đầu (01/01/2014)',
      en: 'Invalid period: the end date (31/12/2013) is before the start date (01/01/2014)',
    });
    expect(r.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'validTo', code: 'PERIOD_ENDS_BEFORE_START' }),
    ]);
    expect((await get('/api/task-forces')).json()).toHaveLength(count);
    // one day long is a period
    expect((await post('/api/task-forces', { ...body, validTo: '2014-01-01' })).statusCode).toBe(201);
  });
});

describe.each(engines)('targets across the 2025 reform (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null], { register: mergerRegister });
  const progress = async (scope: string, year: number) => {
    const r = await t.get(`/api/targets?scope=${scope}&year=${year}`);
    expect(r.statusCode).toBe(200);
    return r.json() as TargetProgress;
  };
  const reportAdmissions = async (scope: string, from: string, to: string) => {
    const r = await t.get(`/api/reports?scope=${scope}&from=${from}&to=${to}`);
    expect(r.statusCode).toBe(200);
    return (r.json() as Report).total.admissions;
  };

  it('counts no progress for a commune that absorbs others with their cells and heads unchanged; the villages that joined or left are apart', async () => {
    expect(
      (await t.post('/api/targets', { unitCode: 'XA', year: 2025, cellsFounded: 1, partyHeads: 2 })).statusCode,
    ).toBe(204);
    const p = await progress('XA', 2025);
    expect(p).toMatchObject({ from: '2025-01-01', to: '2026-01-01' });
    // A1, A2 stayed; B1, B2, C1 joined from XB and XC; A3 left for XD
    expect(p.villages).toEqual({ from: 3, to: 5, stayed: 2, joined: 3, departed: 1 });
    for (const k of villageMeasures) expect(p[k], k).toMatchObject({ achieved: 0, better: 0, worse: 0 });
    // the joined villages bring a cell (B1) and two party heads (B1, C1): shown apart, not progress toward the targets
    expect(p.cellsFounded).toEqual({
      target: 1,
      achieved: 0,
      better: 0,
      worse: 0,
      from: 1,
      to: 2,
      joined: 1,
      departed: 0,
    });
    expect(p.partyHeads).toEqual({
      target: 2,
      achieved: 0,
      better: 0,
      worse: 0,
      from: 1,
      to: 3,
      joined: 2,
      departed: 0,
    });
    expect(p.whiteCleared).toEqual({
      target: null,
      achieved: 0,
      better: 0,
      worse: 0,
      from: 0,
      to: 1,
      joined: 1,
      departed: 0,
    });
    expect(p.weakReduced).toEqual({
      target: null,
      achieved: 0,
      better: 0,
      worse: 0,
      from: 1,
      to: 1,
      joined: 1,
      departed: 1,
    });
    expectBalanced(p);
  });

  it('counts a real change in the villages present at both dates, beside a village that joined', async () => {
    const p = await progress('XD', 2025);
    expect(p.villages).toEqual({ from: 1, to: 2, stayed: 1, joined: 1, departed: 0 });
    // D1: a member admitted (no longer white, now weak), its head a member, its own cell
    expect(p.whiteCleared).toMatchObject({ achieved: 1, better: 1, worse: 0, joined: 0 });
    expect(p.weakReduced).toMatchObject({ achieved: -1, better: 0, worse: 1, joined: 1 });
    expect(p.cellsFounded).toMatchObject({ achieved: 1, joined: 0 });
    expect(p.partyHeads).toMatchObject({ achieved: 1, joined: 0 });
    expectBalanced(p);
    // for the province, every village is there at both dates: the reform moves none in or out, D1's change is all the progress
    const province = await progress('P', 2025);
    expect(province.villages).toEqual({ from: 7, to: 7, stayed: 7, joined: 0, departed: 0 });
    for (const k of villageMeasures)
      expect(province[k], k).toMatchObject({ achieved: p[k].achieved, joined: 0, departed: 0 });
    expectBalanced(province);
  });

  it('counts admissions as the report of the same period does', async () => {
    // 2024: M10, M11 in A2 and M13 in A3; M12 was admitted in B1, in XB until the reform
    expect((await progress('XA', 2024)).admissions.achieved).toBe(3);
    expect(await reportAdmissions('XA', '2024-01-01', '2025-01-01')).toBe(3);
    for (const [scope, year] of [
      ['XA', 2025],
      ['XD', 2025],
      ['P', 2025],
      ['P', 2024],
      ['XD', 2024],
    ] as const) {
      const p = await progress(scope, year);
      expect(p.admissions.achieved, `${scope} ${year}`).toBe(await reportAdmissions(scope, p.from, p.to));
    }
    // a village scope too
    expect((await progress('A2', 2024)).admissions.achieved).toBe(2);
  });
});
