/**
 * Random small registers for the property tests: a province, 1-2 districts,
 * 2-4 communes, 3-10 villages (some moving, renamed, ending or starting with
 * lineage rows), own and combined cells, 5-30 people with 0-2 membership
 * episodes, placements, head and secretary terms. Every date comes from a
 * small set so that facts often start or end exactly on a date asked.
 *
 * The builder draws from a stream of numbers that fast-check generates and
 * shrinks; an exhausted stream yields 0, and choice 0 is always the plainest,
 * so shrinking leads to small, readable counterexamples. The registers obey
 * docs/import-format.md's rules, so the importer must accept them without errors.
 */
import fc from 'fast-check';
import type { Register } from '../../../src/modules/register/register.schema.js';
import { emptyRegister } from '../../../src/modules/register/register.schema.js';

/** The dates facts start and end on; bounds are indexes, -1 = open start, DATES.length = open end. */
export const DATES = ['2012-01-01', '2013-03-15', '2014-07-01', '2016-01-01', '2017-06-30', '2019-01-01', '2020-10-10'];
const N = DATES.length;
/** The dates the tests ask about: every fact date, plus dates before, between and after them. */
export const QUERY_DATES = ['2010-06-01', ...DATES.slice(0, 3), '2015-05-05', ...DATES.slice(3), '2022-02-02'];

type Draw = (n: number) => number;
interface Span {
  a: number;
  b: number;
}

const from = (a: number) => (a < 0 ? null : DATES[a]);
const to = (b: number) => (b >= N ? null : DATES[b]);

const CHOICES = 1200;

function drawer(choices: number[]): Draw {
  let i = 0;
  return (n) => (n <= 1 ? 0 : (choices[i++] ?? 0) % n);
}

/** A sub-span [a, b) of [lo, hi); choice 0 is the whole span. */
function sub(draw: Draw, lo: number, hi: number): Span {
  const a = lo + draw(hi - lo);
  const b = hi - draw(hi - a);
  return { a, b };
}

function intersect(x: Span, y: Span): Span | null {
  const a = Math.max(x.a, y.a);
  const b = Math.min(x.b, y.b);
  return a < b ? { a, b } : null;
}

/** Back-to-back terms inside [lo, hi), with gaps; each is [a, b). */
function terms(draw: Draw, lo: number, hi: number): Span[] {
  const out: Span[] = [];
  let cursor = lo;
  while (cursor < hi) {
    cursor += draw(3) === 2 ? 1 : 0; // sometimes a vacancy
    if (cursor >= hi) break;
    const b = Math.min(hi, cursor + 1 + draw(3));
    if (draw(4) !== 3) out.push({ a: cursor, b });
    cursor = b;
  }
  return out;
}

interface Village {
  code: string;
  life: Span;
}

/** Builds one register from a stream of choices. */
export function buildRegister(choices: number[]): Register {
  const draw = drawer(choices);
  const reg = emptyRegister();
  const row = <T extends { row: number }>(list: T[], r: Omit<T, 'row'>) =>
    list.push({ ...r, row: list.length + 2 } as T);
  const always: Span = { a: -1, b: N };

  row(reg.units, {
    code: 'P',
    name: 'Tỉnh Thử',
    level: 'province',
    subtype: 'Tỉnh',
    parentCode: null,
    validFrom: null,
    validTo: null,
  });
  const districts = ['H1', 'H2'].slice(0, 1 + draw(2));
  for (const d of districts) {
    row(reg.units, {
      code: d,
      name: `Huyện ${d}`,
      level: 'district',
      subtype: 'Huyện',
      parentCode: 'P',
      validFrom: null,
      validTo: null,
    });
  }
  const communes: { code: string; life: Span }[] = [];
  const nCommunes = 2 + draw(3);
  for (let i = 1; i <= nCommunes; i++) {
    const code = `X${i}`;
    const d = districts[draw(districts.length)];
    const kind = draw(4);
    const t = draw(N); // a change date index
    if (kind === 1 && districts.length > 1) {
      // moves to the other district on DATES[t]
      const other = districts.find((x) => x !== d)!;
      row(reg.units, {
        code,
        name: `Xã ${code}`,
        level: 'commune',
        subtype: 'Xã',
        parentCode: d,
        validFrom: null,
        validTo: DATES[t],
      });
      row(reg.units, {
        code,
        name: `Xã ${code}`,
        level: 'commune',
        subtype: 'Xã',
        parentCode: other,
        validFrom: DATES[t],
        validTo: null,
      });
      communes.push({ code, life: always });
    } else if (kind === 2) {
      // founded on DATES[t]
      row(reg.units, {
        code,
        name: `Xã ${code}`,
        level: 'commune',
        subtype: 'Xã',
        parentCode: d,
        validFrom: DATES[t],
        validTo: null,
      });
      communes.push({ code, life: { a: t, b: N } });
    } else {
      row(reg.units, {
        code,
        name: `Xã ${code}`,
        level: 'commune',
        subtype: 'Xã',
        parentCode: d,
        validFrom: null,
        validTo: null,
      });
      communes.push({ code, life: always });
    }
  }

  const villages: Village[] = [];
  const nVillages = 3 + draw(8);
  for (let i = 1; i <= nVillages; i++) {
    const code = `V${String(i).padStart(2, '0')}`;
    const c = communes[draw(communes.length)];
    const life = sub(draw, -1, N);
    const base = { code, level: 'village' as const, subtype: 'Thôn' };
    const kind = draw(3);
    // a change inside the life: a move to another commune, or a rename
    const inner = life.b - life.a >= 2 ? life.a + 1 + draw(life.b - life.a - 1) : null;
    if (kind > 0 && inner !== null) {
      const c2 = kind === 1 ? communes[draw(communes.length)] : c;
      row(reg.units, {
        ...base,
        name: `Thôn ${i}`,
        parentCode: c.code,
        validFrom: from(life.a),
        validTo: DATES[inner],
      });
      row(reg.units, {
        ...base,
        name: kind === 1 ? `Thôn ${i}` : `Thôn ${i} mới`,
        parentCode: c2.code,
        validFrom: DATES[inner],
        validTo: to(life.b),
      });
    } else {
      row(reg.units, { ...base, name: `Thôn ${i}`, parentCode: c.code, validFrom: from(life.a), validTo: to(life.b) });
    }
    villages.push({ code, life });
  }
  // lineage: an ended village merges into one valid on its end date; a late village splits from one valid before
  const validAt = (v: Village, t: number) => v.life.a <= t && t < v.life.b;
  const lineage = new Map<string, 'merge' | 'split'>(); // keyed like the sheet: from|to|on
  for (const v of villages) {
    if (v.life.b < N) {
      const into = villages.filter((w) => w !== v && validAt(w, v.life.b));
      if (into.length) lineage.set([v.code, into[draw(into.length)].code, v.life.b].join('|'), 'merge');
    }
    if (v.life.a >= 0) {
      const outOf = villages.filter((w) => w !== v && w.life.a < v.life.a && w.life.b >= v.life.a);
      if (outOf.length) lineage.set([outOf[draw(outOf.length)].code, v.code, v.life.a].join('|'), 'split');
    }
  }
  for (const [l, kind] of lineage) {
    const [f, t, on] = l.split('|');
    row(reg.unit_lineage, { fromCode: f, toCode: t, on: DATES[Number(on)], kind, decision: null });
  }

  // party orgs: a committee, an agency cell with no villages, village cells
  row(reg.party_orgs, {
    code: 'DB',
    name: 'Đảng bộ tỉnh',
    kind: 'committee',
    parentCode: null,
    unitCode: 'P',
    validFrom: null,
    validTo: null,
  });
  row(reg.party_orgs, {
    code: 'CQ',
    name: 'Chi bộ cơ quan',
    kind: 'cell',
    parentCode: 'DB',
    unitCode: 'P',
    validFrom: null,
    validTo: null,
  });
  const cells: { code: string; life: Span }[] = [];
  const nCells = 1 + draw(5);
  for (let i = 1; i <= nCells; i++) {
    const code = `CB${i}`;
    const life = sub(draw, -1, N);
    row(reg.party_orgs, {
      code,
      name: `Chi bộ ${i}`,
      kind: 'cell',
      parentCode: 'DB',
      unitCode: 'P',
      validFrom: from(life.a),
      validTo: to(life.b),
    });
    cells.push({ code, life });
    const covered = new Set<string>();
    const nCovered = 1 + draw(4); // 1 = an own cell, more = a combined one (while the coverings overlap)
    for (let k = 0; k < nCovered; k++) {
      const v = villages[draw(villages.length)];
      if (covered.has(v.code)) continue;
      covered.add(v.code);
      const span = intersect(life, v.life);
      if (!span) continue;
      const s = sub(draw, span.a, span.b);
      row(reg.cell_villages, { cellCode: code, villageCode: v.code, validFrom: from(s.a), validTo: to(s.b) });
    }
  }

  // members crowd into the first villages sometimes, so that villages with 3+ members occur
  const pickVillage = () => villages[draw(3) ? draw(Math.min(2, villages.length)) : draw(villages.length)];
  const nPeople = 5 + draw(26);
  const people: string[] = [];
  for (let i = 1; i <= nPeople; i++) {
    const code = `N${String(i).padStart(2, '0')}`;
    people.push(code);
    row(reg.people, {
      personCode: code,
      fullName: `Người ${i}`,
      birthDate: `19${70 + (i % 15)}-05-0${1 + (i % 9)}`,
      gender: i % 2 ? 'male' : 'female',
      ethnicity: 'Kinh',
      residenceVillageCode: draw(2) ? villages[draw(villages.length)].code : null,
      communeOfficial: draw(5) === 0,
    });
    const episodes: Span[] = [];
    const nEpisodes = [0, 1, 1, 2][draw(4)];
    let start = draw(N); // membership needs a real admission date
    for (let e = 0; e < nEpisodes && start < N; e++) {
      const b = e + 1 < nEpisodes ? Math.min(N, start + 1 + draw(N - start)) : start + 1 + draw(N - start);
      episodes.push({ a: start, b });
      start = b + draw(2);
    }
    episodes.forEach((ep, e) => {
      const official = draw(3) === 0 ? null : ep.a + draw(ep.b - ep.a); // never on or after the end
      const next = episodes[e + 1];
      row(reg.memberships, {
        personCode: code,
        cardNo: official === null ? null : `33.${String(i * 10 + e).padStart(6, '0')}`,
        admittedOn: DATES[ep.a],
        officialOn: official === null || official >= N ? null : DATES[official],
        endedOn: to(ep.b),
        endReason: ep.b >= N ? null : next ? 'removed' : (['death', 'resigned', 'removed'] as const)[draw(3)],
      });
      // official placements: back-to-back segments of the episode, some without a village or with none at all
      for (const seg of draw(2) ? [ep] : terms(draw, ep.a, ep.b)) {
        const village = draw(6) === 5 ? null : pickVillage().code;
        const cell = cells.filter((c) => c.life.a <= seg.a && seg.b <= c.life.b);
        row(reg.placements, {
          personCode: code,
          cellCode: cell.length && draw(2) ? cell[draw(cell.length)].code : 'CQ',
          villageCode: village,
          validFrom: DATES[seg.a],
          validTo: to(seg.b),
          kind: 'official',
          reason: 'transfer',
        });
      }
      if (draw(3) === 0) {
        const s = sub(draw, ep.a, ep.b);
        row(reg.placements, {
          personCode: code,
          cellCode: 'CQ',
          villageCode: villages[draw(villages.length)].code,
          validFrom: DATES[s.a],
          validTo: to(s.b),
          kind: 'temporary',
          reason: 'other',
        });
      }
    });
  }

  for (const v of villages) {
    for (const t of terms(draw, v.life.a, v.life.b)) {
      row(reg.head_terms, {
        villageCode: v.code,
        personCode: people[draw(people.length)],
        role: 'head',
        validFrom: from(t.a),
        validTo: to(t.b),
        how: 'elected',
      });
    }
    if (draw(3) === 0) {
      const t = sub(draw, v.life.a, v.life.b);
      row(reg.head_terms, {
        villageCode: v.code,
        personCode: people[draw(people.length)],
        role: 'deputy',
        validFrom: from(t.a),
        validTo: to(t.b),
        how: 'elected',
      });
    }
  }
  for (const c of cells) {
    // often a head of a village the cell covers, so that "secretary is head" happens
    const covered = new Set(reg.cell_villages.filter((cv) => cv.cellCode === c.code).map((cv) => cv.villageCode));
    const heads = reg.head_terms.filter((h) => covered.has(h.villageCode)).map((h) => h.personCode);
    for (const t of terms(draw, c.life.a, c.life.b)) {
      const person = heads.length && draw(2) ? heads[draw(heads.length)] : people[draw(people.length)];
      row(reg.secretary_terms, { cellCode: c.code, personCode: person, validFrom: from(t.a), validTo: to(t.b) });
    }
  }
  return reg;
}

/**
 * Arbitrary registers. The stream is long enough for the largest register
 * (fast-check's default sizes would end it early and leave most people
 * without a membership); shrinking lowers its numbers, which simplifies the register.
 */
export const registerArbitrary: fc.Arbitrary<Register> = fc
  .array(fc.nat({ max: 10_000 }), { minLength: CHOICES, maxLength: CHOICES })
  .map(buildRegister);
