import { boolean, date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
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
    villageId: integer('village_id').notNull().references(() => units.id),
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
 * snapshot reads one row per village instead of probing six tables. Rebuilt
 * with village_member_counts for the touched villages. Only intervals with
 * something to count are stored; a village with no row at D has no member, no
 * cell and no head at D. The first interval may start at '-infinity'.
 */
export const villageStates = pgTable(
  'village_states',
  {
    villageId: integer('village_id').notNull().references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    total: integer('total').notNull(),
    official: integer('official').notNull(),
    cell: text('cell', { enum: ['own', 'combined', 'none'] }).notNull(),
    // no foreign key: the refresh writes millions of rows at national scale, and it derives them from people
    headId: integer('head_id'),
    headIsMember: boolean('head_is_member').notNull(),
    secretaryIsHead: boolean('secretary_is_head').notNull(),
  },
  (t) => [primaryKey({ columns: [t.villageId, t.validFrom] })],
);
