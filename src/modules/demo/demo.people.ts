/**
 * Synthetic people and their membership episodes. Every episode obeys the
 * rules: admitted at 18-60 (counted in months; a handful over 60, which the
 * importer only warns about), official exactly 12 months after admission or
 * removed at the end of probation, a card only once official, expulsion only
 * of official members, deaths late in life.
 */
import { addMonths, type Day } from './demo.dates.js';
import { START, TODAY, type Member, type Person } from './demo.model.js';
import { ethnicity, personName } from './demo.names.js';
import type { Rng } from './demo.random.js';

const DAYS_PER_YEAR = 365.2425;

export class People {
  readonly all: Person[] = [];
  readonly members: Member[] = [];
  constructor(private readonly rng: Rng) {}

  /** A new person; codes run P000001, P000002... in creation order. */
  person(birth: Day, gender: 'male' | 'female', residence: string | null, official = false): Person {
    const p: Person = {
      code: `P${String(this.all.length + 1).padStart(6, '0')}`,
      name: personName(this.rng, gender),
      birth,
      gender,
      ethnicity: ethnicity(this.rng),
      residence,
      official,
      member: null,
    };
    this.all.push(p);
    return p;
  }

  /** Someone of the given age in whole months (plus a few days) on `on`. */
  bornBefore(
    on: Day,
    ageMonths: number,
    gender: 'male' | 'female',
    residence: string | null,
    official = false,
  ): Person {
    return this.person(addMonths(on, -ageMonths) - this.rng.int(0, 27), gender, residence, official);
  }

  /** The age (in months) of a newly admitted member: mostly young, rarely past 45, very rarely past 60. */
  admissionAgeMonths(): number {
    const r = this.rng.next();
    if (r < 0.0005) return this.rng.int(721, 735);
    if (r < 0.6) return this.rng.int(217, 360);
    if (r < 0.89) return this.rng.int(361, 540);
    return this.rng.int(541, 710);
  }

  /** A membership episode admitted on `admitted`; `alive` is a day the member must outlive; `dies` forces a death. */
  admit(
    person: Person,
    admitted: Day,
    opts: { alive?: Day; dies?: Day; local: boolean; agency: string | null },
  ): Member {
    const rng = this.rng;
    const m: Member = {
      person,
      admitted,
      official: null,
      ended: null,
      endReason: null,
      cardNo: null,
      village: null,
      agency: opts.agency,
      local: opts.local,
      returnOn: null,
      segs: [],
      done: false,
    };
    person.member = m;
    this.members.push(m);
    const probationEnd = addMonths(admitted, 12);
    if (opts.dies !== undefined) {
      m.official = probationEnd < opts.dies ? probationEnd : null;
      m.ended = opts.dies;
      m.endReason = 'death';
      return m;
    }
    if (admitted >= START && probationEnd <= TODAY && rng.chance(0.02)) {
      m.ended = probationEnd;
      m.endReason = 'removed';
      return m;
    }
    if (probationEnd <= TODAY) m.official = probationEnd;
    const floor = Math.max(opts.alive ?? admitted, admitted) + 45;
    let death = 0;
    for (let i = 0; i < 30 && death <= floor; i++) {
      death = person.birth + Math.round(Math.min(101, rng.normal(79, 9)) * DAYS_PER_YEAR) + rng.int(0, 300);
    }
    if (death <= floor) death = floor + rng.int(60, 2000);
    const ends: [Day, Member['endReason']][] = [[death, 'death']];
    const from = Math.max(admitted, START);
    if (rng.chance(0.012)) ends.push([rng.int(Math.max(from, probationEnd + 30), TODAY + 3000), 'resigned']);
    if (m.official !== null && rng.chance(0.005))
      ends.push([rng.int(Math.max(from, m.official + 180), TODAY + 3000), 'expelled']);
    if (m.official !== null && rng.chance(0.004))
      ends.push([rng.int(Math.max(from, m.official + 180), TODAY + 3000), 'removed']);
    const after = Math.max(opts.alive ?? admitted, admitted);
    const [day, reason] = ends.filter(([d]) => d > after).sort((a, b) => a[0] - b[0])[0];
    if (day <= TODAY) {
      m.ended = day;
      m.endReason = reason;
      if (m.official !== null && m.official >= day) m.official = null;
    }
    return m;
  }
}
