import { boolean, date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { partyOrgs } from './orgs.js';
import { people } from './people.js';
import { units } from './units.js';

export const introducerKinds = ['member', 'youthUnion'] as const;
export const admissionOutcomes = ['official', 'removed'] as const;

/**
 * A prospect on the way to membership: the date of each step of the
 * admission pipeline, null until taken (never after the day it is recorded),
 * and the date the next step is planned for. The stage is derived from the
 * steps' dates (admission.rules.ts), never stored.
 */
export const prospects = pgTable(
  'prospects',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    villageId: integer('village_id')
      .notNull()
      .references(() => units.id),
    cellId: integer('cell_id').references(() => partyOrgs.id),
    recommendedOn: date('recommended_on', { mode: 'string' }).notNull(),
    certificateOn: date('certificate_on', { mode: 'string' }),
    applicationOn: date('application_on', { mode: 'string' }),
    checkedOn: date('checked_on', { mode: 'string' }),
    resolutionOn: date('resolution_on', { mode: 'string' }),
    votesFor: integer('votes_for'),
    officialMembers: integer('official_members'),
    decisionOn: date('decision_on', { mode: 'string' }),
    decisionExtended: boolean('decision_extended').notNull().default(false),
    ceremonyOn: date('ceremony_on', { mode: 'string' }),
    reviewOn: date('review_on', { mode: 'string' }),
    outcome: text('outcome', { enum: admissionOutcomes }),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    droppedOn: date('dropped_on', { mode: 'string' }),
    /** The date the next step is planned for: not a step (it may lie in the future); spent when the case moves to another stage. */
    plannedOn: date('planned_on', { mode: 'string' }),
    note: text('note'),
  },
  (t) => [index('prospects_person').on(t.personId), index('prospects_village').on(t.villageId)],
);

/** Who introduces a prospect: an official member who has known them, or the Youth Union. */
export const prospectIntroducers = pgTable(
  'prospect_introducers',
  {
    id: serial('id').primaryKey(),
    prospectId: integer('prospect_id')
      .notNull()
      .references(() => prospects.id),
    kind: text('kind', { enum: introducerKinds }).notNull(),
    personId: integer('person_id').references(() => people.id),
    knownSince: date('known_since', { mode: 'string' }),
  },
  (t) => [index('prospect_introducers_prospect').on(t.prospectId)],
);
