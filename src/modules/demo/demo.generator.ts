/**
 * The demo province: the real units of today's Hưng Yên (province 33) before
 * and after the 2025 reform: the old Hưng Yên and the old Thái Bình (province
 * 34), each with its districts and communes, merged on 1/7/2025. About 1,080
 * synthetic villages in the old Hưng Yên and as many for its size in Thái
 * Bình, people and their party histories from 2005 to today, deterministic
 * from a seed. The figures move the way the source article describes (fewer
 * white and weak villages, fewer non-party heads). See demo.plan.ts for the
 * targets.
 */
import type { Register } from '../register/register.schema.js';
import { addMonths, ageYears, type Day } from './demo.dates.js';
import { generateHeads, generateSecretaries } from './demo.heads.js';
import { PROVINCE, REFORM, START, TODAY, villageDecision, type Member, type Village } from './demo.model.js';
import { People } from './demo.people.js';
import { chooseAnchors, planEvents, planVillages, type VillagePlan } from './demo.plan.js';
import { createRng, type Rng } from './demo.random.js';
import { simulate } from './demo.simulation.js';
import { layOutVillages, loadTerritory, VILLAGES_2013, type Territory } from './demo.units.js';
import { validAt, type World } from './demo.world.js';
import { writeRegister } from './demo.writer.js';

/** The seed `grassroots demo` uses unless told otherwise (the year of the directive; the CLI uses the same). */
export const DEFAULT_SEED = 2013;
/** People in the register, members or not, per village of 2005: 60,000 for the old Hưng Yên's 1,079. */
export const PEOPLE_PER_VILLAGE = 60_000 / VILLAGES_2013;

let territoryCache: Territory | null = null;

/** Generates the demo register; the same seed always gives the same register. */
export function generateDemo(options: { seed?: number } = {}): Register {
  const rng = createRng(options.seed ?? DEFAULT_SEED);
  const territory = (territoryCache ??= loadTerritory());
  const laid = layOutVillages(rng.fork(), territory.communes);
  const planList = planVillages(rng.fork(), laid);
  const villages: Village[] = laid.map((l, i) => ({
    ...l,
    cls: planList[i].cls,
    desired: planList[i].desired,
    anchor: false,
    event: false,
  }));
  const plans = new Map<Village, VillagePlan>(villages.map((v, i) => [v, planList[i]]));
  const anchors = chooseAnchors(villages, plans);
  const provinceNames = new Map(territory.oldProvinces.map((p) => [p.code, p.name]));
  const events = planEvents(rng.fork(), villages, plans, (p) => villageDecision(provinceNames.get(p)!));
  for (const e of events) {
    for (const v of e.kind === 'split' ? e.into : [e.into]) {
      villages.push(v);
      plans.set(v, { cls: 'S', desired: v.desired, weakStart: false, lastMemberDies: null, base: 0 });
    }
  }
  const newCodes = new Map(territory.newCommunes.map((c) => [c.code, c.name]));
  const world: World = {
    rng: rng.fork(),
    territory,
    villages,
    plans,
    events,
    anchors,
    cells: [],
    agency: new Map(),
    agencyTarget: new Map(),
    people: new People(rng.fork()),
    villageLineage: [],
    continuing: new Set(territory.communes.map((c) => c.code).filter((c) => newCodes.has(c))),
    communeNames: new Map(
      territory.communes.map((c) => [c.code, { before: c.name, after: newCodes.get(c.code) ?? null }]),
    ),
    reformed: false,
    active: new Set(),
    ends: new Map(),
    endedUpTo: START - 1,
    combinedCount: new Map(),
    dirty: new Set(),
    drops: [],
    cellCodes: new Set(),
  };
  simulate(world);
  addTemporaryPlacements(world, rng.fork());
  assignCards(world, rng.fork());
  const heads = generateHeads(world);
  const secretaries = generateSecretaries(world, heads);
  addResidents(world, rng.fork(), Math.round(laid.length * PEOPLE_PER_VILLAGE));
  return writeRegister(world, heads, secretaries);
}

/**
 * A few members take part for 3-12 months in another cell beside their official
 * one (study, seasonal work): in an anchor village's cell, which exists for the
 * whole period, never across the reform.
 */
function addTemporaryPlacements(w: World, rng: Rng): void {
  const hosts = [...w.anchors.values()]
    .filter((a) => a.ownCell && a.ownCell.from === null && a.ownCell.to === null)
    .map((a) => a.ownCell!.code);
  for (const m of w.people.members) {
    if (!rng.chance(0.025)) continue;
    const earliest = addMonths(Math.max(m.admitted, START), 1);
    const latest = addMonths(Math.min(m.ended ?? TODAY, TODAY), -13);
    if (latest <= earliest) continue;
    let from = rng.int(earliest, latest);
    let to = addMonths(from, rng.int(3, 12));
    if (from < REFORM && to > REFORM) [from, to] = [REFORM, addMonths(REFORM, rng.int(3, 12))];
    if (to > Math.min(m.ended ?? TODAY, TODAY)) continue;
    const official = m.segs.find((s) => s.kind === 'official' && s.from <= from && (s.to === null || from < s.to));
    const cell = rng.pick(hosts);
    if (!official || official.cell === cell) continue;
    m.segs.push({ cell, village: null, from, to, kind: 'temporary', reason: 'transfer' });
  }
}

/**
 * Party cards in the order of official recognition: the code of the
 * provincial committee that issues them and six digits; Thái Bình's committee
 * issued its own ('34.') until the merger, the new Hưng Yên's from then on.
 */
function assignCards(w: World, rng: Rng): void {
  const official = w.people.members
    .filter((m) => m.official !== null)
    .sort((a, b) => a.official! - b.official! || (a.person.code < b.person.code ? -1 : 1));
  const provinceOf = new Map(w.villages.map((v) => [v.code, v.oldProvince]));
  const next = new Map(w.territory.oldProvinces.map((p) => [p.code, rng.int(10_000, 40_000)]));
  for (const m of official) {
    const province = m.official! >= REFORM ? PROVINCE : provinceOf.get(firstVillage(m))!;
    const n = next.get(province)! + rng.int(1, 3);
    next.set(province, n);
    m.cardNo = `${province}.${String(n).padStart(6, '0')}`;
  }
}

/** The village a member first counted for, else where they live (a commune official). */
function firstVillage(m: Member): string {
  return m.segs.find((s) => s.village !== null)?.village ?? m.person.residence!;
}

/** Residents who are neither members nor heads, up to `target` people; about 5% of all people are commune officials. */
function addResidents(w: World, rng: Rng, target: number): void {
  const villages = w.villages.filter((v) => validAt(v, TODAY));
  const officials = w.people.all.filter((p) => p.official).length;
  const missing = target - w.people.all.length;
  const officialShare = Math.max(0, (target * 0.05 - officials) / Math.max(1, missing));
  for (let i = 0; i < missing; i++) {
    const official = rng.chance(officialShare);
    const age = official ? rng.int(24, 58) : rng.int(18, 88);
    const home = rng.chance(0.01) ? null : rng.pick(villages).code;
    w.people.bornBefore(TODAY as Day, age * 12 + rng.int(0, 11), rng.chance(0.5) ? 'female' : 'male', home, official);
  }
  void ageYears;
}
