/**
 * The one object-level check of the register's write path. Every write (a
 * form, a workflow step, an import) lists what it references or changes, each
 * with the date the change takes effect there, and passes requireWritable
 * before anything is written:
 * - a unit (village, commune) must be in the account's scope at that date
 *   (unitInScope, which follows lineage);
 * - a party org or cell must belong, at that date, to a unit in scope;
 * - a person must, at that date, live in a village in scope or hold a
 *   placement (active that day) in a cell or village in scope. A head's,
 *   secretary's, candidate's or task-force link never counts: naming someone
 *   does not bring them into scope. A person the change itself creates with an
 *   in-scope residence or placement is writable. Cutting short a head's or
 *   secretary's term in a village or cell in scope (a successor takes over)
 *   is judged by the village or cell alone.
 * Reads follow history more widely (personInScope): a person once placed in
 * the commune stays readable there, but is no longer writable there.
 */
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { rowKey } from './register.keys.js';
import type { Register } from './register.schema.js';
import type { ImportChanges } from './register.service.js';
import { refWritable } from './writable.repository.js';

/** One thing a change references or changes, and the date the change takes effect there. */
export interface WriteRef {
  kind: 'unit' | 'org' | 'person';
  code: string;
  at: string;
}

/** What the change itself creates: references to these are judged by the change's own rows (the import's scope rules). */
export interface Created {
  units?: ReadonlySet<string>;
  orgs?: ReadonlySet<string>;
  people?: ReadonlySet<string>;
}

/** The references that lie outside the scope at their dates, each (kind, code, date) judged once; none for an account without a scope. */
export async function outOfScopeRefs(
  db: Db,
  scopeCode: string | null,
  refs: WriteRef[],
  created: Created = {},
): Promise<WriteRef[]> {
  if (scopeCode === null) return [];
  const seen = new Map<string, boolean>();
  const out: WriteRef[] = [];
  for (const ref of refs) {
    const own = ref.kind === 'unit' ? created.units : ref.kind === 'org' ? created.orgs : created.people;
    if (own?.has(ref.code)) continue;
    const key = `${ref.kind}\u0001${ref.code}\u0001${ref.at}`;
    let ok = seen.get(key);
    if (ok === undefined) seen.set(key, (ok = await refWritable(db, scopeCode, ref)));
    if (!ok) out.push(ref);
  }
  return out;
}

/**
 * Refuses with OUT_OF_SCOPE, naming the first code outside, unless every
 * reference lies in the scope at its date. Call it before the change writes,
 * or inside its transaction before any write, so that a refusal leaves
 * nothing behind. The error names the code that was sent, never a name.
 */
export async function requireWritable(
  db: Db,
  scopeCode: string | null,
  refs: WriteRef[],
  created: Created = {},
): Promise<void> {
  const [first] = await outOfScopeRefs(db, scopeCode, refs, created);
  if (first) throw new AppError('OUT_OF_SCOPE', { code: first.code });
}

type Dated = { validFrom: string | null; validTo: string | null };

/**
 * The dates a written row takes effect: a new row from its start (today for
 * one without a start); a changed row at each date that changed, old and new
 * (an end moved from 2015 to 2020 changes the years between, judged from
 * 2015), or from its start when only a value without a date changed.
 */
function effect<R>(row: R, stored: R | undefined, start: string | null, dated: (keyof R)[]): string[] {
  const now = today();
  if (!stored) return [start ?? now];
  const changed = dated
    .filter((f) => row[f] !== stored[f])
    .flatMap((f) => [row[f], stored[f]] as (string | null)[])
    .filter((x): x is string => x !== null);
  return [...new Set(changed.length > 0 ? changed : [start ?? now])];
}

/**
 * What the rows an import (or a form through the importer) would insert or
 * update reference, at the dates they take effect: the people, villages and
 * cells of people, memberships, placements, head and secretary terms. The
 * units, orgs and coverage it defines are judged by their codes
 * (register.scope.ts), as what the import creates is not stored yet.
 */
export function changeRefs({ write, existing }: ImportChanges): WriteRef[] {
  const stored = <S extends 'people' | 'memberships' | 'placements' | 'head_terms' | 'secretary_terms'>(sheet: S) => {
    const key = rowKey[sheet] as (r: Register[S][number]) => string;
    const map = new Map((existing.register[sheet] as Register[S][number][]).map((r) => [key(r), r]));
    return (r: Register[S][number]) => map.get(key(r));
  };
  const refs: WriteRef[] = [];
  const add = (kind: WriteRef['kind'], code: string | null, dates: string[]) => {
    if (code !== null) for (const at of dates) refs.push({ kind, code, at });
  };
  const person = stored('people');
  for (const p of write.people) {
    const before = person(p);
    add('person', p.personCode, before ? [today()] : []);
    if (!before || before.residenceVillageCode !== p.residenceVillageCode)
      add('unit', p.residenceVillageCode, [today()]);
  }
  const membership = stored('memberships');
  for (const m of write.memberships) {
    const before = membership(m);
    add('person', m.personCode, before ? effect(m, before, null, ['officialOn', 'endedOn']) : [m.admittedOn]);
  }
  const termLike = <R extends Dated>(
    list: R[],
    before: (r: R) => R | undefined,
    refsOf: (r: R) => [WriteRef['kind'], string | null][],
    isLink: boolean,
  ) => {
    for (const r of list) {
      const old = before(r);
      const dates = effect<Dated>(r, old, r.validFrom, ['validTo']);
      // a changed placement or term: its person at its start, where the stored row itself placed them
      let personDates = old && r.validFrom !== null ? [r.validFrom] : dates;
      // cutting short a head's or secretary's term in a village or cell in scope (a successor takes over) changes
      // nothing about the person: the row is judged by its village or cell; naming or lengthening needs the person
      if (isLink && old && r.validTo !== null && (old.validTo === null || r.validTo < old.validTo)) personDates = [];
      for (const [kind, code] of refsOf(r)) add(kind, code, kind === 'person' ? personDates : dates);
    }
  };
  termLike(
    write.placements,
    stored('placements'),
    (p) => [
      ['person', p.personCode],
      ['org', p.cellCode],
      ['unit', p.villageCode],
    ],
    false,
  );
  termLike(
    write.head_terms,
    stored('head_terms'),
    (h) => [
      ['person', h.personCode],
      ['unit', h.villageCode],
    ],
    true,
  );
  termLike(
    write.secretary_terms,
    stored('secretary_terms'),
    (s) => [
      ['person', s.personCode],
      ['org', s.cellCode],
    ],
    true,
  );
  return refs;
}
