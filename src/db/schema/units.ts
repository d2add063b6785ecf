import { date, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';

export const unitLevels = ['country', 'province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof unitLevels)[number];

/**
 * The one unit of level 'country': the root of the tree, valid at every date,
 * parent of every province (a province written without a parent is attached
 * to it), so that the nation is a scope like any other unit.
 */
export const nation = { code: 'VN', level: 'country', name: 'Việt Nam', subtype: 'Cả nước' } as const;
export const lineageKinds = ['merge', 'split', 'rename', 'move'] as const;

/** A unit's identity: its code and level never change across versions. */
export const units = pgTable('units', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  level: text('level', { enum: unitLevels }).notNull(),
});

/** One version of a unit, valid on [valid_from, valid_to); null bounds are open. */
export const unitVersions = pgTable(
  'unit_versions',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    subtype: text('subtype').notNull(),
    parentId: integer('parent_id').references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    unique('unit_versions_unit_from').on(t.unitId, t.validFrom).nullsNotDistinct(),
    index('unit_versions_parent').on(t.parentId),
  ],
);

/** A predecessor/successor link between units (merge, split, rename, move). */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: serial('id').primaryKey(),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id),
    on: date('on', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: lineageKinds }).notNull(),
    decision: text('decision'),
  },
  (t) => [unique('unit_lineage_key').on(t.fromUnitId, t.toUnitId, t.on), index('unit_lineage_to').on(t.toUnitId)],
);
