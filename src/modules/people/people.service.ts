import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import * as repo from './people.repository.js';
import type { PersonDetail } from './people.schema.js';

/** A person with their memberships, placements and terms. */
export async function personDetail(db: Db, code: string): Promise<PersonDetail> {
  const person = await repo.findPerson(db, code);
  if (!person) throw new AppError('PERSON_NOT_FOUND', { code });
  const [memberships, placements, headTerms, secretaryTerms] = await Promise.all([
    repo.memberships(db, person.id),
    repo.placements(db, person.id),
    repo.headTerms(db, person.id),
    repo.secretaryTerms(db, person.id),
  ]);
  const { id: _id, ...fields } = person;
  return { ...fields, memberships, placements, headTerms, secretaryTerms };
}
