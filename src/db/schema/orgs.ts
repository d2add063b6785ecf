import { date, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { units } from './units.js';

export const orgKinds = ['committee', 'cell'] as const;

/** A party organisation's identity: a committee (đảng bộ) or a cell (chi bộ). */
export const partyOrgs = pgTable('party_orgs', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  kind: text('kind', { enum: orgKinds }).notNull(),
});

/** One version of a party org; `unit_id` is its territory. */
export const partyOrgVersions = pgTable(
  'party_org_versions',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => partyOrgs.id),
    name: text('name').notNull(),
    parentOrgId: integer('parent_org_id').references(() => partyOrgs.id),
    unitId: integer('unit_id').references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    unique('party_org_versions_org_from').on(t.orgId, t.validFrom).nullsNotDistinct(),
    index('party_org_versions_parent').on(t.parentOrgId),
  ],
);

/** A cell covering a village for a period. */
export const cellVillages = pgTable(
  'cell_villages',
  {
    id: serial('id').primaryKey(),
    cellId: integer('cell_id')
      .notNull()
      .references(() => partyOrgs.id),
    villageId: integer('village_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    unique('cell_villages_key').on(t.cellId, t.villageId, t.validFrom).nullsNotDistinct(),
    index('cell_villages_village').on(t.villageId),
  ],
);
