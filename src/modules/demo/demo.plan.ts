/**
 * The plan each village's party life follows: its class in 2013 (strong,
 * weak, white), the member count it is heading for over time, and the few
 * splits and merges of villages between 2014 and 2022. The simulation fills
 * the plan with people; the source article's trends come from here.
 */
import { addMonths, dayOf, partsOf, type Day } from './demo.dates.js';
import { START, type Village, type VillageClass } from './demo.model.js';
import { mergedName, splitNames } from './demo.names.js';
import type { Rng } from './demo.random.js';
import { VILLAGES_2013 } from './demo.units.js';

type Laid = Omit<Village, 'cls' | 'desired' | 'anchor' | 'event'>;

/** A step function: the value of the last point at or before the day (0 before the first). */
function steps(points: [Day, number][]): (d: Day) => number {
  points.sort((a, b) => a[0] - b[0]);
  return (d) => {
    let v = 0;
    for (const [at, value] of points) {
      if (at > d) break;
      v = value;
    }
    return v;
  };
}

const between = (rng: Rng, a: Day, b: Day): Day => rng.int(a, b);
const y = (year: number, month = 1, day = 1) => dayOf(year, month, day);

/** Yearly growth from `base` in 2005 to `base * growth` today, never below 3 once strong. */
function growing(base: number, growth: number, since: Day, points: [Day, number][]): void {
  for (let year = 2005; year <= 2026; year++) {
    const at = y(year);
    if (at < since) continue;
    const share = (year - 2005) / 21;
    points.push([at, Math.max(3, Math.round(base * (1 + (growth - 1) * share)))]);
  }
}

export interface VillagePlan {
  cls: VillageClass;
  desired: (d: Day) => number;
  /** Strong villages that were weak in 2005 and grew before 2013. */
  weakStart: boolean;
  /** White villages whose one old member dies between 2006 and 2012. */
  lastMemberDies: Day | null;
  base: number;
}

/**
 * Draws the class and member-count path of each village laid out in 2005,
 * province by province: the old Hưng Yên's 1,079 villages have 48-56 white
 * and 268-284 weak ones in 2013 (the source article), another province as
 * many for its size.
 */
export function planVillages(rng: Rng, laid: Laid[]): VillagePlan[] {
  const cls: VillageClass[] = laid.map(() => 'S');
  for (const province of [...new Set(laid.map((v) => v.oldProvince))]) {
    const mine = laid.flatMap((v, i) => (v.oldProvince === province ? [i] : []));
    const scale = mine.length / VILLAGES_2013;
    const nWhite = Math.round(rng.int(48, 56) * scale);
    const nWeak = Math.round(rng.int(268, 284) * scale);
    // Weak and white villages are mostly rural thôn: weight 3 for a village of a xã, 1 elsewhere.
    const order = mine.map((i) => ({ i, key: rng.next() ** (1 / (laid[i].subtype === 'Thôn' ? 3 : 1)) }));
    order.sort((a, b) => b.key - a.key);
    for (const { i } of order.slice(0, nWhite)) cls[i] = 'W';
    for (const { i } of order.slice(nWhite, nWhite + nWeak)) cls[i] = 'K';
  }
  return laid.map((_, i) => planOne(rng, cls[i]));
}

function planOne(rng: Rng, cls: VillageClass): VillagePlan {
  const points: [Day, number][] = [];
  const base = 5 + Math.floor(28 * rng.next() ** 1.6);
  if (cls === 'S') {
    const weakStart = rng.chance(0.15);
    if (weakStart) {
      const grows = between(rng, y(2006), y(2011, 6));
      points.push([START, rng.int(1, 2)], [grows, 3], [addMonths(grows, 12), Math.ceil(base * 0.6)]);
      growing(base, 1.1 + 0.4 * rng.next(), addMonths(grows, 36), points);
    } else {
      growing(base, 1.1 + 0.4 * rng.next(), START, points);
    }
    return { cls, desired: steps(points), weakStart, lastMemberDies: null, base };
  }
  if (cls === 'K') {
    const w = rng.chance(0.5) ? 1 : 2;
    const a0 = rng.weighted([
      [0, 0.15],
      [1, 0.4],
      [2, 0.45],
    ] as const);
    points.push([START, a0], [between(rng, y(2007), y(2012, 6)), w]);
    const r = rng.next();
    const graduates =
      r < 0.5 ? between(rng, y(2013, 7), y(2017, 5)) : r < 0.86 ? between(rng, y(2017, 8), y(2025, 12)) : null;
    if (graduates !== null) rise(rng, graduates, points);
    return { cls, desired: steps(points), weakStart: false, lastMemberDies: null, base };
  }
  points.push([START, 0]);
  const r = rng.next();
  const cleared =
    r < 0.9 ? between(rng, y(2013, 5), y(2017, 5)) : r < 0.985 ? between(rng, y(2017, 8), y(2024, 6)) : null;
  if (cleared !== null) {
    points.push([cleared, 1], [addMonths(cleared, rng.int(8, 18)), 2]);
    rise(rng, addMonths(cleared, rng.int(20, 40)), points);
  }
  const lastMemberDies = rng.chance(0.25) ? between(rng, y(2006), y(2012, 10)) : null;
  return { cls, desired: steps(points), weakStart: false, lastMemberDies, base };
}

/** From 2 members to 3 on `at`, then slowly on to 5-9. */
function rise(rng: Rng, at: Day, points: [Day, number][]): void {
  const end = rng.int(5, 9);
  points.push(
    [at, 3],
    [addMonths(at, 12), 4],
    [addMonths(at, 36), Math.min(end, 5 + rng.int(0, 2))],
    [addMonths(at, 72), end],
  );
}

export type VillageEvent =
  | { kind: 'split'; at: Day; from: Village; into: [Village, Village]; decision: string }
  | { kind: 'merge'; at: Day; from: [Village, Village]; into: Village; decision: string };

const group = (v: Village) => `${v.oldCommune}>${v.newCommune}`;

/** Marks one anchor per group of neighbouring villages: the largest strong village, which hosts cell-less neighbours. */
export function chooseAnchors(villages: Village[], plans: Map<Village, VillagePlan>): Map<string, Village> {
  const anchors = new Map<string, Village>();
  for (const v of villages) {
    const p = plans.get(v)!;
    if (p.cls !== 'S' || p.weakStart) continue;
    const cur = anchors.get(group(v));
    if (!cur || plans.get(cur)!.base < p.base) anchors.set(group(v), v);
  }
  for (const a of anchors.values()) a.anchor = true;
  return anchors;
}

/**
 * Plans the village splits and merges of each old province: 5 splits and 2
 * merges before mid-2017 (net +3, the source's 1,079 -> 1,082), then 2 splits
 * and 4 merges up to 2022.
 */
export function planEvents(
  rng: Rng,
  villages: Village[],
  plans: Map<Village, VillagePlan>,
  decision: (province: string) => string,
): VillageEvent[] {
  const events: VillageEvent[] = [];
  for (const province of [...new Set(villages.map((v) => v.oldProvince))]) {
    events.push(
      ...provinceEvents(
        rng,
        villages.filter((v) => v.oldProvince === province),
        plans,
        decision(province),
      ),
    );
  }
  return events.sort((a, b) => a.at - b.at);
}

function provinceEvents(
  rng: Rng,
  villages: Village[],
  plans: Map<Village, VillagePlan>,
  decision: string,
): VillageEvent[] {
  const free = (v: Village) => {
    const p = plans.get(v)!;
    return p.cls === 'S' && !p.weakStart && !v.anchor && !v.event;
  };
  const events: VillageEvent[] = [];
  const nextNumber = new Map<string, number>();
  const codeIn = (commune: string) => {
    const n = (nextNumber.get(commune) ?? villages.filter((v) => v.oldCommune === commune).length) + 1;
    nextNumber.set(commune, n);
    return `${commune}-${String(n).padStart(3, '0')}`;
  };
  const taken = new Map<string, Set<string>>();
  const names = (commune: string) => {
    if (!taken.has(commune))
      taken.set(commune, new Set(villages.filter((v) => v.oldCommune === commune).map((v) => v.name)));
    return taken.get(commune)!;
  };
  const derived = (from: Village, code: string, name: string, at: Day, desired: (d: Day) => number): Village => ({
    ...from,
    code,
    name,
    from: at,
    to: null,
    cls: 'S',
    desired,
    anchor: false,
    event: true,
    ownCell: null,
    combined: null,
    members: new Set(),
  });
  const month = (a: Day, b: Day) => {
    const [yy, mm] = partsOf(rng.int(a, b));
    return y(yy, mm);
  };
  const splitAt = (a: Day, b: Day) => {
    const pool = villages.filter((v) => free(v) && plans.get(v)!.base >= 18);
    const v = rng.pick(pool);
    const at = month(a, b);
    const [n1, n2] = splitNames(v.name);
    const half = (d: Day) => Math.max(3, Math.ceil(v.desired(d) / 2));
    v.event = true;
    v.to = at;
    const into: [Village, Village] = [
      derived(v, codeIn(v.oldCommune), n1, at, half),
      derived(v, codeIn(v.oldCommune), n2, at, half),
    ];
    events.push({ kind: 'split', at, from: v, into, decision });
  };
  const mergeAt = (a: Day, b: Day) => {
    const pairs: [Village, Village][] = [];
    const sorted = [...villages].sort((p, q) =>
      p.oldCommune === q.oldCommune ? p.order - q.order : p.oldCommune < q.oldCommune ? -1 : 1,
    );
    for (let i = 1; i < sorted.length; i++) {
      const [p, q] = [sorted[i - 1], sorted[i]];
      if (
        group(p) === group(q) &&
        free(p) &&
        free(q) &&
        p.from === null &&
        q.from === null &&
        plans.get(p)!.base + plans.get(q)!.base <= 22
      )
        pairs.push([p, q]);
    }
    const [p, q] = rng.pick(pairs);
    const at = month(a, b);
    p.event = q.event = true;
    p.to = q.to = at;
    const name = mergedName(rng, p.subtype, names(p.oldCommune));
    names(p.oldCommune).add(name);
    const into = derived(p, codeIn(p.oldCommune), name, at, (d) => p.desired(d) + q.desired(d));
    events.push({ kind: 'merge', at, from: [p, q], into, decision });
  };
  for (let i = 0; i < 5; i++) splitAt(y(2014, 2), y(2017, 5));
  for (let i = 0; i < 2; i++) mergeAt(y(2014, 2), y(2017, 5));
  for (let i = 0; i < 2; i++) splitAt(y(2018, 1), y(2022, 11));
  for (let i = 0; i < 4; i++) mergeAt(y(2018, 1), y(2022, 11));
  return events;
}
