import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';

describe.each(engines)('targets and task forces (%s)', (engine) => {
  const t = exampleApp(engine, ['province', 'P']);
  const { get, post } = t;

  it('measures a year against its targets with the indicator engine', async () => {
    expect((await post('/api/targets', { unitCode: 'P', year: 2014, admissions: 2, whiteCleared: 1, partyHeads: 1 })).statusCode).toBe(204);
    const p = (await get('/api/targets?scope=P&year=2014')).json();
    const c = (await get('/api/indicators?scope=P&from=2014-01-01&to=2014-12-31')).json();
    expect(p).toMatchObject({ from: '2014-01-01', to: '2014-12-31', admissions: { target: 2 }, whiteCleared: { target: 1, achieved: c.from.white - c.to.white } });
    expect(p.partyHeads.achieved).toBe(c.to.heads.party - c.from.heads.party);
    expect(p.weakReduced).toEqual({ target: null, achieved: c.from.weak - c.to.weak });
    // N4 was admitted on 2014-06-01 in X1
    expect(p.admissions.achieved).toBeGreaterThanOrEqual(1);
  });

  it('follows a task force\'s villages over its period', async () => {
    const r = await post('/api/task-forces', { name: 'Tổ công tác số 1', unitCode: 'X1', validFrom: '2014-01-01', validTo: '2016-12-31', memberCodes: ['N1'], villageCodes: ['VA', 'VB'] });
    expect(r.statusCode).toBe(201);
    const list = (await get('/api/task-forces')).json();
    const tf = list.find((t: { id: number }) => t.id === r.json().id);
    expect(tf.members).toEqual([{ code: 'N1', name: 'Nguyễn Văn Một' }]);
    const va = (await get('/api/indicators?scope=VA&at=2016-12-31')).json();
    expect(tf.villages.find((v: { code: string }) => v.code === 'VA').to).toMatchObject({ members: va.members.total, official: va.members.official });
  });

  it('refuses a task force that ends before it starts, naming both dates dd/mm/yyyy, and writes nothing', async () => {
    const count = (await get('/api/task-forces')).json().length;
    const body = { name: 'Tổ công tác ngược', unitCode: 'X1', validFrom: '2014-01-01', validTo: '2013-12-31', villageCodes: ['VA'] };
    const r = await post('/api/task-forces', body);
    expect({ status: r.statusCode, code: r.json().error.code }).toEqual({ status: 422, code: 'PERIOD_ENDS_BEFORE_START' });
    expect(r.json().error.messages).toEqual({
      vi: 'Thời gian không hợp lệ: ngày kết thúc (31/12/2013) trước ngày bắt đầu (01/01/2014)',
      en: 'Invalid period: the end date (31/12/2013) is before the start date (01/01/2014)',
    });
    expect(r.json().error.details.issues).toEqual([expect.objectContaining({ field: 'validTo', code: 'PERIOD_ENDS_BEFORE_START' })]);
    expect((await get('/api/task-forces')).json()).toHaveLength(count);
    // one day long is a period
    expect((await post('/api/task-forces', { ...body, validTo: '2014-01-01' })).statusCode).toBe(201);
  });
});
