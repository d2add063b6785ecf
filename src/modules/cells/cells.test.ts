import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';

describe.each(engines)('reinforcement planner and cell founding (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1']);
  const { get, post } = t;

  it('proposes whom to bring in, founds the cell in one go, and the figures follow', async () => {
    // VD has 3 official members at 2020 but no cell of its own
    const plan = (await get('/api/villages/VD/reinforcement?at=2020-06-01')).json();
    expect(plan).toMatchObject({ ownCell: null, official: 3, minimum: 3, shortfall: 0 });
    expect(plan.candidates.map((c: { code: string }) => c.code).sort()).toEqual(['N1', 'N2', 'N3', 'N4']);
    expect(plan.candidates[0]).toMatchObject({ fromCell: 'CA', ownCellOfficial: 4, priority: 3 });

    const before = (await get('/api/indicators?scope=X1&at=2020-08-01')).json();
    const r = await post('/api/villages/VD/cell', { on: '2020-07-01', cellCode: 'CVD', cellName: 'Chi bộ thôn D', parentOrgCode: 'DB', memberCodes: ['N3'], reason: 'Nghị quyết 05 của Đảng ủy xã' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ cell: 'CVD', official: 4 });
    const after = (await get('/api/indicators?scope=X1&at=2020-08-01')).json();
    expect(after.ownCell).toBe(before.ownCell + 1);
    expect(after.noCell).toBe(before.noCell - 1);
    expect((await get('/api/indicators?scope=VD&at=2020-08-01')).json().members.official).toBe(4);
    expect((await get('/api/indicators?scope=VA&at=2020-08-01')).json().members.official).toBe(3);
    expect((await get('/api/indicators?scope=VD&at=2020-06-01')).json().ownCell).toBe(0);
    // N3 moved for reinforcement, audited with the reason given
    const n3 = (await get('/api/people/N3')).json();
    expect(n3.placements.at(-1)).toMatchObject({ cellCode: 'CVD', villageCode: 'VD', reason: 'reinforcement', validFrom: '2020-07-01' });
    expect(n3.history.some((h: { reason: string | null }) => h.reason === 'Nghị quyết 05 của Đảng ủy xã')).toBe(true);
    // CA is down to 3: none of its members may leave now
    const next = (await get('/api/villages/VB/reinforcement?at=2020-08-01')).json();
    expect(next.candidates.filter((c: { fromCell: string }) => c.fromCell === 'CA')).toEqual([]);
  });

  it('refuses a second cell, too few members, and a member the planner would not propose, changing nothing', async () => {
    const again = await post('/api/villages/VD/cell', { on: '2021-01-01', cellCode: 'CVD2', cellName: 'Chi bộ khác', parentOrgCode: 'DB' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CELL_EXISTS');
    const few = await post('/api/villages/VB/cell', { on: '2021-01-01', cellCode: 'CVB', cellName: 'Chi bộ thôn B', parentOrgCode: 'DB' });
    expect([409, 422]).toContain(few.statusCode);
    const stranger = await post('/api/villages/VD/cell', { on: '2019-01-01', cellCode: 'CVX', cellName: 'Chi bộ X', parentOrgCode: 'DB', memberCodes: ['N9'] });
    expect(stranger.statusCode).toBe(422);
    expect((await get('/api/orgs/CVX?at=2019-06-01')).statusCode).toBe(404);
    const outsider = await t.signIn('commune', 'X2');
    expect((await get('/api/villages/VD/reinforcement?at=2020-06-01', outsider)).statusCode).toBe(404);
  });
});
