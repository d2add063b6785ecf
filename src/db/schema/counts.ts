import { date, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
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
