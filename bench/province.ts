/**
 * The province-scale register: the demo province (generateDemo), topped up
 * with synthetic members until memberships + placements reach the target
 * (120,000 rows). The extra members obey the importer's rules: placements
 * inside their membership, one official placement at a time, in a village a
 * cell covers while it covers it, temporary placements beside the official one.
 */
import { createRng, type Rng } from '../src/modules/demo/demo.random.js';
import { generateDemo } from '../src/modules/demo/demo.generator.js';
import type { MembershipRow, PersonRow, PlacementRow, Register } from '../src/modules/register/register.schema.js';

export const PROVINCE_ROWS_TARGET = 120_000;

const DAY = 86_400_000;
const FIRST = Date.UTC(1985, 0, 1) / DAY;
const LAST = Date.UTC(2025, 5, 30) / DAY; // the synthetic histories stop here
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const day = (s: string | null, open: number) => (s === null ? open : Date.parse(s) / DAY);

/** A cell covering a village for a span, clipped to the village's own validity. */
interface Slot {
  cellCode: string;
  villageCode: string;
  from: number;
  to: number;
}

function slotsOf(r: Register): Slot[] {
  const life = new Map<string, { from: number; to: number }>();
  for (const u of r.units) {
    if (u.level !== 'village') continue;
    const l = life.get(u.code) ?? { from: Infinity, to: -Infinity };
    l.from = Math.min(l.from, day(u.validFrom, -Infinity));
    l.to = Math.max(l.to, day(u.validTo, Infinity));
    life.set(u.code, l);
  }
  const cellLife = new Map<string, { from: number; to: number }>();
  for (const o of r.party_orgs) {
    if (o.kind !== 'cell') continue;
    const l = cellLife.get(o.code) ?? { from: Infinity, to: -Infinity };
    l.from = Math.min(l.from, day(o.validFrom, -Infinity));
    l.to = Math.max(l.to, day(o.validTo, Infinity));
    cellLife.set(o.code, l);
  }
  const out: Slot[] = [];
  for (const cv of r.cell_villages) {
    const v = life.get(cv.villageCode);
    const c = cellLife.get(cv.cellCode);
    if (!v || !c) continue;
    const from = Math.max(day(cv.validFrom, -Infinity), v.from, c.from, FIRST);
    const to = Math.min(day(cv.validTo, Infinity), v.to, c.to, LAST);
    if (to - from > 400) out.push({ cellCode: cv.cellCode, villageCode: cv.villageCode, from, to });
  }
  return out;
}

/** One synthetic member: a membership and its placements, or null when the draw does not fit. */
function member(
  rng: Rng,
  slots: Slot[],
  code: string,
): { person: PersonRow; membership: MembershipRow; placements: PlacementRow[] } | null {
  const home = rng.pick(slots);
  const admitted = rng.int(Math.max(home.from, FIRST), home.to - 200);
  const official = admitted + 365 <= LAST ? admitted + 365 : null;
  const ended = official !== null && rng.chance(0.12) ? rng.int(official + 1, LAST) : null;
  const end = Math.min(ended ?? Infinity, home.to);
  if (end - admitted < 60) return null;
  // 1-3 consecutive official placements; the earlier ones in another covered village when it fits.
  const k =
    end - admitted < 400
      ? 1
      : rng.weighted([
          [1, 3],
          [2, 4],
          [3, 3],
        ] as const);
  const cuts = [admitted];
  for (let i = 1; i < k; i++) cuts.push(rng.int(cuts[i - 1] + 30, end - 30 * (k - i)));
  cuts.push(end);
  const placements: PlacementRow[] = [];
  for (let i = 0; i < k; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const other = rng.pick(slots);
    const slot = i < k - 1 && other.from <= from && to <= other.to ? other : home;
    placements.push({
      row: 0,
      personCode: code,
      cellCode: slot.cellCode,
      villageCode: slot.villageCode,
      validFrom: iso(from),
      validTo: to >= LAST && ended === null && end === LAST ? null : iso(to),
      kind: 'official',
      reason: i === 0 ? 'admission' : 'transfer',
    });
  }
  if (rng.chance(0.15) && end - admitted > 500) {
    const t = rng.pick(slots);
    const from = rng.int(admitted, end - 400);
    const to = from + rng.int(90, 365);
    if (t.from <= from && to <= t.to) {
      placements.push({
        row: 0,
        personCode: code,
        cellCode: t.cellCode,
        villageCode: t.villageCode,
        validFrom: iso(from),
        validTo: iso(to),
        kind: 'temporary',
        reason: 'other',
      });
    }
  }
  const birth = admitted - rng.int(22 * 365, 40 * 365);
  return {
    person: {
      row: 0,
      personCode: code,
      fullName: `Đảng viên Bench ${code.slice(-6)}`,
      birthDate: iso(birth),
      gender: rng.chance(0.55) ? 'male' : 'female',
      ethnicity: 'Kinh',
      residenceVillageCode: home.villageCode,
      communeOfficial: false,
    },
    membership: {
      row: 0,
      personCode: code,
      cardNo: official === null ? null : `33.9${code.slice(-5)}`,
      admittedOn: iso(admitted),
      officialOn: official === null ? null : iso(official),
      endedOn: ended === null ? null : iso(ended),
      endReason: ended === null ? null : rng.chance(0.8) ? 'death' : 'resigned',
    },
    placements,
  };
}

/** The province-scale register and how much of it is synthetic. */
export interface ProvinceRegister {
  register: Register;
  demoRows: number;
  syntheticPeople: number;
  rows: number;
  generateSeconds: number;
}

/** The demo register topped up to `target` membership + placement rows; deterministic from the seed. */
export function provinceRegister(seed: number, target = PROVINCE_ROWS_TARGET): ProvinceRegister {
  const t0 = performance.now();
  const register = generateDemo({ seed });
  const demoRows = register.memberships.length + register.placements.length;
  const rng = createRng(seed ^ 0x5eed);
  const slots = slotsOf(register);
  let rows = demoRows;
  let n = 0;
  while (rows < target && slots.length > 0) {
    const m = member(rng, slots, `BENCH${String(n + 1).padStart(6, '0')}`);
    if (!m) continue;
    n++;
    register.people.push(m.person);
    register.memberships.push(m.membership);
    register.placements.push(...m.placements);
    rows += 1 + m.placements.length;
  }
  // Row numbers as Excel would show them, so that any import issue points somewhere real.
  for (const rowsOfSheet of Object.values(register)) {
    for (const [i, r] of (rowsOfSheet as { row: number }[]).entries()) r.row = i + 2;
  }
  return { register, demoRows, syntheticPeople: n, rows, generateSeconds: (performance.now() - t0) / 1000 };
}
