/**
 * What an import changes, computed by comparing the workbook with the stored
 * rows of the same keys. The same plan serves the dry run (report only) and the
 * real run (write only the rows that are new or changed), so re-importing an
 * unchanged workbook writes nothing.
 */
import type { UnitLevel } from '../../db/schema/index.js';
import { keyValueOf, rowKey, type ExistingState } from './register.keys.js';
import { emptyRegister, sheetNames, type ImportSummary, type Register, type SheetName } from './register.schema.js';

export interface Plan {
  changes: ImportSummary['changes'];
  /** The workbook rows to insert or update, per sheet. */
  write: Register;
  newUnits: { code: string; level: UnitLevel }[];
  newOrgs: { code: string; kind: 'committee' | 'cell' }[];
  /** Villages whose member counts may change (their codes). */
  affectedVillages: string[];
}

/** No change at all: what a rejected import reports. */
export function noChanges(): ImportSummary['changes'] {
  const c = {} as ImportSummary['changes'];
  for (const s of sheetNames) c[s] = { inserted: 0, updated: 0, unchanged: 0 };
  return c;
}

/** Compares a validated workbook with the stored rows and lists what to write. */
export function planChanges(input: Register, existing: ExistingState): Plan {
  const changes = noChanges();
  const write = emptyRegister();
  for (const sheet of sheetNames) diffSheet(sheet, input, existing.register, write, changes);

  const newUnits = new Map<string, UnitLevel>();
  for (const r of input.units)
    if (!existing.unitLevels.has(r.code) && !newUnits.has(r.code)) newUnits.set(r.code, r.level);
  const newOrgs = new Map<string, 'committee' | 'cell'>();
  for (const r of input.party_orgs)
    if (!existing.orgKinds.has(r.code) && !newOrgs.has(r.code)) newOrgs.set(r.code, r.kind);

  // Counts follow memberships and official placements: every village such a person was ever placed in may move.
  const persons = new Set([
    ...write.memberships.map((m) => m.personCode),
    ...write.placements.map((p) => p.personCode),
  ]);
  const villages = new Set<string>();
  for (const list of [existing.register.placements, input.placements]) {
    for (const p of list) if (p.villageCode && persons.has(p.personCode)) villages.add(p.villageCode);
  }
  return {
    changes,
    write,
    newUnits: [...newUnits].map(([code, level]) => ({ code, level })),
    newOrgs: [...newOrgs].map(([code, kind]) => ({ code, kind })),
    affectedVillages: [...villages],
  };
}

function diffSheet<S extends SheetName>(
  sheet: S,
  input: Register,
  stored: Register,
  write: Register,
  changes: ImportSummary['changes'],
): void {
  type R = Register[S][number];
  const key = rowKey[sheet] as (r: R) => string;
  const value = keyValueOf[sheet] as (r: R) => string;
  const before = new Map<string, string>();
  for (const r of stored[sheet] as R[]) before.set(key(r), value(r));
  const out = write[sheet] as R[];
  const c = changes[sheet];
  for (const r of input[sheet] as R[]) {
    const old = before.get(key(r));
    if (old === undefined) {
      c.inserted++;
      out.push(r);
    } else if (old !== value(r)) {
      c.updated++;
      out.push(r);
    } else c.unchanged++;
  }
}
