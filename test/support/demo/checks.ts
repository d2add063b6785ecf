/**
 * The rules of docs/domain.md checked over a whole register, stricter than the
 * importer (which only rejects what is impossible), each limit read from the
 * rule set in force on the day it applies to (common/rules.ts): admission
 * age, probation exactly as long as the rules say, cards only once official,
 * contiguous official placements from admission to the end of each episode,
 * heads of the least age on the term's first day, interim heads within the
 * limit, elected terms no longer than the province's term, every cell with
 * the official members a cell needs on every day of the history, secretaries
 * placed in their cell for their whole term; and the demo's own ceiling on
 * the age at which a head's or secretary's term starts. Returns the
 * violations found, empty when the register obeys.
 */
import { needsConsent, rulesAt } from '../../../common/rules.js';
import type { IsoDate, MembershipRow, Register } from '../../../src/modules/register/register.schema.js';
import { ageInMonths } from '../../../src/modules/register/register.validate-time.js';
import { addMonths, isoOf, parseDay } from '../../../src/modules/demo/demo.dates.js';
import { MAX_AGE_STARTING_TERM, START } from '../../../src/modules/demo/demo.model.js';

type Interval = [IsoDate | null, IsoDate | null];
const lo = (d: IsoDate | null) => d ?? '0000-01-01';
const hi = (d: IsoDate | null) => d ?? '9999-12-31';
const plusMonths = (d: IsoDate, n: number) => isoOf(addMonths(parseDay(d), n))!;

/** Whether the intervals, taken together, cover [from, to) without a gap. */
function covers(intervals: Interval[], from: IsoDate | null, to: IsoDate | null): boolean {
  const sorted = [...intervals].sort((a, b) => (lo(a[0]) < lo(b[0]) ? -1 : 1));
  let cursor = lo(from);
  for (const [a, b] of sorted) {
    if (lo(a) > cursor) break;
    if (hi(b) > cursor) cursor = hi(b);
  }
  return cursor >= hi(to);
}

function overlapping<R>(rows: R[], key: (r: R) => string, span: (r: R) => Interval): R[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const bad: R[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (lo(span(a)[0]) < lo(span(b)[0]) ? -1 : 1));
    for (let i = 1; i < list.length; i++) if (lo(span(list[i])[0]) < hi(span(list[i - 1])[1])) bad.push(list[i]);
  }
  return bad;
}

function groupBy<R>(rows: R[], key: (r: R) => string): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

export interface RuleReport {
  violations: string[];
  /** Admissions past the age that needs the provincial committee's consent: legal with it, so only counted. */
  admittedOver60: number;
}

/** Checks every rule of the demo over the register; `today` is the last day its history reaches. */
export function checkDemoRules(reg: Register, today: IsoDate): RuleReport {
  const v: string[] = [];
  const people = new Map(reg.people.map((p) => [p.personCode, p]));
  const unitSpans = groupBy(reg.units, (u) => u.code);
  const orgSpans = groupBy(reg.party_orgs, (o) => o.code);
  const memberships = groupBy(reg.memberships, (m) => m.personCode);
  let admittedOver60 = 0;
  const cards = new Set<string>();
  const provinces = new Set(reg.units.filter((u) => u.level === 'province').map((u) => u.code));

  for (const m of reg.memberships) {
    const at = `membership ${m.personCode} ${m.admittedOn}`;
    const rules = rulesAt(m.admittedOn);
    const birth = people.get(m.personCode)?.birthDate;
    if (!birth) v.push(`${at}: no birth date`);
    else if (ageInMonths(birth, m.admittedOn) < rules.admission.minAgeMonths)
      v.push(`${at}: admitted under ${rules.admission.minAgeMonths} months of age`);
    else if (needsConsent(ageInMonths(birth, m.admittedOn), m.admittedOn)) admittedOver60++;
    const probationEnd = plusMonths(m.admittedOn, rules.probation.months);
    if (m.officialOn !== null && m.officialOn !== probationEnd)
      v.push(`${at}: official on ${m.officialOn}, not ${rules.probation.months} months after admission`);
    if (m.officialOn === null && probationEnd <= today && !(m.endedOn !== null && m.endedOn <= probationEnd))
      v.push(`${at}: never made official nor removed`);
    if (m.endReason === 'removed' && m.officialOn === null && m.endedOn !== probationEnd)
      v.push(`${at}: removed on ${m.endedOn}, not at the end of probation`);
    if ((m.cardNo !== null) !== (m.officialOn !== null))
      v.push(`${at}: card ${m.cardNo} with official date ${m.officialOn}`);
    if (m.cardNo !== null) {
      if (!/^\d{2}\.\d{6}$/.test(m.cardNo) || !provinces.has(m.cardNo.slice(0, 2)))
        v.push(`${at}: card ${m.cardNo} is not NN.NNNNNN with a province's code`);
      if (cards.has(m.cardNo)) v.push(`${at}: card ${m.cardNo} issued twice`);
      cards.add(m.cardNo);
    }
    if ((m.endedOn === null) !== (m.endReason === null)) v.push(`${at}: end ${m.endedOn} with reason ${m.endReason}`);
    if (
      m.endReason === 'expelled' &&
      rulesAt(m.endedOn!).membership.expelOfficialOnly &&
      (m.officialOn === null || m.officialOn > m.endedOn!)
    )
      v.push(`${at}: expelled while probationary`);
    if (
      m.admittedOn > today ||
      (m.endedOn !== null && m.endedOn > today) ||
      (m.officialOn !== null && m.officialOn > today)
    )
      v.push(`${at}: a date after today`);
  }
  for (const m of overlapping(
    reg.memberships,
    (r) => r.personCode,
    (r) => [r.admittedOn, r.endedOn],
  ))
    v.push(`membership ${m.personCode}: overlapping episodes`);

  const episodeOf = (code: string, from: IsoDate | null, to: IsoDate | null): MembershipRow | undefined =>
    (memberships.get(code) ?? []).find((m) => from !== null && m.admittedOn <= from && hi(to) <= hi(m.endedOn));
  for (const p of reg.placements) {
    const at = `placement ${p.personCode} ${p.cellCode} ${p.validFrom}`;
    if (!episodeOf(p.personCode, p.validFrom, p.validTo)) v.push(`${at}: outside every membership`);
    if (
      !covers(
        (orgSpans.get(p.cellCode) ?? []).map((o) => [o.validFrom, o.validTo]),
        p.validFrom,
        p.validTo,
      )
    )
      v.push(`${at}: cell not valid throughout`);
    if (
      p.villageCode &&
      !covers(
        (unitSpans.get(p.villageCode) ?? []).map((u) => [u.validFrom, u.validTo]),
        p.validFrom,
        p.validTo,
      )
    )
      v.push(`${at}: village not valid throughout`);
  }
  for (const p of overlapping(
    reg.placements.filter((r) => r.kind === 'official'),
    (r) => r.personCode,
    (r) => [r.validFrom, r.validTo],
  )) {
    v.push(`placement ${p.personCode} ${p.validFrom}: two official placements at once`);
  }
  // Within each episode the official placements run back to back from admission to the end.
  const official = groupBy(
    reg.placements.filter((p) => p.kind === 'official'),
    (p) => p.personCode,
  );
  for (const m of reg.memberships) {
    const chain = (official.get(m.personCode) ?? [])
      .filter((p) => p.validFrom! >= m.admittedOn && hi(p.validTo) <= hi(m.endedOn))
      .sort((a, b) => (a.validFrom! < b.validFrom! ? -1 : 1));
    const at = `membership ${m.personCode} ${m.admittedOn}`;
    if (chain.length === 0) {
      v.push(`${at}: no official placement`);
      continue;
    }
    if (chain[0].validFrom !== m.admittedOn || chain[0].reason !== 'admission')
      v.push(`${at}: first placement ${chain[0].validFrom} ${chain[0].reason}`);
    for (let i = 1; i < chain.length; i++)
      if (chain[i].validFrom !== chain[i - 1].validTo) v.push(`${at}: gap or overlap before ${chain[i].validFrom}`);
    if (chain[chain.length - 1].validTo !== m.endedOn)
      v.push(`${at}: placements end ${chain[chain.length - 1].validTo}, membership ${m.endedOn}`);
  }
  for (const p of reg.placements.filter((r) => r.kind === 'temporary')) {
    if (
      !(official.get(p.personCode) ?? []).some(
        (o) => lo(o.validFrom) <= lo(p.validFrom) && lo(p.validFrom) < hi(o.validTo),
      )
    )
      v.push(`temporary placement ${p.personCode} ${p.validFrom}: no official placement beside it`);
  }

  const ageOn = (code: string, d: IsoDate) => {
    const birth = people.get(code)?.birthDate;
    return birth ? ageInMonths(birth, d) : null;
  };
  for (const h of reg.head_terms) {
    const at = `head ${h.villageCode} ${h.validFrom}`;
    const rules = rulesAt(h.validFrom!);
    const age = ageOn(h.personCode, h.validFrom!);
    if (age === null || age < rules.heads.minAge * 12) v.push(`${at}: head under ${rules.heads.minAge}`);
    if (age !== null && age >= (MAX_AGE_STARTING_TERM + 1) * 12)
      v.push(`${at}: head past ${MAX_AGE_STARTING_TERM} at the start of the term`);
    if (h.how === 'interim' && plusMonths(h.validFrom!, rules.heads.interimMaxMonths) < h.validTo!)
      v.push(`${at}: interim head beyond ${rules.heads.interimMaxMonths} months`);
    if (h.how === 'elected' && plusMonths(h.validFrom!, rules.heads.termYears * 12) < h.validTo!)
      v.push(`${at}: term longer than ${rules.heads.termYears} years`);
    if (
      !covers(
        (unitSpans.get(h.villageCode) ?? []).map((u) => [u.validFrom, u.validTo]),
        h.validFrom,
        h.validTo !== null && h.validTo > today ? today : h.validTo,
      )
    )
      v.push(`${at}: village not valid throughout`);
  }
  for (const h of overlapping(
    reg.head_terms,
    (r) => r.villageCode,
    (r) => [r.validFrom, r.validTo],
  ))
    v.push(`head ${h.villageCode} ${h.validFrom}: two heads at once`);

  for (const s of reg.secretary_terms) {
    const at = `secretary ${s.cellCode} ${s.validFrom}`;
    const inCell = (official.get(s.personCode) ?? [])
      .filter((p) => p.cellCode === s.cellCode)
      .map((p) => [p.validFrom, p.validTo] as Interval);
    if (!covers(inCell, s.validFrom, s.validTo)) v.push(`${at}: secretary not placed in the cell for the whole term`);
    const m =
      episodeOf(s.personCode, s.validFrom, null) ??
      (memberships.get(s.personCode) ?? []).find((e) => e.admittedOn <= s.validFrom!);
    if (!m || m.officialOn === null || m.officialOn > s.validFrom!) v.push(`${at}: secretary not an official member`);
    const age = ageOn(s.personCode, s.validFrom!);
    if (age !== null && age >= (MAX_AGE_STARTING_TERM + 1) * 12)
      v.push(`${at}: secretary past ${MAX_AGE_STARTING_TERM} at the start of the term`);
  }
  v.push(...shortCells(reg, memberships, today));
  for (const s of overlapping(
    reg.secretary_terms,
    (r) => r.cellCode,
    (r) => [r.validFrom, r.validTo],
  ))
    v.push(`secretary ${s.cellCode} ${s.validFrom}: two secretaries at once`);

  for (const cv of reg.cell_villages) {
    const at = `cell ${cv.cellCode} covering ${cv.villageCode} from ${cv.validFrom}`;
    if (
      !covers(
        (orgSpans.get(cv.cellCode) ?? []).map((o) => [o.validFrom, o.validTo]),
        cv.validFrom,
        cv.validTo,
      )
    )
      v.push(`${at}: cell not valid throughout`);
    if (
      !covers(
        (unitSpans.get(cv.villageCode) ?? []).map((u) => [u.validFrom, u.validTo]),
        cv.validFrom,
        cv.validTo,
      )
    )
      v.push(`${at}: village not valid throughout`);
  }
  for (const u of reg.units) {
    if (u.parentCode === null) continue;
    const parents = unitSpans.get(u.parentCode) ?? [];
    if (
      !covers(
        parents.map((p) => [p.validFrom, p.validTo]),
        u.validFrom,
        u.validTo,
      )
    )
      v.push(`unit ${u.code} ${u.validFrom}: parent ${u.parentCode} not valid throughout`);
    if (u.level === 'village' && parents.some((p) => p.level !== 'commune'))
      v.push(`unit ${u.code}: parent ${u.parentCode} is not a commune`);
  }
  return { violations: v, admittedOver60 };
}

/**
 * Cells with fewer official members (officially placed in the cell and
 * official that day) than the rules in force require, on some day from the
 * start of the demo's history (1/1/2005) to today while the cell exists.
 */
function shortCells(reg: Register, memberships: Map<string, MembershipRow[]>, today: IsoDate): string[] {
  const start = isoOf(START)!;
  const spans = groupBy(
    reg.placements
      .filter((p) => p.kind === 'official')
      .flatMap((p) => {
        const m = (memberships.get(p.personCode) ?? []).find(
          (e) => e.admittedOn <= lo(p.validFrom) && hi(p.validTo) <= hi(e.endedOn),
        );
        if (!m || m.officialOn === null) return [];
        const from = lo(p.validFrom) > m.officialOn ? lo(p.validFrom) : m.officialOn;
        const to = hi(p.validTo) < hi(m.endedOn) ? hi(p.validTo) : hi(m.endedOn);
        return from < to ? [{ cell: p.cellCode, from, to }] : [];
      }),
    (s) => s.cell,
  );
  const out: string[] = [];
  for (const org of reg.party_orgs) {
    if (org.kind !== 'cell') continue;
    const from = lo(org.validFrom) > start ? lo(org.validFrom) : start;
    const to = hi(org.validTo) < today ? hi(org.validTo) : today;
    const mine = spans.get(org.code) ?? [];
    const days = [from, ...mine.flatMap((s) => [s.from, s.to])].filter((d) => d >= from && d < to);
    for (const d of [...new Set(days)].sort()) {
      const n = mine.filter((s) => s.from <= d && d < s.to).length;
      const min = rulesAt(d).cells.minOfficialMembers;
      if (n < min) {
        out.push(`cell ${org.code} ${org.validFrom}: ${n} official members on ${d}, fewer than ${min}`);
        break;
      }
    }
  }
  return out;
}
