/**
 * Quick figures over a Register at a date (villages, white, weak, no cell,
 * non-party heads), indexed so that a province-scale register takes
 * milliseconds. Used to tune and test the demo; the indicator engine and its
 * reference implementation remain the definition.
 */
import type { Register } from '../../../src/modules/register/register.schema.js';

const holds = (from: string | null, to: string | null, d: string) =>
  (from === null || from <= d) && (to === null || d < to);

export interface DemoFigures {
  at: string;
  villages: number;
  white: number;
  weak: number;
  strong: number;
  noCell: number;
  ownCell: number;
  nonPartyHead: number;
  vacantHead: number;
  members: number;
  /** Non-party heads over all villages, in percent. */
  nonPartyHeadPercent: number;
}

/** The village figures of docs/domain.md at date `d`, for the whole register or the villages under the unit `scope` in the tree valid then. */
export function demoFigures(reg: Register, d: string, scope?: string): DemoFigures {
  const valid = reg.units.filter((u) => holds(u.validFrom, u.validTo, d));
  const parent = new Map(valid.map((u) => [u.code, u.parentCode]));
  const under = (code: string | null): boolean => code !== null && (code === scope || under(parent.get(code) ?? null));
  const villages = new Set(
    valid.filter((u) => u.level === 'village' && (scope === undefined || under(u.code))).map((u) => u.code),
  );
  const active = new Set(reg.memberships.filter((m) => holds(m.admittedOn, m.endedOn, d)).map((m) => m.personCode));
  const count = new Map<string, Set<string>>();
  for (const p of reg.placements) {
    if (p.kind !== 'official' || !p.villageCode || !holds(p.validFrom, p.validTo, d) || !active.has(p.personCode))
      continue;
    const s = count.get(p.villageCode) ?? new Set();
    s.add(p.personCode);
    count.set(p.villageCode, s);
  }
  const cells = new Set(
    reg.party_orgs.filter((o) => o.kind === 'cell' && holds(o.validFrom, o.validTo, d)).map((o) => o.code),
  );
  const cover = new Map<string, string[]>();
  for (const cv of reg.cell_villages) {
    if (!cells.has(cv.cellCode) || !holds(cv.validFrom, cv.validTo, d) || !villages.has(cv.villageCode)) continue;
    cover.set(cv.cellCode, [...(cover.get(cv.cellCode) ?? []), cv.villageCode]);
  }
  const covered = new Map<string, boolean>(); // village -> has own cell
  for (const list of cover.values()) for (const v of list) covered.set(v, covered.get(v) === true || list.length === 1);
  const head = new Map<string, string>();
  for (const h of reg.head_terms)
    if (h.role === 'head' && holds(h.validFrom, h.validTo, d)) head.set(h.villageCode, h.personCode);
  const f: DemoFigures = {
    at: d,
    villages: villages.size,
    white: 0,
    weak: 0,
    strong: 0,
    noCell: 0,
    ownCell: 0,
    nonPartyHead: 0,
    vacantHead: 0,
    members: 0,
    nonPartyHeadPercent: 0,
  };
  for (const v of villages) {
    const n = count.get(v)?.size ?? 0;
    f.members += n;
    if (n === 0) f.white++;
    else if (n <= 2) f.weak++;
    else f.strong++;
    if (!covered.has(v)) f.noCell++;
    else if (covered.get(v)) f.ownCell++;
    const h = head.get(v);
    if (h === undefined) f.vacantHead++;
    else if (!active.has(h)) f.nonPartyHead++;
  }
  f.nonPartyHeadPercent = Math.round((10000 * f.nonPartyHead) / Math.max(1, f.villages)) / 100;
  return f;
}

/** The demo's last day, and the dates its tests count at. */
export const DEMO_TODAY = '2026-11-27';
export const DEMO_DATES = ['2013-06-30', '2017-06-30', DEMO_TODAY];
