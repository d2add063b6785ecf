/**
 * Which rows of an import an account with a scope may write. Only rows that
 * the import inserts or updates count: re-importing an export that names a
 * unit outside the scope (the scope's own parent, say) changes nothing there
 * and is allowed. A row is in scope when every unit, org and person it writes
 * about is covered by the scope (registerScope), where
 * - units and orgs that the import creates join the scope when their parent
 *   (or, for an org, territory) is in it;
 * - people join it when the import places them in a covered cell or village
 *   or gives them a covered residence (a member transferred in); naming
 *   someone head of a covered village or secretary of a covered cell does not
 *   bring them in;
 * - a parent, territory or residence outside the scope is accepted only when
 *   it is the one already stored for that unit, org or person, so a scoped
 *   account may rename its own commune but not move a unit in or out.
 * These sets span all history; the rows about people (memberships,
 * placements, terms) must moreover lie in scope at the dates they take effect
 * (requireWritable in register/writable.ts, with what the import creates).
 */
import type { ImportChanges } from './register.service.js';
import type { Created } from './writable.js';
import { sheetNames, type Register, type SheetName } from './register.schema.js';
import type { RegisterScope } from '../transfer/transfer.repository.js';

/** One row that writes outside the scope: where it is and the code that is outside. */
export interface OutOfScopeRow {
  sheet: SheetName;
  row: number;
  column: string;
  value: string;
}

/** The scope grown by what the import itself creates or ties to it. */
function grownScope({ input, existing }: ImportChanges, scope: RegisterScope): RegisterScope {
  const units = new Set(scope.units);
  const orgs = new Set(scope.orgs);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of input.units) {
      if (!units.has(u.code) && !existing.unitLevels.has(u.code) && u.parentCode !== null && units.has(u.parentCode)) {
        units.add(u.code);
        grew = true;
      }
    }
    for (const o of input.party_orgs) {
      const under = (o.unitCode !== null && units.has(o.unitCode)) || (o.parentCode !== null && orgs.has(o.parentCode));
      if (!orgs.has(o.code) && !existing.orgKinds.has(o.code) && under) {
        orgs.add(o.code);
        grew = true;
      }
    }
  }
  const people = new Set(scope.people);
  const village = (code: string | null) => code !== null && units.has(code);
  for (const p of input.people) if (village(p.residenceVillageCode)) people.add(p.personCode);
  for (const p of input.placements)
    if (orgs.has(p.cellCode) && (p.villageCode === null || village(p.villageCode))) people.add(p.personCode);
  return { units, orgs, people };
}

/** The units, orgs and people that the import creates within the scope: judged by its own rows, as they are not stored yet. */
export function createdInScope(changes: ImportChanges, scope: RegisterScope): Created {
  const grown = grownScope(changes, scope);
  const { existing, input } = changes;
  const storedPeople = new Set(existing.register.people.map((p) => p.personCode));
  return {
    units: new Set(input.units.map((u) => u.code).filter((c) => grown.units.has(c) && !existing.unitLevels.has(c))),
    orgs: new Set(input.party_orgs.map((o) => o.code).filter((c) => grown.orgs.has(c) && !existing.orgKinds.has(c))),
    people: new Set(input.people.map((p) => p.personCode).filter((c) => grown.people.has(c) && !storedPeople.has(c))),
  };
}

/** One column to check: the code in it, the set it must be in, and the stored (subject, code) pairs that excuse it. */
type Rule<R> = [column: string, code: (r: R) => string | null, within: Set<string>, kept?: Set<string>];
type Rules = { [S in SheetName]: Rule<Register[S][number]>[] };

/** The rows an import would write outside the scope; empty when it may go ahead. */
export function outOfScopeRows(changes: ImportChanges, scope: RegisterScope): OutOfScopeRow[] {
  const { units, orgs, people } = grownScope(changes, scope);
  const stored = changes.existing.register;
  // A parent, territory or residence outside the scope passes only when the same subject already has it stored.
  const pairs = <T>(list: T[], pair: (r: T) => [string, string | null]) =>
    new Set(list.map((r) => pair(r).join('\u0001')));
  const rules: Rules = {
    units: [
      ['code', (r) => r.code, units],
      ['parent_code', (r) => r.parentCode, units, pairs(stored.units, (s) => [s.code, s.parentCode])],
    ],
    unit_lineage: [
      ['from_code', (r) => r.fromCode, units],
      ['to_code', (r) => r.toCode, units],
    ],
    party_orgs: [
      ['code', (r) => r.code, orgs],
      ['unit_code', (r) => r.unitCode, units, pairs(stored.party_orgs, (s) => [s.code, s.unitCode])],
      ['parent_code', (r) => r.parentCode, orgs, pairs(stored.party_orgs, (s) => [s.code, s.parentCode])],
    ],
    cell_villages: [
      ['cell_code', (r) => r.cellCode, orgs],
      ['village_code', (r) => r.villageCode, units],
    ],
    people: [
      ['person_code', (r) => r.personCode, people],
      [
        'residence_village_code',
        (r) => r.residenceVillageCode,
        units,
        pairs(stored.people, (s) => [s.personCode, s.residenceVillageCode]),
      ],
    ],
    memberships: [['person_code', (r) => r.personCode, people]],
    placements: [
      ['cell_code', (r) => r.cellCode, orgs],
      ['village_code', (r) => r.villageCode, units],
    ],
    head_terms: [['village_code', (r) => r.villageCode, units]],
    secretary_terms: [['cell_code', (r) => r.cellCode, orgs]],
  };
  const out: OutOfScopeRow[] = [];
  for (const sheet of sheetNames) {
    const checks = rules[sheet] as Rule<Register[SheetName][number]>[];
    for (const r of changes.write[sheet] as Register[SheetName][number][]) {
      // The first column names the row's subject: the unit, org or person whose stored references excuse it.
      const subject = checks[0][1](r);
      for (const [column, code, within, kept] of checks) {
        const value = code(r);
        if (value === null || within.has(value) || kept?.has(`${subject}\u0001${value}`)) continue;
        out.push({ sheet, row: r.row, column, value });
      }
    }
  }
  return out;
}
