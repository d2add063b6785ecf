/**
 * The register as typed rows, one array per sheet of docs/import-format.md.
 * The workbook parser produces it, the demo generator produces it, and the
 * reference implementation of the indicators reads it. Dates are 'YYYY-MM-DD'
 * strings; null means an open bound ("since always" / "still true").
 * `row` is the row number as Excel shows it (header = row 1).
 */
import type { placementReasons, UnitLevel } from '../../db/schema/index.js';

export type IsoDate = string;

export interface SourceRow {
  row: number;
}

export interface UnitRow extends SourceRow {
  code: string;
  name: string;
  level: UnitLevel;
  subtype: string;
  parentCode: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface LineageRow extends SourceRow {
  fromCode: string;
  toCode: string;
  on: IsoDate;
  kind: 'merge' | 'split' | 'rename' | 'move';
  decision: string | null;
}

export interface PartyOrgRow extends SourceRow {
  code: string;
  name: string;
  kind: 'committee' | 'cell';
  parentCode: string | null;
  unitCode: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface CellVillageRow extends SourceRow {
  cellCode: string;
  villageCode: string;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface PersonRow extends SourceRow {
  personCode: string;
  fullName: string;
  birthDate: IsoDate | null;
  gender: 'male' | 'female' | null;
  ethnicity: string | null;
  residenceVillageCode: string | null;
  communeOfficial: boolean;
}

export interface MembershipRow extends SourceRow {
  personCode: string;
  cardNo: string | null;
  admittedOn: IsoDate;
  officialOn: IsoDate | null;
  endedOn: IsoDate | null;
  endReason: 'death' | 'removed' | 'expelled' | 'resigned' | null;
}

export interface PlacementRow extends SourceRow {
  personCode: string;
  cellCode: string;
  villageCode: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  kind: 'official' | 'temporary';
  reason: (typeof placementReasons)[number] | null;
}

export interface HeadTermRow extends SourceRow {
  villageCode: string;
  personCode: string;
  role: 'head' | 'deputy';
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  how: 'elected' | 'interim' | null;
}

export interface SecretaryTermRow extends SourceRow {
  cellCode: string;
  personCode: string;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface Register {
  units: UnitRow[];
  unit_lineage: LineageRow[];
  party_orgs: PartyOrgRow[];
  cell_villages: CellVillageRow[];
  people: PersonRow[];
  memberships: MembershipRow[];
  placements: PlacementRow[];
  head_terms: HeadTermRow[];
  secretary_terms: SecretaryTermRow[];
}

export type SheetName = keyof Register;
export const sheetNames: SheetName[] = [
  'units',
  'unit_lineage',
  'party_orgs',
  'cell_villages',
  'people',
  'memberships',
  'placements',
  'head_terms',
  'secretary_terms',
];

/** One problem found in an import, located as a user sees it in Excel. */
export interface ImportIssue {
  severity: 'error' | 'warning';
  sheet: SheetName | string;
  row: number | null;
  column: string | null;
  value: string | null;
  code: string;
  message: string;
}

/** What an import did (or, in a dry run, would do), per sheet. */
export interface ImportSummary {
  dryRun: boolean;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  changes: Record<SheetName, { inserted: number; updated: number; unchanged: number }>;
}

export function emptyRegister(): Register {
  return {
    units: [],
    unit_lineage: [],
    party_orgs: [],
    cell_villages: [],
    people: [],
    memberships: [],
    placements: [],
    head_terms: [],
    secretary_terms: [],
  };
}
