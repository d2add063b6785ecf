/**
 * Village heads and cell secretaries over the simulated history. Heads are
 * elected every 2.5 years on a commune-wide calendar, back to back; a head
 * who dies or leaves is followed by an interim head for a few months (at most
 * 6), sometimes after a short vacancy. The share of party heads rises with the
 * directive. Secretaries serve 5-year cell terms and must be official members
 * of the cell for the whole term.
 */
import { addMonths, ageYears, dayOf, isoOf, type Day } from './demo.dates.js';
import { rulesAt } from '../../../common/rules.js';
import {
  DIRECTIVE,
  MAX_AGE_STARTING_TERM,
  TODAY,
  type Cell,
  type Member,
  type Person,
  type Village,
} from './demo.model.js';
import type { World } from './demo.world.js';

export interface HeadTerm {
  village: string;
  person: Person;
  from: Day;
  to: Day;
  how: 'elected' | 'interim';
}

export interface SecretaryTerm {
  cell: string;
  person: Person;
  from: Day;
  to: Day;
}

interface Span {
  m: Member;
  from: Day;
  to: Day;
}

const FOREVER = Number.MAX_SAFE_INTEGER;

/** Whether a person may start a head's term on the day: the rules' least age, the demo's most (MAX_AGE_STARTING_TERM). */
function mayHead(p: Person, at: Day): boolean {
  const age = ageYears(p.birth, at);
  return age >= rulesAt(isoOf(at)!).heads.minAge && age <= MAX_AGE_STARTING_TERM;
}
const activeAt = (m: Member, d: Day) => m.admitted <= d && (m.ended === null || d < m.ended);

/** The share of newly elected heads who are party members, by election date: the directive pushes it up. */
const partyShareAt: [Day, number][] = [
  [dayOf(2004, 7, 1), 0.4],
  [dayOf(2012, 1, 1), 0.435],
  [dayOf(2014, 7, 1), 0.47],
  [dayOf(2017, 1, 1), 0.5],
  [dayOf(2019, 7, 1), 0.56],
  [dayOf(2022, 1, 1), 0.6],
  [dayOf(2024, 7, 1), 0.64],
];
function partyShare(d: Day): number {
  if (d <= partyShareAt[0][0]) return partyShareAt[0][1];
  for (let i = 1; i < partyShareAt.length; i++) {
    const [d1, p1] = partyShareAt[i];
    const [d0, p0] = partyShareAt[i - 1];
    if (d <= d1) return p0 + ((p1 - p0) * (d - d0)) / (d1 - d0);
  }
  return partyShareAt[partyShareAt.length - 1][1];
}

/** Official placements grouped by a key (the village they name, or their cell). */
function spansBy(w: World, key: (s: { cell: string; village: string | null }) => string | null): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const m of w.people.members) {
    for (const s of m.segs) {
      const k = s.kind === 'official' ? key(s) : null;
      if (k === null) continue;
      const list = out.get(k) ?? [];
      list.push({ m, from: s.from, to: s.to ?? m.ended ?? FOREVER });
      out.set(k, list);
    }
  }
  return out;
}

/** Head terms for every village, in village order. */
export function generateHeads(w: World): HeadTerm[] {
  const { rng, people } = w;
  const byVillage = spansBy(w, (s) => s.village);
  const calendars = new Map<string, Day>();
  const terms: HeadTerm[] = [];
  // A golden-ratio sequence instead of independent draws keeps the share of party heads close to plan for every seed.
  let draw = rng.next();
  const partyDraw = (at: Day) => {
    draw = (draw + 0.6180339887498949) % 1;
    return draw < partyShare(at);
  };

  const choose = (v: Village, at: Day, until: Day, prev: Person | null): Person => {
    const spans = byVillage.get(v.code) ?? [];
    const eligible = (p: Person) => mayHead(p, at);
    const members = spans
      .filter((s) => s.from <= at && at < s.to && s.m.local && activeAt(s.m, at) && eligible(s.m.person))
      .map((s) => s.m.person);
    const wantParty = partyDraw(at);
    if (prev && eligible(prev) && rng.chance(0.5)) {
      const isMember = prev.member !== null && activeAt(prev.member, at);
      const alive = !(prev.member?.endReason === 'death' && prev.member.ended! <= at);
      if (alive && isMember === wantParty && (!isMember || members.includes(prev))) return prev;
    }
    if (wantParty && members.length > 0) return rng.pick(members);
    if (at >= DIRECTIVE && rng.chance(0.15)) {
      // Directive 14: capable heads are brought into the party during their term.
      const future = spans.filter(
        (s) => s.m.local && s.m.admitted === s.from && s.from > at && s.from < until && eligible(s.m.person),
      );
      if (future.length > 0) return rng.pick(future).m.person;
    }
    return people.bornBefore(at, rng.int(30, 62) * 12 + rng.int(0, 11), rng.chance(0.85) ? 'male' : 'female', v.code);
  };

  const fill = (
    v: Village,
    from: Day,
    to: Day,
    how: 'elected' | 'interim',
    depth: number,
    prev: Person | null,
  ): Person | null => {
    let start = from;
    if (how === 'elected' && depth === 0 && to - from > 200 && rng.chance(0.02)) start = from + rng.int(14, 42);
    const person = choose(v, start, to, prev);
    const m = person.member;
    let early: Day | null = null;
    if (m && m.endReason === 'death' && m.ended! > start && m.ended! < to) early = m.ended!;
    else if (how === 'elected' && depth === 0 && to - start > 400 && rng.chance(0.03))
      early = start + rng.int(180, to - start - 120);
    terms.push({ village: v.code, person, from: start, to: early ?? to, how });
    if (early === null || depth >= 2) return person;
    const interimFrom = early + (rng.chance(0.5) ? 0 : rng.int(7, 30));
    if (interimFrom >= to) return person;
    const interimTo = Math.min(addMonths(interimFrom, rng.int(2, 5)), to);
    fill(v, interimFrom, interimTo, 'interim', depth + 1, null);
    return interimTo < to ? fill(v, interimTo, to, 'elected', depth + 1, null) : person;
  };

  for (const v of w.villages) {
    let base = calendars.get(v.oldCommune);
    if (base === undefined) {
      base = addMonths(dayOf(2004, 7, 1), rng.int(0, 5)) + rng.int(0, 20);
      calendars.set(v.oldCommune, base);
    }
    const end = v.to ?? FOREVER;
    let prev: Person | null = null;
    for (let k = 0; ; k++) {
      const a = Math.max(addMonths(base, 30 * k), v.from ?? base);
      const b = Math.min(addMonths(base, 30 * (k + 1)), end);
      if (a >= end) break;
      if (a < b) prev = fill(v, a, b, 'elected', 0, prev);
      if (b > TODAY) break;
    }
  }
  return terms;
}

/** Secretary terms for every cell: 5-year terms on a commune calendar, each held by an official member placed in the cell. */
export function generateSecretaries(w: World, heads: HeadTerm[]): SecretaryTerm[] {
  const { rng } = w;
  const byCell = spansBy(w, (s) => s.cell);
  const headsOf = new Map<string, HeadTerm[]>();
  for (const h of heads) headsOf.set(h.village, [...(headsOf.get(h.village) ?? []), h]);
  const calendars = new Map<string, Day>();
  const terms: SecretaryTerm[] = [];

  const headAt = (cell: Cell, d: Day): Person | null => {
    if (cell.kind === 'agency' || !cell.village) return null;
    if (cell.kind === 'combined' && (cell.convertedAt === null || d < cell.convertedAt)) return null;
    return headsOf.get(cell.village.code)?.find((h) => h.from <= d && d < h.to)?.person ?? null;
  };

  for (const cell of w.cells) {
    let base = calendars.get(cell.oldCommune);
    if (base === undefined) {
      base = addMonths(dayOf(2005, 3, 1), rng.int(0, 3)) + rng.int(0, 25);
      calendars.set(cell.oldCommune, base);
    }
    const spans = byCell.get(cell.code) ?? [];
    const end = cell.to ?? FOREVER;
    for (let k = 0; ; k++) {
      const b = Math.min(addMonths(base, 60 * (k + 1)), end);
      let t = Math.max(addMonths(base, 60 * k), cell.from ?? base);
      if (t >= end) break;
      while (t < b) {
        const eligible = spans.filter(
          (s) =>
            s.from <= t &&
            t < s.to &&
            s.m.official !== null &&
            s.m.official <= t &&
            activeAt(s.m, t) &&
            ageYears(s.m.person.birth, t) <= MAX_AGE_STARTING_TERM,
        );
        if (eligible.length === 0) {
          t = Math.min(b, addMonths(t, 1));
          continue;
        }
        const head = headAt(cell, t);
        const chosen =
          (head && rng.chance(0.35) && eligible.find((s) => s.m.person === head)) || pickLasting(eligible, rng.next());
        const to = Math.min(b, chosen.to);
        terms.push({ cell: cell.code, person: chosen.m.person, from: t, to });
        t = to;
      }
      if (b > TODAY) break;
    }
  }
  return terms;
}

/** Mostly the member who will stay longest in the cell, sometimes another. */
function pickLasting(spans: Span[], r: number): Span {
  const sorted = [...spans].sort((a, b) => b.to - a.to || (a.m.person.code < b.m.person.code ? -1 : 1));
  return sorted[Math.min(sorted.length - 1, Math.floor(r * r * sorted.length))];
}
