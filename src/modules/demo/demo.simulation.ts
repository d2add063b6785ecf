/**
 * The month-by-month history from 2005 to today: members admitted where a
 * village falls short of its plan (from the 2013 directive on, often by
 * reinforcing a weak village with a commune official instead), deaths and
 * other ends, cells founded once a village has 3 official members, combined
 * cells for weak neighbours, village splits and merges, and the 2025 reform.
 */
import { beforeRuleSets, ruleSets } from '../../../common/rules.js';
import { addMonths, monthStart, type Day } from './demo.dates.js';
import { DIRECTIVE, REFORM, START, TODAY, type Cell, type Member, type Village } from './demo.model.js';
import type { VillageEvent } from './demo.plan.js';
import {
  activate,
  agencyCode,
  communeNow,
  currentSeg,
  type Drop,
  endOwnCell,
  foundCombinedCell,
  foundOwnCell,
  groupOf,
  hostOf,
  moveTo,
  officialCount,
  validAt,
  type World,
} from './demo.world.js';

const COMBINING_FROM = addMonths(DIRECTIVE, 1);
/** A cell needs this many official members, by the rule sets (the same in every set the demo's history spans). */
const MIN_OFFICIAL = Math.max(...[beforeRuleSets, ...ruleSets].map((r) => r.cells.minOfficialMembers));
const COMBINING_TO = monthStart(15 * 12);

/** Runs the whole history on a freshly planned world. */
export function simulate(w: World): void {
  initialise(w);
  for (let mi = 0; ; mi++) {
    const first = monthStart(mi);
    if (first > TODAY) break;
    const last = Math.min(addMonths(first, 1) - 1, TODAY);
    endMembers(w, first);
    if (first === REFORM) reform(w);
    for (const e of w.events) if (e.at === first) applyEvent(w, e);
    const valid = w.villages.filter((v) => validAt(v, first));
    changeCells(w, first, valid);
    rehost(w, first, first === REFORM);
    endMembers(w, last);
    returns(w, first, last);
    fillVillages(w, first, last, valid);
    fillAgencies(w, first, valid);
    moveHouses(w, first, last, valid);
    keepCells(w);
  }
}

function initialise(w: World): void {
  const { rng, people } = w;
  for (const v of w.villages) {
    if (v.from !== null) continue;
    const plan = w.plans.get(v)!;
    for (let i = plan.desired(START); i > 0; i--) {
      const m = initialMember(
        w,
        v.code,
        rng.chance(0.3) ? 'female' : 'male',
        rng.weighted([
          [22, 0.15],
          [35, 0.25],
          [50, 0.3],
          [65, 0.3],
        ] as const),
        null,
      );
      join(m, v);
    }
    if (plan.lastMemberDies !== null) {
      const p = people.bornBefore(START, rng.int(70, 84) * 12, 'male', v.code);
      const m = people.admit(p, addMonths(p.birth, rng.int(217, 400)) + rng.int(0, 20), {
        alive: START,
        dies: plan.lastMemberDies,
        local: true,
        agency: null,
      });
      join(m, v);
      activate(w, m);
    }
  }
  for (const c of w.territory.communes) {
    const target = rng.int(8, 14);
    w.agencyTarget.set(c.code, target);
    const homes = w.villages.filter((v) => v.oldCommune === c.code && v.from === null);
    for (let i = 0; i < target; i++)
      initialMember(w, rng.pick(homes).code, rng.chance(0.35) ? 'female' : 'male', rng.int(25, 50), c.code);
    const cell: Cell = {
      code: agencyCode(c.code),
      kind: 'agency',
      from: null,
      to: w.continuing.has(c.code) ? null : REFORM,
      oldCommune: c.code,
      newCommune: w.continuing.has(c.code) ? c.code : c.successors[0],
      village: null,
      convertedAt: null,
      name: '',
      coverage: [],
    };
    w.cells.push(cell);
    w.agency.set(c.code, cell);
  }
  // Cells since always: an own cell where 3 official members already were, combined cells for some weak neighbours.
  for (const v of w.villages) if (v.from === null && officialCount(v, START) >= 3) foundOwnCell(w, v, null);
  for (const group of groups(w.villages.filter((v) => v.from === null))) {
    const weak = group.filter((v) => !v.ownCell && !v.combined && officialCount(v, START) >= 1);
    for (let i = 0; i + 1 < weak.length; i++) {
      const take = weak.slice(i, i + (rng.chance(0.4) ? 3 : 2));
      if (take.length >= 2 && take.reduce((a, v) => a + officialCount(v, START), 0) >= 3 && rng.chance(0.5)) {
        foundCombinedCell(w, take, null);
        i += take.length - 1;
      }
    }
  }
  for (const m of w.active) {
    const v = m.village;
    m.segs.push({
      cell: v ? hostOf(w, v) : agencyCode(m.agency!),
      village: v ? v.code : null,
      from: m.admitted,
      to: null,
      kind: 'official',
      reason: 'admission',
    });
  }
}

/** A member already in the party on 1/1/2005, aged `years` then. */
function initialMember(
  w: World,
  home: string,
  gender: 'male' | 'female',
  years: number,
  agency: string | null,
): Member {
  const { rng, people } = w;
  const ageMonths = (years + rng.int(0, years >= 65 ? 20 : 13)) * 12 + rng.int(0, 11);
  const p = people.bornBefore(START, ageMonths, gender, home, agency !== null);
  const admitted = addMonths(p.birth, rng.int(217, Math.min(540, ageMonths - 3))) + rng.int(0, 20);
  const m = people.admit(p, admitted, { alive: START, local: agency === null, agency });
  activate(w, m);
  return m;
}

function join(m: Member, v: Village): void {
  m.village = v;
  v.members.add(m);
}

/** The villages given, grouped by old commune and new commune, in neighbour order. */
function groups(villages: Village[]): Village[][] {
  const byGroup = new Map<string, Village[]>();
  for (const v of villages) {
    const g = byGroup.get(groupOf(v)) ?? [];
    g.push(v);
    byGroup.set(groupOf(v), g);
  }
  return [...byGroup.values()].map((g) => g.sort((a, b) => a.order - b.order));
}

/** Ends the episodes that end by `upTo`, closing their placements on the same day. */
function endMembers(w: World, upTo: Day): void {
  for (let day = w.endedUpTo + 1; day <= upTo; day++) {
    for (const m of w.ends.get(day) ?? []) {
      const seg = currentSeg(m);
      if (seg) w.drops.push({ cell: seg.cell, member: m, day: m.ended! });
      for (const s of m.segs) if (s.to === null) s.to = m.ended;
      m.village?.members.delete(m);
      m.done = true;
      w.active.delete(m);
    }
    w.ends.delete(day);
  }
  w.endedUpTo = Math.max(w.endedUpTo, upTo);
}

/** 1/7/2025: districts end, old communes merge; officials follow their commune into the new one. */
function reform(w: World): void {
  w.reformed = true;
  const byCode = new Map(w.villages.map((v) => [v.code, v]));
  for (const m of w.active) if (m.agency !== null) m.agency = byCode.get(m.person.residence!)!.newCommune;
  const target = new Map<string, number>();
  for (const c of w.territory.communes) {
    for (const s of c.successors)
      target.set(s, (target.get(s) ?? 0) + w.agencyTarget.get(c.code)! / c.successors.length);
  }
  // The merged communes keep about 70% of the officials' places.
  for (const [code, n] of target) w.agencyTarget.set(code, Math.round(n * 0.7));
  for (const c of w.territory.communes) if (!w.continuing.has(c.code)) w.agencyTarget.delete(c.code);
}

function applyEvent(w: World, e: VillageEvent): void {
  const at = e.at;
  const from = e.kind === 'split' ? [e.from] : e.from;
  const into = e.kind === 'split' ? e.into : [e.into];
  const members = from.flatMap((v) => [...v.members]);
  for (const v of from) {
    endOwnCell(v, at);
    v.members.clear();
    for (const t of into)
      w.villageLineage.push({ from: v.code, to: t.code, on: at, kind: e.kind, decision: e.decision });
  }
  // Official members first, alternating, so each new village of a split keeps a cell.
  members.sort(
    (a, b) => (a.official !== null && a.official <= at ? 0 : 1) - (b.official !== null && b.official <= at ? 0 : 1),
  );
  members.forEach((m, i) => {
    const t = into[i % into.length];
    if (from.some((v) => v.code === m.person.residence)) m.person.residence = t.code;
    join(m, t);
  });
  for (const t of into) if (officialCount(t, at) >= 3) foundOwnCell(w, t, at);
  for (const m of members) moveTo(w, m, hostOf(w, m.village!), m.village!.code, at, 'other');
}

function changeCells(w: World, first: Day, valid: Village[]): void {
  const { rng } = w;
  for (const v of valid) {
    if (v.ownCell) continue;
    if (officialCount(v, first) >= 3 && rng.chance(v.combined ? 0.15 : 0.25)) foundOwnCell(w, v, first);
  }
  if (first < COMBINING_FROM || first > COMBINING_TO) return;
  for (const group of groups(valid)) {
    const loose = group.filter((v) => !v.ownCell && !v.combined && officialCount(v, first) >= 1);
    if (loose.length < 2 || !rng.chance(0.06)) continue;
    const take = loose.slice(0, loose.length === 3 || rng.chance(0.3) ? 3 : 2);
    if (take.reduce((a, v) => a + officialCount(v, first), 0) >= 3) foundCombinedCell(w, take, first);
  }
}

/** Puts the members of villages whose cells changed (all members on the reform) where their party life now takes place. */
function rehost(w: World, first: Day, all: boolean): void {
  const members = all ? [...w.active] : [...w.dirty].flatMap((v) => [...v.members]);
  w.dirty.clear();
  for (const m of members) {
    const target = m.village ? hostOf(w, m.village) : agencyCode(m.agency!);
    moveTo(w, m, target, m.village ? m.village.code : null, first, 'transfer');
  }
}

/** Reinforcing officials go back to the agency cell once the village stands on its own. */
function returns(w: World, first: Day, last: Day): void {
  for (const m of w.active) {
    if (m.returnOn === null || m.returnOn > last || m.done) continue;
    const v = m.village!;
    // Back once the village keeps 3 official members without them; a local admission fills the place.
    if (v.members.size - 1 >= 3 && officialCount(v, first) - 1 >= 3) {
      v.members.delete(m);
      m.village = null;
      moveTo(w, m, agencyCode(m.agency!), null, m.returnOn, 'return');
      m.returnOn = null;
    } else {
      m.returnOn = addMonths(m.returnOn, 12);
    }
  }
}

function fillVillages(w: World, first: Day, last: Day, valid: Village[]): void {
  const { rng, people } = w;
  let pools: Map<string, Member[]> | null = null;
  for (const v of valid) {
    const weak = v.members.size < 3;
    for (let need = v.desired(first) - v.members.size; need > 0; need--) {
      const day = first + rng.int(1, 26);
      if (weak && first >= DIRECTIVE && rng.chance(0.4)) {
        pools ??= agencyPools(w, first, last);
        const pool = (pools.get(communeNow(w, v)) ?? []).filter((m) => m.village === null && currentSeg(m)!.from < day);
        if (pool.length > MIN_OFFICIAL) {
          const m = rng.pick(pool);
          join(m, v);
          moveTo(w, m, hostOf(w, v), v.code, day, 'reinforcement');
          m.returnOn = addMonths(day, rng.int(36, 60));
          continue;
        }
      }
      const p = people.bornBefore(day, people.admissionAgeMonths(), rng.chance(0.45) ? 'female' : 'male', v.code);
      const m = people.admit(p, day, { local: true, agency: null });
      join(m, v);
      m.segs.push({ cell: hostOf(w, v), village: v.code, from: day, to: null, kind: 'official', reason: 'admission' });
      activate(w, m);
    }
  }
}

/** Official members in each commune's agency cell who could reinforce a village this month. */
function agencyPools(w: World, first: Day, last: Day): Map<string, Member[]> {
  const pools = new Map<string, Member[]>();
  for (const m of w.active) {
    if (
      m.village !== null ||
      m.agency === null ||
      m.official === null ||
      m.official > first ||
      (m.ended !== null && m.ended <= last)
    )
      continue;
    pools.set(m.agency, [...(pools.get(m.agency) ?? []), m]);
  }
  return pools;
}

/** Commune agency cells admit young officials as places free up. */
function fillAgencies(w: World, first: Day, valid: Village[]): void {
  const { rng, people } = w;
  const count = new Map<string, number>();
  for (const m of w.active)
    if (m.village === null && m.agency !== null) count.set(m.agency, (count.get(m.agency) ?? 0) + 1);
  for (const [commune, target] of w.agencyTarget) {
    let homes: Village[] | null = null;
    for (let need = target - (count.get(commune) ?? 0); need > 0 && rng.chance(0.3); need--) {
      homes ??= valid.filter((v) => (w.reformed ? v.newCommune : v.oldCommune) === commune);
      const day = first + rng.int(1, 26);
      const p = people.bornBefore(
        day,
        rng.int(290, 540),
        rng.chance(0.4) ? 'female' : 'male',
        rng.pick(homes).code,
        true,
      );
      const m = people.admit(p, day, { local: false, agency: commune });
      m.segs.push({
        cell: agencyCode(commune),
        village: null,
        from: day,
        to: null,
        kind: 'official',
        reason: 'admission',
      });
      activate(w, m);
    }
  }
}

/** A few members move house to another strong village and transfer their placement. */
function moveHouses(w: World, first: Day, last: Day, valid: Village[]): void {
  const { rng } = w;
  let strong: Village[] | null = null;
  // One member in about 4,500 a month is looked at (drawn by geometric skips, not one draw per member); a local member of a strong village moves.
  let skip = geometricSkip(rng.next(), MOVE_RATE);
  for (const m of w.active) {
    if (skip-- > 0) continue;
    skip = geometricSkip(rng.next(), MOVE_RATE);
    const v = m.village;
    if (!v || !m.local || (m.ended !== null && m.ended <= last) || w.plans.get(v)?.cls !== 'S') continue;
    strong ??= valid.filter((x) => x.ownCell !== null && w.plans.get(x)?.cls === 'S');
    const to = rng.pick(strong);
    if (to === v) continue;
    const day = first + rng.int(1, 26);
    const seg = currentSeg(m);
    if (!seg || seg.from >= day) continue;
    v.members.delete(m);
    join(m, to);
    m.local = false;
    m.person.residence = to.code;
    moveTo(w, m, hostOf(w, to), to.code, day, 'transfer');
  }
}

const MOVE_RATE = 0.00022;
/** How many members to pass over before the next one looked at, for a rate p: geometric, from a uniform draw u. */
const geometricSkip = (u: number, p: number) => Math.floor(Math.log(1 - u) / Math.log(1 - p));

/** Official members placed in the cell on the day, among the given members. */
function officialIn(code: string, d: Day, members: Iterable<Member>): number {
  let n = 0;
  for (const m of members) {
    if (m.official === null || m.official > d || (m.ended !== null && m.ended <= d)) continue;
    if (m.segs.some((s) => s.kind === 'official' && s.cell === code && s.from <= d && (s.to === null || d < s.to))) n++;
  }
  return n;
}

/**
 * A cell keeps the official members a cell must have: where one left this
 * month (death, transfer, return, a village founding its own cell) and the
 * cell fell short that day, a village's own cell gets a commune official to
 * reinforce it (from the directive on, while the commune's agency cell can
 * spare one); any other cell is dissolved that day and its members take part
 * in the cell nearby, as members short of 3 do.
 */
function keepCells(w: World): void {
  if (w.drops.length === 0) return;
  const drops = w.drops;
  w.drops = [];
  const byCell = new Map<string, Drop[]>();
  for (const d of drops) {
    const list = byCell.get(d.cell);
    if (list) list.push(d);
    else byCell.set(d.cell, [d]);
  }
  const cells = new Map(w.cells.filter((c) => c.kind !== 'agency' && byCell.has(c.code)).map((c) => [c.code, c]));
  // A cell's members live in the villages of its group: its own, and neighbours without a cell that it hosts.
  const byGroup = new Map<string, Village[]>();
  for (const v of w.villages) {
    const g = byGroup.get(groupOf(v));
    if (g) g.push(v);
    else byGroup.set(groupOf(v), [v]);
  }
  const current = new Map<string, Set<Member>>();
  for (const [code, cell] of cells) {
    const groups = new Set(cell.coverage.map((c) => groupOf(c.village)));
    const here = new Set<Member>();
    for (const g of groups)
      for (const v of byGroup.get(g) ?? []) for (const m of v.members) if (currentSeg(m)?.cell === code) here.add(m);
    current.set(code, here);
  }
  // The commune agency cells' staff, gathered once when a cell needs reinforcing.
  let staff: Map<string, Set<Member>> | null = null;
  const agencyStaff = () => {
    if (staff) return staff;
    staff = new Map();
    for (const m of w.active) {
      const seg = currentSeg(m);
      if (!seg?.cell.endsWith('-CQ')) continue;
      if (!staff.has(seg.cell)) staff.set(seg.cell, new Set());
      staff.get(seg.cell)!.add(m);
    }
    return staff;
  };
  for (const [code, list] of byCell) {
    const cell = cells.get(code);
    if (!cell || cell.kind === 'agency') continue;
    const members = new Set([...(current.get(code) ?? []), ...list.map((d) => d.member)]);
    for (const day of [...new Set(list.map((d) => d.day))].sort((a, b) => a - b)) {
      if ((cell.to !== null && day >= cell.to) || (cell.from !== null && day < cell.from)) continue;
      const short = MIN_OFFICIAL - officialIn(code, day, members);
      if (short <= 0) continue;
      // A combined cell falls apart: reinforcing it would only move a weak village's band.
      const helpers = day >= DIRECTIVE && cell.kind === 'own' ? reinforcements(w, cell, day, short, agencyStaff()) : [];
      if (helpers.length < short) {
        dissolve(w, cell, day, members);
        break;
      }
      const v = cell.village ?? cell.coverage.find((c) => c.to === null)!.village;
      for (const m of helpers) {
        agencyStaff()
          .get(agencyCode(communeNow(w, v)))
          ?.delete(m);
        join(m, v);
        moveTo(w, m, code, v.code, day, 'reinforcement');
        m.returnOn = addMonths(day, w.rng.int(36, 60));
        members.add(m);
      }
    }
  }
}

/** Up to `n` official members of the commune's agency cell who can go to the cell on the day, leaving the agency cell enough. */
function reinforcements(w: World, cell: Cell, day: Day, n: number, agencies: Map<string, Set<Member>>): Member[] {
  const agency = agencyCode(communeNow(w, cell.village ?? cell.coverage[0].village));
  const staff = [...(agencies.get(agency) ?? [])];
  const spare = officialIn(agency, day, staff) - MIN_OFFICIAL;
  const able = staff.filter(
    (m) =>
      m.village === null &&
      m.official !== null &&
      m.official <= day &&
      currentSeg(m)!.from < day &&
      (m.ended === null || m.ended > addMonths(day, 12)),
  );
  return able.slice(0, Math.max(0, Math.min(n, spare)));
}

/** Ends the cell on the day: its villages lose it, and its members move to where their village's members now take part. */
function dissolve(w: World, cell: Cell, day: Day, members: Set<Member>): void {
  cell.to = day;
  for (const c of cell.coverage) {
    if (c.to !== null && c.to <= day) continue;
    c.to = day;
    if (c.village.ownCell === cell) c.village.ownCell = null;
    if (c.village.combined === cell) c.village.combined = null;
    w.dirty.add(c.village);
  }
  for (const m of members) {
    const host = m.village ? hostOf(w, m.village) : agencyCode(m.agency!);
    for (let i = 0; i < m.segs.length; i++) {
      const seg = m.segs[i];
      if (seg.kind !== 'official' || seg.cell !== cell.code || (seg.to !== null && seg.to <= day)) continue;
      if (seg.from >= day) seg.cell = host;
      else if (seg.to === null) moveTo(w, m, host, m.village ? m.village.code : null, day, 'transfer');
      else {
        // the member had already left the cell later this month: the rest of that stay moves to the host
        m.segs.splice(i + 1, 0, { ...seg, cell: host, from: day, reason: 'transfer' });
        seg.to = day;
      }
    }
  }
}
