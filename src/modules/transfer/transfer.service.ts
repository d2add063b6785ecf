/**
 * Import and export of the register over HTTP. The export writes what the
 * importer reads (docs/import-format.md), so that exporting and importing the
 * file back changes nothing; every export is recorded in the audit log.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordEvent, type AuditActor } from '../../platform/audit.js';
import { today } from '../../platform/dates.js';
import { transaction, type Db } from '../../platform/db.js';
import { maskPerson, type Disclosure } from '../../platform/sensitive.js';
import { AppError } from '../errors.js';
import type { Lang } from '../../platform/errors.js';
import { writeCsvZip, writeWorkbook } from '../imports/imports.files.js';
import { rowKey } from '../register/register.keys.js';
import { loadExisting } from '../register/register.repository.js';
import { sheetNames, type ImportSummary, type Register, type SheetName } from '../register/register.schema.js';
import { importPath } from '../imports/imports.service.js';
import type { ImportChanges, ImportOptions } from '../register/register.service.js';
import { registerScope, type RegisterScope } from './transfer.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import { createdInScope, outOfScopeRows } from '../register/register.scope.js';
import { changeRefs, requireWritable } from '../register/writable.js';

export type ExportFormat = 'xlsx' | 'zip';

const contentTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** Every stored row of the units, orgs and people of a scope, sorted by key; `scoped` keeps only the placements in it. */
export async function loadRegister(db: Db, scope: RegisterScope, scoped: boolean): Promise<Register> {
  const units = [...scope.units];
  const orgs = [...scope.orgs];
  const people = [...scope.people];
  const { register } = await loadExisting(db, {
    unitVersionsOf: units,
    unitLevelsOf: [],
    lineageFrom: units,
    orgVersionsOf: orgs,
    orgKindsOf: [],
    cellVillagesOf: orgs,
    people,
    membershipsOf: people,
    headTermsOf: units,
    secretaryTermsOf: orgs,
  });
  // A member's placements elsewhere (before a transfer in, say) belong to the other scope.
  if (scoped)
    register.placements = register.placements.filter(
      (p) => scope.orgs.has(p.cellCode) || (p.villageCode !== null && scope.units.has(p.villageCode)),
    );
  for (const sheet of sheetNames) {
    const key = rowKey[sheet] as (r: Register[SheetName][number]) => string;
    const list = register[sheet] as Register[SheetName][number][];
    const keyed = list.map((r) => [key(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    keyed.forEach(([, r], i) => {
      list[i] = r;
      r.row = i + 2;
    });
  }
  return register;
}

/** An export on disk, removed by cleanup() once sent. */
export interface ExportedFile {
  path: string;
  fileName: string;
  contentType: string;
  rows: Record<SheetName, number>;
  cleanup(): Promise<void>;
}

/** A file name made of safe characters only (it goes into a header). */
const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * Writes the register, or the part a scope covers with all its history, in
 * the import format to a temporary file, and records who exported what in
 * the audit log. The caller has checked that the scope is the account's.
 */
export async function exportRegister(
  db: Db,
  o: { scopeCode: string | null; format: ExportFormat; actor: AuditActor; disclosure: Disclosure },
): Promise<ExportedFile> {
  if (o.scopeCode !== null && !(await findUnitByCode(db, o.scopeCode)))
    throw new AppError('UNIT_NOT_FOUND', { code: o.scopeCode });
  // One snapshot for every query, so the file is the register as of one moment.
  const stored = await transaction(
    db,
    async (tx) => loadRegister(tx, await registerScope(tx, o.scopeCode), o.scopeCode !== null),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  // sensitive fields the reader may not see go out empty; importing the file back keeps the stored values (importUpload)
  const register = { ...stored, people: stored.people.map((p) => maskPerson(p, o.disclosure).record) };
  const dir = await mkdtemp(join(tmpdir(), 'grassroots-export-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const fileName = `so-dang-ky_${safe(o.scopeCode ?? 'toan-bo')}_${today()}.${o.format}`;
    const path = join(dir, fileName);
    if (o.format === 'xlsx') await writeWorkbook(register, path);
    else await writeCsvZip(register, path);
    const rows = Object.fromEntries(sheetNames.map((s) => [s, register[s].length])) as Record<SheetName, number>;
    await recordEvent(db, o.actor, {
      action: 'export',
      entity: 'register',
      entityId: o.scopeCode,
      detail: { scope: o.scopeCode, format: o.format, file: fileName, rows },
    });
    return { path, fileName, contentType: contentTypes[o.format], rows, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/**
 * The authorize hook of an import by an account with a scope, and of every
 * form that writes through the importer: OUT_OF_SCOPE, and nothing written,
 * when a changed row lies outside the scope, by its codes or, for the rows
 * about people, at the dates it takes effect (requireWritable).
 */
export function scopeGuard(scopeCode: string): (changes: ImportChanges, tx: Db) => Promise<void> {
  return async (changes, tx) => {
    const scope = await registerScope(tx, scopeCode);
    const outside = outOfScopeRows(changes, scope);
    if (outside.length > 0)
      throw new AppError(
        'OUT_OF_SCOPE',
        { code: outside[0].value },
        { rows: outside.slice(0, 100), count: outside.length },
      );
    await requireWritable(tx, scopeCode, changeRefs(changes), createdInScope(changes, scope));
  };
}

export interface UploadImport {
  /** The uploaded file on disk (its folder is removed by the caller). */
  path: string;
  /** The name the user gave it, for messages and the audit log. */
  fileName: string;
  actor: AuditActor;
  /** The account's scope; null for an account that sees everything. */
  scopeCode: string | null;
  dryRun: boolean;
  lang: Lang;
  /** Whether the account sees sensitive fields: one that does not cannot erase them by importing its own (masked) export. */
  disclosure: Disclosure;
  /** Limits of reading the file; the defaults otherwise. */
  limits?: ImportOptions['limits'];
}

/** Imports an uploaded file; a real import that wrote is also recorded as one 'import' event naming the file. */
export async function importUpload(db: Db, u: UploadImport): Promise<ImportSummary> {
  const summary = await importPath(db, u.path, {
    actor: u.actor,
    dryRun: u.dryRun,
    lang: u.lang,
    authorize: u.scopeCode === null ? undefined : scopeGuard(u.scopeCode),
    keepMasked: !u.disclosure.sensitive,
    limits: u.limits,
  });
  if (!summary.dryRun && summary.errors.length === 0) {
    await recordEvent(db, u.actor, {
      action: 'import',
      entity: 'register',
      detail: { file: u.fileName, changes: summary.changes },
    });
  }
  return summary;
}
