import { date, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { partyOrgs } from './orgs.js';
import { people } from './people.js';
import { units } from './units.js';

export const headRoles = ['head', 'deputy'] as const;
export const headHows = ['elected', 'interim'] as const;

/** A village head (or deputy) in office. */
export const headTerms = pgTable(
  'head_terms',
  {
    id: serial('id').primaryKey(),
    villageId: integer('village_id')
      .notNull()
      .references(() => units.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role', { enum: headRoles }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    how: text('how', { enum: headHows }),
  },
  (t) => [
    unique('head_terms_key').on(t.villageId, t.personId, t.role, t.validFrom).nullsNotDistinct(),
    index('head_terms_person').on(t.personId),
  ],
);

/** A cell secretary in office. */
export const secretaryTerms = pgTable(
  'secretary_terms',
  {
    id: serial('id').primaryKey(),
    cellId: integer('cell_id')
      .notNull()
      .references(() => partyOrgs.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    unique('secretary_terms_key').on(t.cellId, t.personId, t.validFrom).nullsNotDistinct(),
    index('secretary_terms_person').on(t.personId),
  ],
);
