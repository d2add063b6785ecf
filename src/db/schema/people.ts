import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { partyOrgs } from './orgs.js';
import { units } from './units.js';

export const genders = ['male', 'female'] as const;
export const endReasons = ['death', 'removed', 'expelled', 'resigned'] as const;
export const placementKinds = ['official', 'temporary'] as const;
/** Why a placement starts; `study` is a temporary placement while studying (it may last longer). */
export const placementReasons = ['admission', 'transfer', 'reinforcement', 'return', 'study', 'other'] as const;

/** Vietnamese letters with their marks, and the same letters without: searching ignores diacritics. */
export const VIETNAMESE_MARKED =
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ';
export const VIETNAMESE_PLAIN =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD';

/** A person, member or not (village heads who are not members are people too). */
export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    gender: text('gender', { enum: genders }),
    ethnicity: text('ethnicity'),
    residenceVillageId: integer('residence_village_id').references(() => units.id),
    communeOfficial: boolean('commune_official').notNull().default(false),
    /** The name in lower case without diacritics, kept by the database: "nguyen van an" finds "Nguyễn Văn An". */
    searchName: text('search_name').generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`lower(translate(full_name, ${sql.raw(`'${VIETNAMESE_MARKED}'`)}, ${sql.raw(`'${VIETNAMESE_PLAIN}'`)}))`,
    ),
  },
  (t) => [index('people_residence').on(t.residenceVillageId)],
);

/** One membership episode: probationary from admitted_on, official from official_on. */
export const memberships = pgTable(
  'memberships',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    cardNo: text('card_no'),
    admittedOn: date('admitted_on', { mode: 'string' }).notNull(),
    officialOn: date('official_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason', { enum: endReasons }),
  },
  (t) => [unique('memberships_person_admitted').on(t.personId, t.admittedOn)],
);

/** Where a member takes part in cell life; only official placements count for a village. */
export const placements = pgTable(
  'placements',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    cellId: integer('cell_id')
      .notNull()
      .references(() => partyOrgs.id),
    villageId: integer('village_id').references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    kind: text('kind', { enum: placementKinds }).notNull(),
    reason: text('reason', { enum: placementReasons }),
  },
  (t) => [
    unique('placements_key').on(t.personId, t.cellId, t.kind, t.validFrom).nullsNotDistinct(),
    index('placements_village').on(t.villageId),
    index('placements_cell').on(t.cellId),
  ],
);
