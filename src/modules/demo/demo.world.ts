/**
 * The state the simulation works on, and the small operations on it that keep
 * the rules: one official placement at a time (moving a member closes one
 * segment and opens the next on the same day), members counted through the
 * village their official placement names, cells founded with 3 official members.
 */
import type { Day } from './demo.dates.js';
import { lowerFirst } from './demo.names.js';
import type { Cell, Member, PlacementReason, Village } from './demo.model.js';
import type { People } from './demo.people.js';
import type { VillageEvent, VillagePlan } from './demo.plan.js';
import type { Rng } from './demo.random.js';
import type { Territory } from './demo.units.js';

export interface LineageLink {
  from: string;
  to: string;
  on: Day;
  kind: 'merge' | 'split';
  decision: string;
}

export interface World {
  rng: Rng;
  territory: Territory;
  /** Every village, including those a split or merge creates later. */
  villages: Village[];
  plans: Map<Village, VillagePlan>;
  events: VillageEvent[];
  anchors: Map<string, Village>;
  cells: Cell[];
  agency: Map<string, Cell>;
  agencyTarget: Map<string, number>;
  people: People;
  villageLineage: LineageLink[];
  /** Commune codes that exist before and after the reform (every new commune keeps one old code). */
  continuing: Set<string>;
  communeNames: Map<string, { before: string; after: string | null }>;
  reformed: boolean;
  /** Members whose episode runs, in the order they joined the history. */
  active: Set<Member>;
  /** Active members by the day their episode ends, and the last day whose ends were applied. */
  ends: Map<Day, Member[]>;
  endedUpTo: Day;
  combinedCount: Map<string, number>;
  /** Villages whose host cell may have changed this month: only their members need moving. */
  dirty: Set<Village>;
  /** Members who left a cell's official roll this month, and when: where a cell may fall short of its official members. */
  drops: Drop[];
  /** Every cell code given out: a cell founded again after one was dissolved gets a new one. */
  cellCodes: Set<string>;
}

export interface Drop {
  cell: string;
  member: Member;
  day: Day;
}

export const groupOf = (v: Village): string => `${v.oldCommune}>${v.newCommune}`;
export const agencyCode = (commune: string): string => `CB-${commune}-CQ`;
export const committeeCode = (unit: string): string => `DB-${unit}`;

/** Adds a member to the running history, to be ended on the episode's last day. */
export function activate(w: World, m: Member): void {
  w.active.add(m);
  if (m.ended === null) return;
  const day = Math.max(m.ended, w.endedUpTo + 1);
  const list = w.ends.get(day);
  if (list) list.push(m);
  else w.ends.set(day, [m]);
}

/** Whether the village exists on the day. */
export function validAt(v: Village, d: Day): boolean {
  return (v.from === null || v.from <= d) && (v.to === null || d < v.to);
}

/** The commune a village belongs to now (before or after the reform). */
export function communeNow(w: World, v: Village): string {
  return w.reformed ? v.newCommune : v.oldCommune;
}

/**
 * The cell where a village's members take part: its own cell, else its
 * combined cell, else the cell of the group's anchor village nearby, else the
 * commune agency cell.
 */
export function hostOf(w: World, v: Village): string {
  if (v.ownCell) return v.ownCell.code;
  if (v.combined) return v.combined.code;
  const anchor = w.anchors.get(groupOf(v));
  if (anchor && anchor !== v && anchor.ownCell) return anchor.ownCell.code;
  return agencyCode(communeNow(w, v));
}

/** The member's open official placement. */
export function currentSeg(m: Member) {
  for (let i = m.segs.length - 1; i >= 0; i--)
    if (m.segs[i].kind === 'official' && m.segs[i].to === null) return m.segs[i];
  return undefined;
}

/** Moves a member's official placement on `day`: closes the open segment and opens the next (or edits it if it opened that day). */
export function moveTo(
  w: World,
  m: Member,
  cell: string,
  village: string | null,
  day: Day,
  reason: PlacementReason,
): void {
  const cur = currentSeg(m);
  if (!cur) {
    m.segs.push({ cell, village, from: day, to: null, kind: 'official', reason });
    return;
  }
  if (cur.cell === cell && cur.village === village) return;
  if (cur.from === day) {
    cur.cell = cell;
    cur.village = village;
    return;
  }
  if (cur.from > day) throw new Error(`placement of ${m.person.code} would go back in time`);
  cur.to = day;
  w.drops.push({ cell: cur.cell, member: m, day });
  m.segs.push({ cell, village, from: day, to: null, kind: 'official', reason });
}

/** Official members counting for the village on the day. */
export function officialCount(v: Village, d: Day): number {
  let n = 0;
  for (const m of v.members) if (m.official !== null && m.official <= d) n++;
  return n;
}

/** Founds the village's own cell on `day`, taking it out of its combined cell (which becomes the last village's own cell). */
export function foundOwnCell(w: World, v: Village, day: Day | null): void {
  const cell: Cell = {
    code: newCellCode(w, `CB-${v.code}`),
    kind: 'own',
    from: day,
    to: null,
    oldCommune: v.oldCommune,
    newCommune: v.newCommune,
    village: v,
    convertedAt: null,
    name: `Chi bộ ${v.name}`,
    coverage: [{ village: v, from: day, to: null }],
  };
  w.cells.push(cell);
  w.dirty.add(v);
  const combined = v.combined;
  v.ownCell = cell;
  v.combined = null;
  if (!combined || day === null) return;
  for (const c of combined.coverage) if (c.village === v && c.to === null) c.to = day;
  const left = combined.coverage.filter((c) => c.to === null);
  if (left.length === 1) {
    // A combined cell left with one village carries on as that village's own cell, renamed.
    const last = left[0].village;
    combined.convertedAt = day;
    combined.village = last;
    last.ownCell = combined;
    last.combined = null;
  }
}

/** A cell code not given out before: the village's, or with a number after it for a cell founded again. */
function newCellCode(w: World, base: string): string {
  let code = base;
  for (let n = 2; w.cellCodes.has(code); n++) code = `${base}-${n}`;
  w.cellCodes.add(code);
  return code;
}

/** Founds a combined cell for neighbouring villages on `day` (null = since always). */
export function foundCombinedCell(w: World, villages: Village[], day: Day | null): Cell {
  const commune = villages[0].oldCommune;
  const n = (w.combinedCount.get(commune) ?? 0) + 1;
  w.combinedCount.set(commune, n);
  const cell: Cell = {
    code: newCellCode(w, `CB-${commune}-G${n}`),
    kind: 'combined',
    from: day,
    to: null,
    oldCommune: commune,
    newCommune: villages[0].newCommune,
    village: null,
    convertedAt: null,
    name: `Chi bộ ghép ${villages.map((v) => lowerFirst(v.name)).join(', ')}`,
    coverage: villages.map((v) => ({ village: v, from: day, to: null })),
  };
  for (const v of villages) {
    v.combined = cell;
    w.dirty.add(v);
  }
  w.cells.push(cell);
  return cell;
}

/** Ends a village's own cell on `day` (the village itself ends: split or merge). */
export function endOwnCell(v: Village, day: Day): void {
  const cell = v.ownCell;
  if (!cell) return;
  cell.to = day;
  for (const c of cell.coverage) if (c.to === null) c.to = day;
  v.ownCell = null;
}
