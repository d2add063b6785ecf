import { boolean, date, index, integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { units } from './units.js';

/**
 * Derived, never edited by hand: the member count of each village as a step
 * function of time, rebuilt for the touched villages in the transaction that
 * changes memberships or placements. Only intervals with members are stored;
 * a village with no row at D has 0 members at D.
 */
export const villageMemberCounts = pgTable(
  'village_member_counts',
  {
    villageId: integer('village_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    total: integer('total').notNull(),
    official: integer('official').notNull(),
  },
  (t) => [primaryKey({ columns: [t.villageId, t.validFrom] })],
);

/**
 * Derived, never edited by hand: every per-village fact the indicators count
 * (members, cell status, head and whether the head is a member, whether the
 * own cell's secretary is the head) as a step function of time, so that a
 * snapshot reads one row per village instead of probing six tables, and the
 * commune it belongs to (the parent of its version), so that the per-commune
 * tables below can be summed from it. Rebuilt with village_member_counts for
 * the touched villages. Rows cover exactly the time the village has a version
 * under a parent; the first interval may start at '-infinity'.
 */
export const villageStates = pgTable(
  'village_states',
  {
    villageId: integer('village_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    communeId: integer('commune_id').notNull(),
    total: integer('total').notNull(),
    official: integer('official').notNull(),
    cell: text('cell', { enum: ['own', 'combined', 'none'] }).notNull(),
    // no foreign key: the refresh writes millions of rows at national scale, and it derives them from people
    headId: integer('head_id'),
    headIsMember: boolean('head_is_member').notNull(),
    secretaryIsHead: boolean('secretary_is_head').notNull(),
  },
  (t) => [primaryKey({ columns: [t.villageId, t.validFrom] }), index('village_states_commune').on(t.communeId)],
);

/**
 * Derived from village_states, never edited by hand: the snapshot's counts of
 * the villages under each commune as a step function of time, so that a
 * snapshot reads one row per commune. A commune's row at D sums the
 * village_states rows at D whose commune_id is that commune; no row means no
 * village. Rebuilt for every commune a touched village is or was under.
 */
export const communeStates = pgTable(
  'commune_states',
  {
    communeId: integer('commune_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    villages: integer('villages').notNull(),
    white: integer('white').notNull(),
    weak: integer('weak').notNull(),
    strong: integer('strong').notNull(),
    ownCell: integer('own_cell').notNull(),
    combinedOnly: integer('combined_only').notNull(),
    noCell: integer('no_cell').notNull(),
    readyForCell: integer('ready_for_cell').notNull(),
    partyHead: integer('party_head').notNull(),
    nonPartyHead: integer('non_party_head').notNull(),
    vacantHead: integer('vacant_head').notNull(),
    secretaryIsHead: integer('secretary_is_head').notNull(),
    membersTotal: integer('members_total').notNull(),
    membersOfficial: integer('members_official').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeId, t.validFrom] })],
);

/**
 * Derived from village_states, never edited by hand: each village's commune
 * and the categories whose flows a comparison reports (member band, cell,
 * head's status), with consecutive rows that agree on all of them merged. A
 * village changes category between D1 and D2 only if one of its runs ends in
 * (D1, D2]; the two indexes find those runs per commune, so a comparison reads
 * the villages that changed rather than every village.
 */
export const villageCategoryRuns = pgTable(
  'village_category_runs',
  {
    villageId: integer('village_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    communeId: integer('commune_id').notNull(),
    /** The member count capped at 3: 0 white, 1-2 weak, 3 strong. */
    total: smallint('total').notNull(),
    cell: text('cell', { enum: ['own', 'combined', 'none'] }).notNull(),
    headStatus: text('head_status', { enum: ['party', 'nonParty', 'vacant'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.villageId, t.validFrom] }),
    index('village_category_runs_commune_from').on(t.communeId, t.validFrom),
    index('village_category_runs_commune_to').on(t.communeId, t.validTo),
  ],
);
