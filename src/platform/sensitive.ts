/**
 * Sensitive personal data (Law 91/2025/QH15 counts ethnicity among it) leaves
 * the server through this module only. Every answer, history entry and export
 * that carries a person's fields passes them through `maskPerson` with the
 * reader's right to see them (the permission `sensitive.read`): a person's
 * page, the change history of a person or a village (each row before and
 * after), the register export (xlsx, zip of CSV). test/access.test.ts walks
 * every route as every role and looks for a masked value in the bytes.
 */
import type { AuditEntry } from './audit.repository.js';

/** The fields of a person that the law counts as sensitive; the same name in the API, the tables, the audit rows and the workbook. */
export const sensitiveFields = ['ethnicity'] as const;
export type SensitiveField = (typeof sensitiveFields)[number];

/** What a reader may see: sensitive fields unmasked or not. */
export interface Disclosure {
  sensitive: boolean;
}

/** A person's record in any shape that names the fields, with the sensitive ones the reader may not see set to null, and their names. */
export function maskPerson<T extends object>(record: T, d: Disclosure): { record: T; masked: SensitiveField[] } {
  const r = record as Record<string, unknown>;
  const masked = d.sensitive ? [] : sensitiveFields.filter((f) => r[f] !== null && r[f] !== undefined);
  if (masked.length === 0) return { record, masked };
  const copy: Record<string, unknown> = { ...r };
  for (const f of masked) copy[f] = null;
  return { record: copy as T, masked };
}

/** History entries with the rows of people, before and after, masked as a person is. */
export function maskHistory(entries: AuditEntry[], d: Disclosure): AuditEntry[] {
  if (d.sensitive) return entries;
  const row = (v: unknown) => (v !== null && typeof v === 'object' ? maskPerson(v, d).record : v);
  return entries.map((e) => (e.entity === 'people' ? { ...e, before: row(e.before), after: row(e.after) } : e));
}
