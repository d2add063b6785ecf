/**
 * The register's one write path: rows checked against the merged state
 * (register.validate*.ts), the plan of what changes (register.plan.ts), the
 * caller's object-level scope check on that plan (register.scope.ts for
 * imports, writable.ts for forms and workflows), then all or nothing in one
 * transaction: the writes (register.repository.ts) and the refresh of the
 * derived tables. Imports from files (src/modules/imports) and the forms come
 * through here.
 */
import { setAuditActor, type AuditActor } from '../../platform/audit.js';
import type { Lang } from '../../platform/errors.js';
import { transaction, type Db } from '../../platform/db.js';
import { sensitiveFields } from '../../platform/sensitive.js';
import { refreshAfterWrite } from '../indicators/counts.repository.js';
import { nation } from '../../db/schema/index.js';
import { fromDatabase, IssueList } from './register.issues.js';
import type { ExistingState } from './register.keys.js';
import type { PartialCodes } from '../imports/imports.parse.js';
import { noChanges, planChanges } from './register.plan.js';
import type { ReadLimits } from '../imports/imports.read.js';
import { analyzeRegister, insertIdentities, loadExisting, writeRows, type LoadScope } from './register.repository.js';
import type { ImportSummary, Register } from './register.schema.js';
import { validateRegister } from './register.validate.js';
import type { WorkerLimits } from '../imports/imports.worker-pool.js';

export interface ImportOptions {
  /** Who imports: every row written is attributed to them in the audit log. */
  actor: AuditActor;
  dryRun?: boolean;
  lang?: Lang;
  onProgress?: (message: string) => void;
  /**
   * Called in the import's transaction once the file is valid and its changes
   * are known, before anything is written (dry runs included); throwing
   * refuses the whole import. The HTTP upload checks an account's scope here.
   */
  authorize?: (changes: ImportChanges, tx: Db) => Promise<void>;
  /**
   * The importer may not see sensitive fields (its exports leave them empty):
   * an empty one, for a person already stored, keeps the stored value, so
   * that its own export imports back unchanged and it cannot erase what it cannot see.
   */
  keepMasked?: boolean;
  /** Limits of reading a file (importPath); the defaults of imports.read.ts and imports.worker-pool.ts otherwise. */
  limits?: { read?: ReadLimits; worker?: WorkerLimits };
}

/** What an authorize hook sees: the whole import, the rows it would insert or update, and the stored rows they were compared with. */
export interface ImportChanges {
  input: Register;
  write: Register;
  existing: ExistingState;
}

/** Checks a register against the database and, unless it has errors or is a dry run, writes it in one transaction. */
export async function importRegister(db: Db, register: Register, opts: ImportOptions): Promise<ImportSummary> {
  return applyRegister(
    db,
    register,
    new IssueList(opts.lang ?? 'vi'),
    { units: new Set(), orgs: new Set(), people: new Set() },
    opts,
  );
}

/** Checks a register read from a file (with what reading found) and writes it unless it has errors or is a dry run. */
export async function applyRegister(
  db: Db,
  register: Register,
  issues: IssueList,
  partial: PartialCodes,
  opts: ImportOptions,
): Promise<ImportSummary> {
  const summary = await check(db, register, issues, partial, opts);
  const written = Object.values(summary.changes).reduce((n, c) => n + c.inserted + c.updated, 0);
  // The embedded engine has no autovacuum: without fresh statistics after a bulk load the
  // planner takes the new tables for empty ones and picks nested loops over them.
  if (!summary.dryRun && written > 1000) await analyzeRegister(db);
  return summary;
}

async function check(
  db: Db,
  file: Register,
  issues: IssueList,
  partial: PartialCodes,
  opts: ImportOptions,
): Promise<ImportSummary> {
  const vi = issues.lang === 'vi';
  const say = (m: string) => opts.onProgress?.(m);
  const dryRun = opts.dryRun ?? false;
  // Reading, checking and writing share one transaction, so the checks see exactly what is overwritten.
  return transaction(db, async (tx) => {
    say(vi ? 'Đọc dữ liệu đã có' : 'Loading stored rows');
    const attached = underNation(file);
    const existing = await loadExisting(tx, scopeOf(attached));
    const register = withNation(attached, existing);
    if (opts.keepMasked) keepStoredSensitive(register, existing);
    say(vi ? 'Kiểm tra' : 'Checking');
    validateRegister(register, existing, partial, issues);
    const summary = (changes: ImportSummary['changes']): ImportSummary => ({
      dryRun,
      errors: issues.errors,
      warnings: issues.warnings,
      changes,
    });
    if (issues.errors.length > 0) return summary(noChanges());
    const plan = planChanges(register, existing);
    await opts.authorize?.({ input: register, write: plan.write, existing }, tx);
    if (dryRun) return summary(plan.changes);

    await setAuditActor(tx, opts.actor);
    await insertIdentities(tx, plan.newUnits, plan.newOrgs);
    await writeRows(tx, plan.write, (sheet, n) => {
      if (n > 0) say(vi ? `Ghi ${sheet}: ${n.toLocaleString('vi-VN')} dòng` : `Writing ${sheet}: ${n} rows`);
    });
    // Derived per-village facts (member counts, cells, heads) follow every sheet, not only placements.
    say(vi ? 'Tính lại số liệu từng thôn' : 'Refreshing derived village facts');
    await refreshAfterWrite(tx, plan.write, plan.affectedVillages);
    return summary(plan.changes);
  });
}

/** The register with every province written without a parent attached to the country (docs/domain.md, Time). */
function underNation(r: Register): Register {
  return {
    ...r,
    units: r.units.map((u) =>
      u.level === 'province' && u.parentCode === null ? { ...u, parentCode: nation.code } : u,
    ),
  };
}

/** The register with the country's own row first when it names the country and the database has none yet (a new database). */
function withNation(r: Register, existing: ExistingState): Register {
  const named = r.units.some((u) => u.parentCode === nation.code) && !r.units.some((u) => u.code === nation.code);
  if (!named || existing.unitLevels.has(nation.code)) return r;
  const { code, level, name, subtype } = nation;
  return {
    ...r,
    units: [
      { row: fromDatabase, code, level, name, subtype, parentCode: null, validFrom: null, validTo: null },
      ...r.units,
    ],
  };
}

/** Fills the sensitive fields a row leaves empty with the values stored for the same person. */
function keepStoredSensitive(register: Register, existing: ExistingState): void {
  const stored = new Map(existing.register.people.map((p) => [p.personCode, p]));
  register.people = register.people.map((p) => {
    const s = stored.get(p.personCode);
    if (!s) return p;
    const kept = { ...p };
    for (const f of sensitiveFields) if (kept[f] === null) kept[f] = s[f];
    return kept;
  });
}

/** Every code the workbook defines or names, grouped by what must be loaded for it. */
function scopeOf(r: Register): LoadScope {
  const uniq = (...lists: (string | null)[][]) => [...new Set(lists.flat().filter((c): c is string => c !== null))];
  const unitVersionsOf = uniq(
    r.units.map((u) => u.code),
    r.units.map((u) => u.parentCode),
  );
  const unitLevelsOf = uniq(
    unitVersionsOf,
    r.unit_lineage.map((l) => l.fromCode),
    r.unit_lineage.map((l) => l.toCode),
    r.party_orgs.map((o) => o.unitCode),
    r.cell_villages.map((c) => c.villageCode),
    r.people.map((p) => p.residenceVillageCode),
    r.placements.map((p) => p.villageCode),
    r.head_terms.map((h) => h.villageCode),
  );
  const orgVersionsOf = uniq(r.party_orgs.map((o) => o.code));
  const orgKindsOf = uniq(
    orgVersionsOf,
    r.party_orgs.map((o) => o.parentCode),
    r.cell_villages.map((c) => c.cellCode),
    r.placements.map((p) => p.cellCode),
    r.secretary_terms.map((s) => s.cellCode),
  );
  const membershipsOf = uniq(
    r.memberships.map((m) => m.personCode),
    r.placements.map((p) => p.personCode),
  );
  return {
    unitVersionsOf,
    unitLevelsOf,
    lineageFrom: uniq(r.unit_lineage.map((l) => l.fromCode)),
    orgVersionsOf,
    orgKindsOf,
    cellVillagesOf: uniq(r.cell_villages.map((c) => c.cellCode)),
    people: uniq(
      r.people.map((p) => p.personCode),
      membershipsOf,
      r.head_terms.map((h) => h.personCode),
      r.secretary_terms.map((s) => s.personCode),
    ),
    membershipsOf,
    headTermsOf: uniq(r.head_terms.map((h) => h.villageCode)),
    secretaryTermsOf: uniq(r.secretary_terms.map((s) => s.cellCode)),
  };
}
