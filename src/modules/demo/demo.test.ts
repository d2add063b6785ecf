import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines, firstEngineRun } from '../../../test/db.js';
import type { Database } from '../../platform/db.js';
import type { Register } from '../register/register.schema.js';
import { compareFlows, snapshot } from '../indicators/indicators.service.js';
import { buildReport } from '../reports/reports.service.js';
import { checkCodes, runChecks } from '../checks/checks.service.js';
import { formatNumberVi } from '../../platform/dates.js';
import { referenceSnapshot } from '../../../test/support/indicators/reference.js';
import { checkDemoRules } from '../../../test/support/demo/checks.js';
import { DEFAULT_SEED, generateDemo, PEOPLE_PER_VILLAGE } from './demo.generator.js';
import { isDatabaseEmpty, loadDemo, rebuildDemo } from './demo.service.js';
import { demoAccounts, formatDemoPasswords } from './demo.accounts.js';
import { findAccount } from '../auth/accounts.repository.js';
import { verifyPassword } from '../auth/passwords.js';
import { demoFigures } from '../../../test/support/demo/stats.js';
import { resultPeriods } from './demo.portal.js';
import {
  checkResultsArticle,
  countsInInventedText,
  isResultsArticle,
  publishedArticles,
} from '../../../test/article-figures.js';

const TODAY = '2026-11-27';
const DATES = ['2013-06-30', '2017-06-30', TODAY];

describe.runIf(firstEngineRun)('generateDemo', () => {
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

describe.each(engines)('the demo on %s', (engine) => {
  let database: Database;
  let firstPasswords: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('loads into an empty database with no errors, and the engine sees its trends', { timeout: 900_000 }, async () => {
    const { db } = database;
    expect(await isDatabaseEmpty(db)).toBe(true);
    const progress: string[] = [];
    const summary = await loadDemo(db, { onProgress: (m) => progress.push(m) });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings.every((w) => w.code === 'IMPORT_ADMITTED_TOO_OLD')).toBe(true);
    expect(summary.changes.people.inserted).toBe(generateDemo().people.length);
    expect(progress.length).toBeGreaterThan(2);
    expect(await isDatabaseEmpty(db)).toBe(false);
    // every demo account has its own random one-time password, returned (to be printed) once and to be changed at first sign-in
    expect(summary.accounts.map((a) => a.username)).toEqual(demoAccounts.map((a) => a.username));
    for (const a of summary.accounts) expect(a.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(new Set(summary.accounts.map((a) => a.password)).size).toBe(demoAccounts.length);
    for (const a of summary.accounts) {
      const row = await findAccount(db, a.username);
      expect({
        u: a.username,
        mustChange: row?.mustChangePassword,
        ok: await verifyPassword(row!.passwordHash, a.password),
      }).toEqual({ u: a.username, mustChange: true, ok: true });
    }
    firstPasswords = summary.accounts.map((a) => a.password);
    expect(formatDemoPasswords(summary.accounts)).toMatch(new RegExp(`demo-tinh +${summary.accounts[1].password}`));
    const reg = generateDemo();
    for (const [scope, d] of [...DATES.map((d) => ['33', d]), ['34', '2017-06-30']]) {
      const s = await snapshot(db, scope, d);
      const f = demoFigures(reg, d, scope);
      expect({
        scope,
        d,
        villages: s.villages,
        white: s.white,
        weak: s.weak,
        noCell: s.noCell,
        nonParty: s.heads.nonParty,
        members: s.members.total,
      }).toEqual({
        scope,
        d,
        villages: f.villages,
        white: f.white,
        weak: f.weak,
        noCell: f.noCell,
        nonParty: f.nonPartyHead,
        members: f.members,
      });
    }
  });

  it("publishes results articles whose every number is the engine's, and no count of the register in the others", {
    timeout: 300_000,
  }, async () => {
    const { db } = database;
    const articles = await publishedArticles(db);
    const results = articles.filter(isResultsArticle);
    expect(results.map((a) => a.source)).toEqual(
      resultPeriods.map(({ from, to }) => ({ kind: 'report', scope: '33', from, to, lang: 'vi' })),
    );
    expect(results[0].summary).toMatch(/^Từ năm 2013 đến năm 2017, đã xóa được /);
    for (const a of results) await checkResultsArticle(db, a);
    for (const a of articles.filter((x) => !isResultsArticle(x)))
      expect({ title: a.title, counts: countsInInventedText(a) }).toEqual({ title: a.title, counts: [] });
  });

  it('merges Thái Bình into Hưng Yên on 1/7/2025: its villages are new in the flows, joined, and the report says so', {
    timeout: 180_000,
  }, async () => {
    const { db } = database;
    const [d1, d2] = ['2024-07-01', '2026-07-01'];
    const before = await snapshot(db, '33', d1);
    const thaiBinh = await snapshot(db, '34', d1);
    const after = await snapshot(db, '33', d2);
    // the scope at a date is the tree valid then: before the merger Hưng Yên's villages are not Thái Bình's
    expect(before.villages).toBe(demoFigures(generateDemo(), d1, '33').villages);
    expect(thaiBinh.villages).toBeGreaterThan(0);
    // no village was founded, merged or split in the period: today's province is the two old ones
    expect(after.villages).toBe(before.villages + thaiBinh.villages);
    const c = await compareFlows(db, '33', d1, d2, ['all', 'white', 'weak', 'strong', 'noCell', 'nonPartyHead']);
    expect(c.changes.all).toMatchObject({
      from: before.villages,
      to: after.villages,
      new: thaiBinh.villages,
      ceased: 0,
    });
    expect(c.moves.all).toEqual({ joined: thaiBinh.villages, departed: 0 });
    // every village of Thái Bình is new in exactly one member group, as it stands at the second date
    expect(c.changes.white.new + c.changes.weak.new + c.changes.strong.new).toBe(thaiBinh.villages);
    for (const g of ['white', 'weak', 'strong'] as const) expect(c.moves[g].joined).toBe(c.changes[g].new);
    const report = await buildReport(db, { scope: '33', from: d1, to: d2 });
    expect(report.narrative.vi).toContain(
      `Do sáp nhập, điều chỉnh đơn vị hành chính, ${formatNumberVi(thaiBinh.villages)} thôn, tổ dân phố nhập vào phạm vi báo cáo`,
    );
    expect(report.narrative.en).toContain(
      `${thaiBinh.villages.toLocaleString('en-US')} villages and residential groups entered the scope of the report`,
    );
    // the province's figures by commune today: every one of the 104 communes of the map has villages
    const communes = generateDemo().units.filter((u) => u.level === 'commune' && u.validFrom === '2025-07-01');
    expect(communes).toHaveLength(104);
    for (const u of communes)
      expect({ code: u.code, villages: (await snapshot(db, u.code, d2)).villages > 0 }).toEqual({
        code: u.code,
        villages: true,
      });
  });

  it('compares a new commune formed from several old communes across 1/7/2025', { timeout: 120_000 }, async () => {
    const { db } = database;
    const reg = generateDemo();
    const [d1, d2] = ['2025-06-30', '2025-07-01'];
    const at = (d: string) =>
      new Map(
        reg.units
          .filter((u) => (u.validFrom === null || u.validFrom <= d) && (u.validTo === null || d < u.validTo))
          .map((u) => [u.code, u]),
      );
    const [old, now] = [at(d1), at(d2)];
    const provinceOf = (code: string): string =>
      old.get(code)!.level === 'province' ? code : provinceOf(old.get(code)!.parentCode!);
    const reform = reg.unit_lineage.filter((l) => l.on === d2 && old.get(l.fromCode)?.level === 'commune');
    const predecessors = new Map<string, string[]>();
    for (const l of reform) predecessors.set(l.toCode, [...(predecessors.get(l.toCode) ?? []), l.fromCode]);
    // The official lineage forms no commune from communes of both old provinces; one formed whole from several communes is taken instead.
    expect([...predecessors].filter(([to, from]) => new Set([to, ...from].map(provinceOf)).size > 1)).toEqual([]);
    const whole = (code: string) =>
      reform.filter((l) => l.fromCode === code).length === 1 &&
      reform.every((l) => l.fromCode !== code || l.kind === 'merge');
    const [commune, merged] = [...predecessors].find(
      ([to, from]) => now.has(to) && from.length >= 2 && from.every(whole) && !reform.some((l) => l.fromCode === to),
    )!;
    const parts = await Promise.all([commune, ...merged].map((code) => snapshot(db, code, d1)));
    const c = await compareFlows(db, commune, d1, d2, ['all']);
    // at D1 the code names the old commune that kept it; the villages of the others joined it
    expect(c.changes.all).toMatchObject({
      from: parts[0].villages,
      to: parts.reduce((a, p) => a + p.villages, 0),
      ceased: 0,
    });
    expect(c.moves.all).toEqual({ joined: c.changes.all.new, departed: 0 });
    expect(c.changes.all.new).toBe(parts.slice(1).reduce((a, p) => a + p.villages, 0));
    const report = await buildReport(db, { scope: commune, from: '2025-01-01', to: '2026-01-01' });
    expect(report.narrative.vi).toContain(
      `${formatNumberVi(c.changes.all.new)} thôn, tổ dân phố nhập vào phạm vi báo cáo`,
    );
  });

  it('has none of the data-quality findings the demo promises not to have, over all history', {
    timeout: 180_000,
  }, async () => {
    // Probation overdue is judged against the real today: past the demo's last day, its latest admissions fall due.
    const promised = checkCodes.filter((c) => c !== 'PROBATION_OVERDUE');
    const result = await runChecks(database.db, { all: true });
    const found = result.findings.filter((f) => (promised as readonly string[]).includes(f.code));
    expect(found.slice(0, 5).map((f) => `${f.code}: ${f.message}`)).toEqual([]);
  });

  it('rebuilds from scratch with another seed', { timeout: 900_000 }, async () => {
    const { db } = database;
    const summary = await rebuildDemo(db, { seed: 7 });
    expect(summary.errors).toEqual([]);
    // a rebuild gives the demo accounts new one-time passwords: the old ones no longer sign in
    expect(summary.accounts).toHaveLength(demoAccounts.length);
    for (const [i, a] of summary.accounts.entries()) {
      const row = await findAccount(db, a.username);
      expect(a.password).not.toBe(firstPasswords[i]);
      expect(await verifyPassword(row!.passwordHash, firstPasswords[i])).toBe(false);
      expect(await verifyPassword(row!.passwordHash, a.password)).toBe(true);
    }
    const reg = generateDemo({ seed: 7 });
    // Everything was inserted anew: the old register is gone, ids restarted.
    expect(summary.changes.memberships.inserted).toBe(reg.memberships.length);
    expect(summary.changes.memberships.unchanged).toBe(0);
    const s = await snapshot(db, '33', '2013-06-30');
    expect(s.white).toBe(demoFigures(reg, '2013-06-30', '33').white);
  });
});
