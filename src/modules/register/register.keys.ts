import type { UnitLevel } from '../../db/schema/index.js';
import type { Register, SheetName } from './register.schema.js';

type Row<S extends SheetName> = Register[S][number];
type KeyFns = { [S in SheetName]: (r: Row<S>) => string };

const k = (...parts: (string | null)[]) => parts.map((p) => p ?? '').join('\u0001');

/**
 * How rows are matched ("by their codes and dates"): the same keys as the
 * unique constraints of the schema, so the database and the import agree on
 * what is one row.
 */
export const rowKey: KeyFns = {
  units: (r) => k(r.code, r.validFrom),
  unit_lineage: (r) => k(r.fromCode, r.toCode, r.on),
  party_orgs: (r) => k(r.code, r.validFrom),
  cell_villages: (r) => k(r.cellCode, r.villageCode, r.validFrom),
  people: (r) => k(r.personCode),
  memberships: (r) => k(r.personCode, r.admittedOn),
  placements: (r) => k(r.personCode, r.cellCode, r.kind, r.validFrom),
  head_terms: (r) => k(r.villageCode, r.personCode, r.role, r.validFrom),
  secretary_terms: (r) => k(r.cellCode, r.personCode, r.validFrom),
};

/** The key columns of each sheet, shown in a duplicate-row error. */
export const keyColumns: Record<SheetName, string[]> = {
  units: ['code', 'valid_from'],
  unit_lineage: ['from_code', 'to_code', 'on'],
  party_orgs: ['code', 'valid_from'],
  cell_villages: ['cell_code', 'village_code', 'valid_from'],
  people: ['person_code'],
  memberships: ['person_code', 'admitted_on'],
  placements: ['person_code', 'cell_code', 'kind', 'valid_from'],
  head_terms: ['village_code', 'person_code', 'role', 'valid_from'],
  secretary_terms: ['cell_code', 'person_code', 'valid_from'],
};

/** The non-key fields whose change makes a matched row "updated" (levels and kinds are identity). */
export const keyValueOf: KeyFns = {
  units: (r) => k(r.name, r.subtype, r.parentCode, r.validTo),
  unit_lineage: (r) => k(r.kind, r.decision),
  party_orgs: (r) => k(r.name, r.parentCode, r.unitCode, r.validTo),
  cell_villages: (r) => k(r.validTo),
  people: (r) =>
    k(r.fullName, r.birthDate, r.gender, r.ethnicity, r.residenceVillageCode, r.communeOfficial ? '1' : '0'),
  memberships: (r) => k(r.cardNo, r.officialOn, r.endedOn, r.endReason),
  placements: (r) => k(r.villageCode, r.validTo, r.reason),
  head_terms: (r) => k(r.validTo, r.how),
  secretary_terms: (r) => k(r.validTo),
};

/** What the database already holds for the codes an import touches (rows carry row `fromDatabase`). */
export interface ExistingState {
  register: Register;
  /** Levels of stored units that the import defines or references. */
  unitLevels: Map<string, UnitLevel>;
  /** Kinds of stored party orgs that the import defines or references. */
  orgKinds: Map<string, 'committee' | 'cell'>;
}
