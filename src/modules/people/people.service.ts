import { auditHistory, recordEvent, type AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import * as repo from './people.repository.js';
import type { PersonDetail } from './people.schema.js';

export interface PersonReader {
  actor: AuditActor;
  /** Whether the reader may see this person (scope). */
  inScope(personId: number): Promise<boolean>;
  /** Whether the reader's role may see sensitive fields unmasked. */
  sensitive: boolean;
}

/** The fields of a person that Law 91/2025 counts as sensitive personal data. */
export const sensitiveFields = ['ethnicity'] as const;

/**
 * A person with their memberships, placements, terms and history. Sensitive
 * fields are masked for roles that do not need them; an unmasked read of
 * them is itself written to the audit log.
 */
export async function personDetail(db: Db, code: string, reader: PersonReader): Promise<PersonDetail> {
  const person = await repo.findPerson(db, code);
  // Out of scope reads as unknown: nothing tells whether the code exists.
  if (!person || !(await reader.inScope(person.id))) throw new AppError('PERSON_NOT_FOUND', { code });
  const [memberships, placements, headTerms, secretaryTerms, history] = await Promise.all([
    repo.memberships(db, person.id),
    repo.placements(db, person.id),
    repo.headTerms(db, person.id),
    repo.secretaryTerms(db, person.id),
    auditHistory(db, { personId: person.id }),
  ]);
  const { id: _id, ...fields } = person;
  const shown = sensitiveFields.filter((f) => fields[f] !== null);
  if (reader.sensitive && shown.length > 0) {
    await recordEvent(db, reader.actor, { action: 'read-sensitive', entity: 'people', entityId: String(person.id), personId: person.id, detail: { fields: shown } });
  }
  const masked = reader.sensitive ? [] : shown;
  for (const f of masked) fields[f] = null;
  return { ...fields, memberships, placements, headTerms, secretaryTerms, masked, history };
}
