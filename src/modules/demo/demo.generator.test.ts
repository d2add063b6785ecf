/** The demo's generator, without a database: the register it makes, its rules and its trends. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../register/register.schema.js';
import { referenceSnapshot } from '../../../test/support/indicators/reference.js';
import { checkDemoRules } from '../../../test/support/demo/checks.js';
import { DEFAULT_SEED, generateDemo, PEOPLE_PER_VILLAGE } from './demo.generator.js';
import { DEMO_DATES as DATES, DEMO_TODAY as TODAY, demoFigures } from '../../../test/support/demo/stats.js';

describe('generateDemo', () => {
  let reg: Register;
  beforeAll(() => {
    reg = generateDemo();
  });

  it('gives the same register for the same seed and another for another seed', { timeout: 600_000 }, () => {
    expect(generateDemo({ seed: DEFAULT_SEED })).toEqual(reg);
    const c = generateDemo({ seed: DEFAULT_SEED + 1 });
    expect(c.people.slice(0, 100).map((p) => p.fullName)).not.toEqual(reg.people.slice(0, 100).map((p) => p.fullName));
    expect(c.memberships.length).not.toBe(reg.memberships.length);
  });

  it('numbers the rows of each sheet as Excel shows them', () => {
    for (const [sheet, rows] of Object.entries(reg)) {
      const wrong = (rows as { row: number }[]).findIndex((r, i) => r.row !== i + 2);
      expect({ sheet, wrong }).toEqual({ sheet, wrong: -1 });
    }
  });

  it('carries the real units of Hưng Yên and Thái Bình, merged into Hưng Yên in the 2025 reform', () => {
    const at = (d: string) =>
      reg.units.filter((u) => (u.validFrom === null || u.validFrom <= d) && (u.validTo === null || d < u.validTo));
    const before = at('2025-06-30');
    const after = at('2025-07-01');
    expect(before.filter((u) => u.level === 'province').map((u) => [u.code, u.name])).toEqual([
      ['33', 'Tỉnh Hưng Yên'],
      ['34', 'Tỉnh Thái Bình'],
    ]);
    expect(after.filter((u) => u.level === 'province').map((u) => [u.code, u.name])).toEqual([['33', 'Tỉnh Hưng Yên']]);
    const districtsOf = (p: string) => before.filter((u) => u.level === 'district' && u.parentCode === p).length;
    expect([districtsOf('33'), districtsOf('34')]).toEqual([10, 8]);
    expect(after.filter((u) => u.level === 'district')).toHaveLength(0);
    // Every pre-reform commune of the two provinces in the official list, and the 104 new communes of today's Hưng Yên.
    expect(before.filter((u) => u.level === 'commune')).toHaveLength(139 + 242);
    expect(after.filter((u) => u.level === 'commune')).toHaveLength(104);
    expect(after.filter((u) => u.level === 'commune').every((u) => u.parentCode === '33')).toBe(true);
    expect(reg.unit_lineage.filter((l) => l.fromCode === '34')).toEqual([
      expect.objectContaining({ toCode: '33', on: '2025-07-01', kind: 'merge' }),
    ]);
    // Every old commune that does not keep its code has lineage to its successors on 1/7/2025.
    const keep = new Set(after.filter((u) => u.level === 'commune').map((u) => u.code));
    const lineageFrom = new Set(reg.unit_lineage.filter((l) => l.on === '2025-07-01').map((l) => l.fromCode));
    for (const c of before.filter((u) => u.level === 'commune' && !keep.has(u.code)))
      expect(lineageFrom.has(c.code)).toBe(true);
    expect(
      reg.unit_lineage
        .filter((l) => l.on === '2025-07-01' && l.kind === 'split')
        .map((l) => l.fromCode)
        .sort(),
    ).toEqual(['11989', '11989', '12004', '12322']);
    // Villages keep their code and move to the new commune; local words follow the old commune's type.
    const typeOf = new Map(before.filter((u) => u.level === 'commune').map((u) => [u.code, u.subtype]));
    const word: Record<string, string> = { Xã: 'Thôn', Phường: 'Tổ dân phố', 'Thị trấn': 'Khu phố' };
    for (const v of before.filter((u) => u.level === 'village')) {
      expect(v.subtype).toBe(word[typeOf.get(v.parentCode!)!]);
      expect(v.code.startsWith(`${v.parentCode}-`)).toBe(true);
    }
    const afterVillages = new Map(after.filter((u) => u.level === 'village').map((u) => [u.code, u]));
    for (const v of before.filter((u) => u.level === 'village'))
      expect(keep.has(afterVillages.get(v.code)!.parentCode!)).toBe(true);
  });

  it('has 1,079 villages in the old Hưng Yên in 2013, as many for its size in Thái Bình, 60,000 people per 1,079 villages, 5% of them commune officials', () => {
    expect(demoFigures(reg, '2013-06-30', '33').villages).toBe(1079);
    expect(demoFigures(reg, '2017-06-30', '33').villages).toBe(1082);
    const thaiBinh = demoFigures(reg, '2013-06-30', '34').villages;
    // 242 old communes of 5-14 villages each
    expect(thaiBinh).toBeGreaterThan(242 * 5);
    expect(thaiBinh).toBeLessThan(242 * 14);
    const laid = reg.units.filter((u) => u.level === 'village' && u.validFrom === null).length;
    expect(reg.people).toHaveLength(Math.round(laid * PEOPLE_PER_VILLAGE));
    const officials = reg.people.filter((p) => p.communeOfficial).length / reg.people.length;
    expect(officials).toBeGreaterThan(0.045);
    expect(officials).toBeLessThan(0.055);
    expect(reg.people.filter((p) => p.ethnicity === 'Kinh').length / reg.people.length).toBeGreaterThan(0.98);
    const nguyen = reg.people.filter((p) => p.fullName.startsWith('Nguyễn ')).length / reg.people.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.45);
    expect(reg.unit_lineage.filter((l) => l.on !== '2025-07-01').map((l) => l.kind)).toEqual(
      expect.arrayContaining(['split', 'merge']),
    );
  });

  it('obeys the rules: ages, probation, cards, placements, terms', () => {
    const report = checkDemoRules(reg, TODAY);
    expect(report.violations).toEqual([]);
    expect(report.admittedOver60).toBeLessThanOrEqual(reg.memberships.length * 0.001);
    const reasons = new Set(reg.memberships.map((m) => m.endReason));
    expect([...reasons].sort()).toEqual(['death', 'expelled', 'removed', 'resigned', null].sort());
    const placementReasons = new Set(reg.placements.map((p) => p.reason));
    for (const r of ['admission', 'transfer', 'reinforcement', 'return', 'other'])
      expect(placementReasons.has(r as never)).toBe(true);
    expect(reg.placements.some((p) => p.kind === 'temporary')).toBe(true);
    expect(reg.head_terms.some((h) => h.how === 'interim')).toBe(true);
  });

  it('the rule checks catch broken registers', () => {
    const broken = structuredClone(reg);
    const m = broken.memberships.find((x) => x.officialOn !== null)!;
    m.officialOn = m.admittedOn; // no probation
    const n = broken.memberships.find((x) => x.officialOn === null && x.endedOn === null)!;
    n.cardNo = '33.999999'; // card before official recognition
    const h = broken.head_terms[1];
    broken.head_terms.push({ ...h, row: 0, personCode: broken.people[0].personCode }); // two heads at once
    const p = broken.placements.find((x) => x.kind === 'official' && x.validTo !== null)!;
    broken.placements.push({ ...p, row: 0, cellCode: 'CB-11950-CQ' }); // two official placements at once
    const old = broken.head_terms[2];
    broken.people.find((x) => x.personCode === old.personCode)!.birthDate = '1900-01-01'; // a head starting a term past the demo's ceiling
    // a cell left with fewer official members than the rules ask: every official placement in it but two ends when it opens
    const cell = broken.party_orgs.find((o) => o.kind === 'cell' && o.validFrom !== null && o.validTo === null)!;
    const inCell = broken.placements.filter((x) => x.kind === 'official' && x.cellCode === cell.code);
    for (const x of inCell.slice(2)) x.cellCode = 'CB-11950-CQ';
    const violations = checkDemoRules(broken, TODAY).violations.join('\n');
    expect(violations).toContain('not 12 months after admission');
    expect(violations).toContain('card 33.999999');
    expect(violations).toContain('two heads at once');
    expect(violations).toContain('two official placements at once');
    expect(violations).toContain(`head ${old.villageCode} ${old.validFrom}: head past 70`);
    expect(violations).toContain(`cell ${cell.code}`);
  });

  it('moves like the source article in the old Hưng Yên, and alike in Thái Bình: fewer white and weak villages, fewer non-party heads', () => {
    const [y2013, y2017] = DATES.map((d) => demoFigures(reg, d, '33'));
    // today's Hưng Yên holds both
    const now = demoFigures(reg, TODAY, '33');
    expect(now.villages).toBe(demoFigures(reg, TODAY).villages);
    const [t2013, t2017] = DATES.map((d) => demoFigures(reg, d, '34'));
    expect(t2017.white).toBeLessThan(t2013.white);
    expect(t2017.weak).toBeLessThan(t2013.weak);
    expect(t2017.nonPartyHeadPercent).toBeLessThan(t2013.nonPartyHeadPercent);
    expect(y2013.white).toBeGreaterThanOrEqual(40);
    expect(y2013.white).toBeLessThanOrEqual(60);
    expect(y2017.white).toBeLessThanOrEqual(12);
    expect(now.white).toBeLessThanOrEqual(2);
    expect(y2013.weak - y2017.weak).toBeGreaterThanOrEqual(80);
    expect(y2013.weak - y2017.weak).toBeLessThanOrEqual(130);
    expect(y2017.noCell).toBeLessThan(y2013.noCell);
    expect(now.noCell).toBeLessThan(y2017.noCell + t2017.noCell);
    expect(y2013.nonPartyHeadPercent).toBeGreaterThanOrEqual(55);
    expect(y2013.nonPartyHeadPercent).toBeLessThanOrEqual(60);
    expect(y2017.nonPartyHeadPercent).toBeGreaterThanOrEqual(47);
    expect(y2017.nonPartyHeadPercent).toBeLessThanOrEqual(53);
    expect(now.nonPartyHeadPercent).toBeGreaterThanOrEqual(28);
    expect(now.nonPartyHeadPercent).toBeLessThanOrEqual(42);
  });

  it('counts as the reference implementation does, in a commune of each old province', { timeout: 600_000 }, () => {
    const d = '2017-06-30';
    const thaiBinh = reg.units.find(
      (u) =>
        u.level === 'commune' &&
        u.validTo === '2025-07-01' &&
        reg.units.some((x) => x.code === u.parentCode && x.parentCode === '34'),
    )!;
    for (const scope of ['11953', thaiBinh.code]) {
      const ref = referenceSnapshot(reg, scope, d);
      const mine = demoFigures(reg, d, scope);
      expect(mine.villages).toBeGreaterThan(0);
      expect({
        villages: ref.villages,
        white: ref.white,
        weak: ref.weak,
        noCell: ref.noCell,
        nonParty: ref.heads.nonParty,
        members: ref.members.total,
      }).toEqual({
        villages: mine.villages,
        white: mine.white,
        weak: mine.weak,
        noCell: mine.noCell,
        nonParty: mine.nonPartyHead,
        members: mine.members,
      });
    }
  });
});
