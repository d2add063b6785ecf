import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';
import { exampleComparison } from './example.register.js';

describe.each(engines)('GET /api/indicators (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null]);

  const get = async (url: string) => {
    const r = await t.app.inject({ method: 'GET', url, headers: t.caller.headers });
    return { status: r.statusCode, body: r.json() };
  };

  it('answers a snapshot with the documented JSON shape', async () => {
    const { status, body } = await get('/api/indicators?scope=P&at=01/06/2013');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      scope: { code: 'P', name: 'Tỉnh Mẫu' }, at: '2013-06-01', villages: 4, white: 1, weak: 2, strong: 1,
      heads: { party: 1, nonParty: 2, vacant: 1 }, members: { total: 5, official: 4, probationary: 1 },
      nonPartyHeadRatio: { count: 2, total: 4, percent: 50, text: '50,00% (2/4)' },
    });
  });

  it('answers a comparison', async () => {
    const { status, body } = await get('/api/indicators?scope=X1&from=2013-06-01&to=2016-01-01');
    expect(status).toBe(200);
    expect(body.changes).toEqual(exampleComparison.changes);
    expect(body.from.at).toBe('2013-06-01');
  });

  it('lists the villages behind a number and behind a flow', async () => {
    const at = await get('/api/indicators/villages?scope=P&at=2013-06-01&category=nonPartyHead');
    expect(at.status).toBe(200);
    expect(at.body.villages.map((v: { code: string }) => v.code)).toEqual(['VB', 'VC']);
    const flow = await get('/api/indicators/villages?scope=X1&from=2013-06-01&to=2016-01-01&category=white&flow=ceased');
    expect(flow.status).toBe(200);
    expect(flow.body).toMatchObject({ count: 1, villages: [{ code: 'VC', to: null, from: { code: 'VC', category: 'white' } }] });
  });

  it('answers mistakes with registry codes', async () => {
    const cases: [string, number, string][] = [
      ['/api/indicators?scope=P&at=2013-02-30', 400, 'VALIDATION_FAILED'],
      ['/api/indicators?scope=NOPE&at=2013-06-01', 404, 'UNIT_NOT_FOUND'],
      ['/api/indicators?scope=X3&at=2013-06-01', 404, 'UNIT_NOT_VALID_AT'],
      ['/api/indicators?scope=P&from=2016-01-01&to=2013-06-01', 400, 'DATE_RANGE_INVALID'],
      ['/api/indicators?scope=P&from=2016-01-01', 400, 'VALIDATION_FAILED'],
      ['/api/indicators/villages?scope=P&at=2013-06-01&category=purple', 400, 'UNKNOWN_CATEGORY'],
      ['/api/indicators/villages?scope=P&from=2013-06-01&to=2016-01-01&category=white', 400, 'VALIDATION_FAILED'],
      ['/api/indicators/villages?scope=P&from=2013-06-01&to=2016-01-01&category=white&flow=gone', 400, 'UNKNOWN_FLOW'],
    ];
    for (const [url, status, code] of cases) {
      const r = await get(url);
      expect([url, r.status, r.body.error?.code]).toEqual([url, status, code]);
    }
    const en = await get('/api/indicators/villages?scope=P&at=2013-06-01&category=purple&lang=en');
    expect(en.body.error.message).toContain('valid categories: white, weak');
  });
});
