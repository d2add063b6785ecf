import { check, date, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * A year's notice of days off added by an administrator (the shipped notices
 * are in assets/vn-days-off): it replaces the shipped notice of its holiday
 * year, if any, in every deadline (src/modules/rules/working-days.ts).
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    id: serial('id').primaryKey(),
    /** The holiday year the notice is for (its New Year break may start in the December before). */
    year: integer('year').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** 'off': a day off; 'worked': a Saturday worked in exchange. */
    kind: text('kind').notNull(),
    holiday: text('holiday').notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    unique('calendar_days_date').on(t.date),
    index('calendar_days_year').on(t.year),
    check('calendar_days_kind', sql`${t.kind} in ('off', 'worked')`),
  ],
);
