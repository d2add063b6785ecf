import { auditHistory, recordEvent, withActor, type AuditActor } from '../../platform/audit.js';
import type { SQL } from 'drizzle-orm';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { maskPerson, sensitiveFields, type Disclosure } from '../../platform/sensitive.js';
import * as repo from './people.repository.js';
import type { NewPerson, PersonDetail } from './people.schema.js';

export interface PersonReader extends Disclosure {
  actor: AuditActor;
  /** Whether the reader may see this person (scope). */
  inScope(personId: number): Promise<boolean>;
}

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
    auditHistory(db, { personId: person.id }, reader),
  ]);
  const { id: _id, ...stored } = person;
  const { record: fields, masked } = maskPerson(stored, reader);
  const shown = sensitiveFields.filter((f) => stored[f] !== null);
  if (reader.sensitive && shown.length > 0) {
    await recordEvent(db, reader.actor, { action: 'read-sensitive', entity: 'people', entityId: String(person.id), personId: person.id, detail: { fields: shown } });
  }
  return { ...fields, memberships, placements, headTerms, secretaryTerms, masked, history };
}

export interface PersonWriter {
  actor: AuditActor;
  /** Whether the writer may place a person in this village (scope at today). */
  villageInScope(villageId: number): Promise<boolean>;
  /** Every role but admin must give a residence village in its scope. */
  scoped: boolean;
}

/** Adds a person; the residence village must be a village in the writer's scope. Returns the new person's record. */
export async function addPerson(db: Db, p: NewPerson, writer: PersonWriter): Promise<void> {
  let residenceVillageId: number | null = null;
  if (p.residenceVillageCode) {
    const u = await repo.findUnitByCode(db, p.residenceVillageCode);
    if (!u || u.level !== 'village' || !(await writer.villageInScope(u.id))) {
      throw new AppError('VILLAGE_NOT_FOUND', { code: p.residenceVillageCode });
    }
    residenceVillageId = u.id;
  } else if (writer.scoped) {
    throw new AppError('VALIDATION_FAILED', { detail: 'residenceVillageCode: cần thôn nơi cư trú trong phạm vi / a residence village in your scope is required' });
  }
  const id = await withActor(db, { ...writer.actor, reason: p.reason ?? null }, (tx) =>
    repo.insertPerson(tx, {
      code: p.code, fullName: p.fullName, birthDate: p.birthDate ?? null, gender: p.gender ?? null, ethnicity: p.ethnicity ?? null,
      residenceVillageId, communeOfficial: p.communeOfficial ?? false,
    }),
  );
  if (id === 0) throw new AppError('PERSON_EXISTS', { code: p.code });
}

/** Lower case without Vietnamese diacritics, as the database keeps `people.search_name`. */
export function plainName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** People found by name (diacritics optional), card number or village, within the reader's scope. */
export function findPeople(db: Db, q: { q?: string; card?: string; village?: string; limit: number; offset: number }, inScope: SQL | null) {
  return repo.searchPeople(db, { name: q.q ? plainName(q.q) : undefined, card: q.card, villageCode: q.village, limit: q.limit, offset: q.offset, today: today() }, inScope);
}
