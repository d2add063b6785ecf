import { date, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { units } from './units.js';

/** What a unit sets out to achieve in a year; progress is computed by the indicator engine, never stored. */
export const targets = pgTable(
  'targets',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    admissions: integer('admissions'),
    whiteCleared: integer('white_cleared'),
    weakReduced: integer('weak_reduced'),
    cellsFounded: integer('cells_founded'),
    partyHeads: integer('party_heads'),
  },
  (t) => [unique('targets_unit_year').on(t.unitId, t.year)],
);

/** A task force (tổ công tác) sent to help villages for a period. */
export const taskForces = pgTable(
  'task_forces',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
  },
  (t) => [index('task_forces_unit').on(t.unitId)],
);

export const taskForceMembers = pgTable('task_force_members', {
  id: serial('id').primaryKey(),
  taskForceId: integer('task_force_id')
    .notNull()
    .references(() => taskForces.id),
  personId: integer('person_id')
    .notNull()
    .references(() => people.id),
});

export const taskForceVillages = pgTable('task_force_villages', {
  id: serial('id').primaryKey(),
  taskForceId: integer('task_force_id')
    .notNull()
    .references(() => taskForces.id),
  villageId: integer('village_id')
    .notNull()
    .references(() => units.id),
});
