import { date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { units } from './units.js';

/**
 * A village-head election, planned (held_on null) or held. The winner's head
 * term is in head_terms; whether a candidate is a member on the day is
 * derived from memberships, never stored.
 */
export const elections = pgTable(
  'elections',
  {
    id: serial('id').primaryKey(),
    villageId: integer('village_id')
      .notNull()
      .references(() => units.id),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    heldOn: date('held_on', { mode: 'string' }),
    winnerId: integer('winner_id').references(() => people.id),
    note: text('note'),
  },
  (t) => [index('elections_village').on(t.villageId)],
);

export const electionCandidates = pgTable(
  'election_candidates',
  {
    id: serial('id').primaryKey(),
    electionId: integer('election_id')
      .notNull()
      .references(() => elections.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    votes: integer('votes'),
  },
  (t) => [index('election_candidates_election').on(t.electionId)],
);
