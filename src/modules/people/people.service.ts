import { auditHistory, recordEvent, withActor, type AuditActor } from '../../platform/audit.js';
import type { SQL } from 'drizzle-orm';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { maskPerson, sensitiveFields, type Disclosure } from '../../platform/sensitive.js';
import * as repo from './people.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import type { NewPerson, PersonDetail, PersonStanding } from './people.schema.js';

export interface PersonReader extends Disclosure {
  actor: AuditActor;
  /** Whether the reader may see this person (scope). */
  inScope(personId: number): Promise<boolean>;
}

type Period = { validFrom: string | null; validTo: string | null };
const holdsOn = (p: Period, day: string) =>
  (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || day < p.validTo);

/**
 * Where a person stands on a day: the membership that holds then (its card),
 * the official placement that holds then (its cell and village) and the
 * temporary ones beside it, named as they were that day.
 */
async function standingAt(
  db: Db,
  day: string,
  memberships: Awaited<ReturnType<typeof repo.memberships>>,
  placements: Awaited<ReturnType<typeof repo.placements>>,
): Promise<PersonStanding> {
  const m = memberships.filter((x) => x.admittedOn <= day && (x.endedOn === null || day < x.endedOn)).at(-1) ?? null;
  const held = placements.filter((x) => holdsOn(x, day));
  const official = held.find((x) => x.kind === 'official') ?? null;
  const temporary = held.filter((x) => x.kind === 'temporary');
  const names = await repo.namesAt(
    db,
    { orgs: held.map((x) => x.cellCode), units: held.flatMap((x) => (x.villageCode ? [x.villageCode] : [])) },
    day,
  );
  const org = (code: string) => ({ code, name: names.orgs.get(code) ?? null });
  return {
    at: day,
    status: !m ? 'none' : m.officialOn !== null && m.officialOn <= day ? 'official' : 'probationary',
    cardNo: m?.cardNo ?? null,
    admittedOn: m?.admittedOn ?? null,
    officialOn: m?.officialOn ?? null,
    cell: official && {
      ...org(official.cellCode),
      village: official.villageCode
        ? { code: official.villageCode, name: names.units.get(official.villageCode) ?? null }
        : null,
      since: official.validFrom,
      until: official.validTo,
    },
    temporary: temporary.map((x) => ({ ...org(x.cellCode), until: x.validTo })),
  };
}

/**
 * A person with their memberships, placements, terms and history, and where
 * they stand at `at` (today when omitted). Sensitive fields are masked for
 * roles that do not need them; an unmasked read of them is itself written to
 * the audit log.
 */
export async function personDetail(
  db: Db,
  code: string,
  reader: PersonReader,
  at: string = today(),
): Promise<PersonDetail> {
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
  const standing = await standingAt(db, at, memberships, placements);
  const { id: _id, ...stored } = person;
  const { record: fields, masked } = maskPerson(stored, reader);
  const shown = sensitiveFields.filter((f) => stored[f] !== null);
  if (reader.sensitive && shown.length > 0) {
    await recordEvent(db, reader.actor, {
      action: 'read-sensitive',
      entity: 'people',
      entityId: String(person.id),
      personId: person.id,
      detail: { fields: shown },
    });
  }
  return { ...fields, memberships, placements, headTerms, secretaryTerms, standing, masked, history };
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
    const u = await findUnitByCode(db, p.residenceVillageCode);
    if (u?.level !== 'village' || !(await writer.villageInScope(u.id))) {
      throw new AppError('VILLAGE_NOT_FOUND', { code: p.residenceVillageCode });
    }
    residenceVillageId = u.id;
  } else if (writer.scoped) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'residenceVillageCode: cần thôn nơi cư trú trong phạm vi / a residence village in your scope is required',
    });
  }
  const id = await withActor(db, { ...writer.actor, reason: p.reason ?? null }, (tx) =>
    repo.insertPerson(tx, {
      code: p.code,
      fullName: p.fullName,
      birthDate: p.birthDate ?? null,
      gender: p.gender ?? null,
      ethnicity: p.ethnicity ?? null,
      residenceVillageId,
      communeOfficial: p.communeOfficial ?? false,
    }),
  );
  if (id === 0) throw new AppError('PERSON_EXISTS', { code: p.code });
}

/** Lower case without Vietnamese diacritics, as the database keeps `people.search_name`. */
export function plainName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** People found by name (diacritics optional), card number or village, within the reader's scope. */
export async function findPeople(
  db: Db,
  q: { q?: string; card?: string; village?: string; at?: string; limit: number; offset: number },
  inScope: SQL | null,
) {
  const at = q.at ?? today();
  const found = await repo.searchPeople(
    db,
    {
      name: q.q ? plainName(q.q) : undefined,
      card: q.card,
      villageCode: q.village,
      limit: q.limit,
      offset: q.offset,
      at,
    },
    inScope,
  );
  return { ...found, at };
}
