import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';
import { twoCommunes } from '../../../test/two-communes.js';
import type { Register } from '../register/register.schema.js';
import { exampleRegister } from '../../../test/support/indicators/example.register.js';

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
    const r = await post('/api/villages/VD/cell', {
      on: '2020-07-01',
      cellCode: 'CVD',
      cellName: 'Chi bộ thôn D',
      parentOrgCode: 'DB',
      memberCodes: ['N3'],
      reason: 'Nghị quyết 05 của Đảng ủy xã',
    });
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
    expect(n3.placements.at(-1)).toMatchObject({
      cellCode: 'CVD',
      villageCode: 'VD',
      reason: 'reinforcement',
      validFrom: '2020-07-01',
    });
    expect(n3.history.some((h: { reason: string | null }) => h.reason === 'Nghị quyết 05 của Đảng ủy xã')).toBe(true);
    // CA is down to 3: none of its members may leave now
    const next = (await get('/api/villages/VB/reinforcement?at=2020-08-01')).json();
    expect(next.candidates.filter((c: { fromCell: string }) => c.fromCell === 'CA')).toEqual([]);
  });

  it('refuses a second cell, too few members, and a member the planner would not propose, changing nothing', async () => {
    const again = await post('/api/villages/VD/cell', {
      on: '2021-01-01',
      cellCode: 'CVD2',
      cellName: 'Chi bộ khác',
      parentOrgCode: 'DB',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CELL_EXISTS');
    // CBC has covered VB alone since VC ended: it is VB's own cell
    const covered = await post('/api/villages/VB/cell', {
      on: '2021-01-01',
      cellCode: 'CVB',
      cellName: 'Chi bộ thôn B',
      parentOrgCode: 'DB',
    });
    expect({ status: covered.statusCode, code: covered.json().error.code }).toEqual({
      status: 409,
      code: 'CELL_EXISTS',
    });
    // in mid-2016 VD had no cell and one official member (N9)
    const few = await post('/api/villages/VD/cell', {
      on: '2016-06-01',
      cellCode: 'CVD0',
      cellName: 'Chi bộ thôn D',
      parentOrgCode: 'DB',
    });
    expect({ status: few.statusCode, code: few.json().error.code }).toEqual({ status: 422, code: 'CELL_TOO_FEW' });
    expect(few.json().error.message).toMatch(/ 3 .* 1$/);
    const stranger = await post('/api/villages/VD/cell', {
      on: '2019-01-01',
      cellCode: 'CVX',
      cellName: 'Chi bộ X',
      parentOrgCode: 'DB',
      memberCodes: ['N9'],
    });
    expect(stranger.statusCode).toBe(422);
    expect((await get('/api/orgs/CVX?at=2019-06-01')).statusCode).toBe(404);
    const outsider = await t.signIn('commune', 'X2');
    expect((await get('/api/villages/VD/reinforcement?at=2020-06-01', outsider)).statusCode).toBe(404);
  });
});

/**
 * Commune officials with the agency cells of their communes (cells of the
 * commune itself, covering no village): Q1 of X1; Q2 of X2, living in X2;
 * Q3 of X2, living in X1's village VD.
 */
function withAgencyCells(): Register {
  const r = twoCommunes();
  const always = { validFrom: null, validTo: null };
  r.party_orgs.push(
    { row: 95, code: 'CQ1', name: 'Chi bộ cơ quan xã Một', kind: 'cell', parentCode: 'DB', unitCode: 'X1', ...always },
    { row: 96, code: 'CQ2', name: 'Chi bộ cơ quan xã Hai', kind: 'cell', parentCode: 'DB2', unitCode: 'X2', ...always },
  );
  const official = (personCode: string, fullName: string, residenceVillageCode: string, cellCode: string) => {
    r.people.push({
      row: 95,
      personCode,
      fullName,
      birthDate: '1975-01-01',
      gender: 'male',
      ethnicity: 'Kinh',
      residenceVillageCode,
      communeOfficial: true,
    });
    r.memberships.push({
      row: 95,
      personCode,
      cardNo: null,
      admittedOn: '2000-01-01',
      officialOn: '2001-01-01',
      endedOn: null,
      endReason: null,
    });
    r.placements.push({
      row: 95,
      personCode,
      cellCode,
      villageCode: null,
      validFrom: '2000-01-01',
      validTo: null,
      kind: 'official',
      reason: 'admission',
    });
  };
  official('Q1', 'Cán Bộ Xã Một', 'VA', 'CQ1');
  official('Q2', 'Cán Bộ Xã Hai', 'VE', 'CQ2');
  official('Q3', 'Cán Bộ Xã Hai Ở Thôn D', 'VD', 'CQ2');
  return r;
}

describe.each(engines)('the planner and the founding stay within the scope (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1'], { register: withAgencyCells });
  const { get, post } = t;
  const codes = (plan: { candidates: { code: string; priority: number }[] }) =>
    plan.candidates.map((c) => `${c.code}:${c.priority}`).sort();

  it("proposes the commune's own officials, never another commune's, nor anyone outside the account's scope", async () => {
    const plan = (await get('/api/villages/VD/reinforcement?at=2020-06-01')).json();
    expect(codes(plan)).toEqual(['N1:3', 'N2:3', 'N3:3', 'N4:3', 'Q1:1']);
    expect(plan.candidates[0]).toMatchObject({ code: 'Q1', fromCell: 'CQ1', fromVillage: null });
    expect(plan.candidates[0]).not.toHaveProperty('inCommune');
    // the province sees Q3 too, as a member living in VD (not as one of X1's officials); Q2 never
    const province = await t.signIn('province', 'P');
    expect(codes((await get('/api/villages/VD/reinforcement?at=2020-06-01', province)).json())).toEqual([
      'N1:3',
      'N2:3',
      'N3:3',
      'N4:3',
      'Q1:1',
      'Q3:2',
    ]);
  });

  it('refuses to found a cell with someone outside the scope on the founding day, writing nothing', async () => {
    const body = { on: '2020-07-01', cellCode: 'CVD', cellName: 'Chi bộ thôn D', parentOrgCode: 'DB' };
    const outsider = await post('/api/villages/VD/cell', { ...body, memberCodes: ['Q2'] });
    expect({ status: outsider.statusCode, code: outsider.json().error.code }).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    });
    // Q3 lives in VD, but the founding would end a placement in X2's cell
    const resident = await post('/api/villages/VD/cell', { ...body, memberCodes: ['Q3'] });
    expect({ status: resident.statusCode, code: resident.json().error.code }).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    });
    expect(resident.body).toContain('CQ2');
    expect((await get('/api/orgs/CVD?at=2020-08-01')).statusCode).toBe(404);
    const q3 = (await get('/api/people/Q3', await t.signIn('admin'))).json();
    expect(q3.placements).toEqual([expect.objectContaining({ cellCode: 'CQ2', validTo: null })]);
    // the province may write about X2's official, but X2's official is not one of X1's: not proposed, and refused
    const province = await t.signIn('province', 'P');
    const other = await post('/api/villages/VD/cell', { ...body, memberCodes: ['Q2'] }, province);
    expect({ status: other.statusCode, code: other.json().error.code }).toEqual({
      status: 422,
      code: 'CELL_MEMBER_NOT_ELIGIBLE',
    });
    expect((await get('/api/people/Q2', province)).json().placements).toEqual([
      expect.objectContaining({ cellCode: 'CQ2', validTo: null }),
    ]);
    // with X1's own official it goes through
    expect((await post('/api/villages/VD/cell', { ...body, memberCodes: ['Q1'] })).statusCode).toBe(201);
  });
});

/**
 * The example register where CBC covers VD as well as VB from 2016 (when VD
 * moved into X1), and X1 has a village VF without a cell or members. With
 * `memberInVB`, N5 takes part in CBC for VB from 2019.
 */
function combinedOverVD(memberInVB: boolean) {
  return () => {
    const r = exampleRegister();
    r.units.push({
      row: 90,
      code: 'VF',
      name: 'Thôn F',
      level: 'village',
      subtype: 'Thôn',
      parentCode: 'X1',
      validFrom: null,
      validTo: null,
    });
    r.cell_villages.push({ row: 90, cellCode: 'CBC', villageCode: 'VD', validFrom: '2016-01-01', validTo: null });
    if (memberInVB)
      r.placements.push({
        row: 90,
        personCode: 'N5',
        cellCode: 'CBC',
        villageCode: 'VB',
        validFrom: '2019-01-01',
        validTo: null,
        kind: 'official',
        reason: 'transfer',
      });
    return r;
  };
}

const founding = { on: '2020-07-01', cellCode: 'CVD', cellName: 'Chi bộ thôn D', parentOrgCode: 'DB' };

describe.each(engines)('founding a cell out of a combined cell (%s)', (engine) => {
  describe('with a member of the village left behind', () => {
    const t = exampleApp(engine, ['commune', 'X1'], { register: combinedOverVD(true) });
    const { get, post } = t;

    it("says what founding leaves of the combined cell, and refuses without the clerk's choice", async () => {
      const plan = (await get('/api/villages/VD/reinforcement?at=2020-06-01')).json();
      expect(plan).toMatchObject({
        ownCell: null,
        coveredBy: ['CBC'],
        official: 3,
        combined: [{ cell: 'CBC', name: 'Chi bộ ghép B-C', villages: ['VB'], choiceNeeded: true }],
      });
      const r = await post('/api/villages/VD/cell', founding);
      expect({ status: r.statusCode, code: r.json().error.code }).toEqual({
        status: 422,
        code: 'COMBINED_CELL_LEFT_ALONE',
      });
      expect(r.json().error.messages.vi).toContain('"CBC"');
      expect(r.json().error.messages.vi).toContain('"VB"');
      expect(r.json().error.messages.en).toContain('combined cell "CBC" with one village ("VB")');
      expect((await get('/api/orgs/CVD?at=2020-08-01')).statusCode).toBe(404);
    });

    it('refuses to close it while a member would be left without a placement, and a village that cannot join', async () => {
      const close = await post('/api/villages/VD/cell', {
        ...founding,
        combined: [{ cellCode: 'CBC', action: 'close' }],
      });
      expect({ status: close.statusCode, code: close.json().error.code }).toEqual({
        status: 422,
        code: 'COMBINED_CELL_MEMBERS_LEFT',
      });
      expect(close.json().error.messages.vi).toContain('N5');
      expect(close.json().error.messages.en).toContain('01/07/2020');
      // VA has its own cell; VD is the village founding its own
      for (const villageCode of ['VA', 'VD']) {
        const bad = await post('/api/villages/VD/cell', {
          ...founding,
          combined: [{ cellCode: 'CBC', action: 'attach', villageCode }],
        });
        expect({ status: bad.statusCode, code: bad.json().error.code }).toEqual({
          status: 422,
          code: 'COMBINED_CELL_ATTACH_INVALID',
        });
      }
      const noVillage = await post('/api/villages/VD/cell', {
        ...founding,
        combined: [{ cellCode: 'CBC', action: 'attach' }],
      });
      expect(noVillage.statusCode).toBe(400);
      const notCombined = await post('/api/villages/VD/cell', {
        ...founding,
        combined: [
          { cellCode: 'CBC', action: 'close' },
          { cellCode: 'CA', action: 'close' },
        ],
      });
      expect(notCombined.statusCode).toBe(400);
      expect((await get('/api/orgs/CVD?at=2020-08-01')).statusCode).toBe(404);
    });

    it('attaches another village of the commune: one more own cell, exactly, and the combined cell stays combined', async () => {
      const before = (await get('/api/indicators?scope=X1&at=2020-08-01')).json();
      expect(before).toMatchObject({ ownCell: 1, combinedOnly: 2, noCell: 1 });
      const r = await post('/api/villages/VD/cell', {
        ...founding,
        combined: [{ cellCode: 'CBC', action: 'attach', villageCode: 'VF' }],
      });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({
        cell: 'CVD',
        official: 3,
        combined: [{ cell: 'CBC', outcome: 'attached', villages: ['VB', 'VF'] }],
      });
      const after = (await get('/api/indicators?scope=X1&at=2020-08-01')).json();
      expect(after.ownCell).toBe(before.ownCell + 1);
      expect(after.combinedOnly).toBe(2);
      expect(after.noCell).toBe(before.noCell - 1);
      const combined = (await get('/api/indicators/villages?scope=X1&at=2020-08-01&category=combinedOnly')).json();
      expect(combined.villages.map((v: { code: string }) => v.code).sort()).toEqual(['VB', 'VF']);
      // the day before, nothing changed
      expect((await get('/api/indicators?scope=X1&at=2020-06-30')).json()).toMatchObject({
        ownCell: 1,
        combinedOnly: 2,
        noCell: 1,
      });
    });
  });

  describe('with nobody left behind', () => {
    const t = exampleApp(engine, ['commune', 'X1'], { register: combinedOverVD(false) });
    const { get, post } = t;

    it('closes the combined cell on the founding day: one more own cell, exactly, and VB has none', async () => {
      const before = (await get('/api/indicators?scope=X1&at=2020-08-01')).json();
      const r = await post('/api/villages/VD/cell', {
        ...founding,
        combined: [{ cellCode: 'CBC', action: 'close' }],
        reason: 'Quyết định 12 của Đảng ủy xã',
      });
      expect(r.statusCode).toBe(201);
      expect(r.json().combined).toEqual([{ cell: 'CBC', outcome: 'closed', villages: [] }]);
      const after = (await get('/api/indicators?scope=X1&at=2020-08-01')).json();
      expect(after.ownCell).toBe(before.ownCell + 1);
      expect(after.combinedOnly).toBe(before.combinedOnly - 2);
      expect(after.noCell).toBe(before.noCell + 1);
      expect((await get('/api/orgs/CBC?at=2020-06-30')).statusCode).toBe(200);
      expect((await get('/api/orgs/CBC?at=2020-08-01')).statusCode).toBe(404);
      // its secretary's term ended with it; VD's members moved to the new cell
      const n7 = (await get('/api/people/N7')).json();
      expect(n7.secretaryTerms).toContainEqual(expect.objectContaining({ cellCode: 'CBC', validTo: '2020-07-01' }));
      expect((await get('/api/indicators?scope=VD&at=2020-08-01')).json()).toMatchObject({
        ownCell: 1,
        members: { official: 3 },
      });
    });
  });
});
