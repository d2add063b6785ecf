/**
 * The importer's SQL. Reads load only the stored rows that share codes with the
 * workbook; writes are set-based: each batch of rows travels as one JSON
 * parameter, is expanded by json_to_recordset, has its codes resolved to ids by
 * joins, and is upserted on the schema's unique keys.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { UnitLevel } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';
import type { ExistingState } from './imports.keys.js';
import { emptyRegister, type Register } from './imports.schema.js';

/** The codes an import touches, by what must be loaded for them. */
export interface LoadScope {
  unitVersionsOf: string[];
  unitLevelsOf: string[];
  lineageFrom: string[];
  orgVersionsOf: string[];
  orgKindsOf: string[];
  cellVillagesOf: string[];
  people: string[];
  membershipsOf: string[];
  headTermsOf: string[];
  secretaryTermsOf: string[];
}

const BATCH = 5000;
const codes = (list: string[]) => sql`(select value from json_array_elements_text(${JSON.stringify(list)}::json))`;

async function load<T>(db: Db, list: string[], query: (c: SQL) => SQL): Promise<T[]> {
  return list.length === 0 ? [] : rows<T>(db, query(codes(list)));
}

/** Stored rows and identities for the codes of an import; rows carry row 0. */
export async function loadExisting(db: Db, s: LoadScope): Promise<ExistingState> {
  const register = emptyRegister();
  const unitLevels = new Map<string, UnitLevel>();
  const orgKinds = new Map<string, 'committee' | 'cell'>();
  for (const u of await load<{ code: string; level: UnitLevel }>(db, s.unitLevelsOf, (c) => sql`select code, level from units where code in ${c}`)) unitLevels.set(u.code, u.level);
  for (const o of await load<{ code: string; kind: 'committee' | 'cell' }>(db, s.orgKindsOf, (c) => sql`select code, kind from party_orgs where code in ${c}`)) orgKinds.set(o.code, o.kind);

  register.units = (await load<{ code: string; level: UnitLevel; name: string; subtype: string; parent: string | null; f: string | null; t: string | null }>(db, s.unitVersionsOf, (c) => sql`
    select u.code, u.level, v.name, v.subtype, p.code as parent, v.valid_from::text as f, v.valid_to::text as t
    from unit_versions v join units u on u.id = v.unit_id left join units p on p.id = v.parent_id
    where u.code in ${c}`)).map((r) => ({ row: 0, code: r.code, name: r.name, level: r.level, subtype: r.subtype, parentCode: r.parent, validFrom: r.f, validTo: r.t }));

  register.unit_lineage = (await load<{ f: string; t: string; on: string; kind: Register['unit_lineage'][number]['kind']; decision: string | null }>(db, s.lineageFrom, (c) => sql`
    select a.code as f, b.code as t, l."on"::text as "on", l.kind, l.decision
    from unit_lineage l join units a on a.id = l.from_unit_id join units b on b.id = l.to_unit_id
    where a.code in ${c}`)).map((r) => ({ row: 0, fromCode: r.f, toCode: r.t, on: r.on, kind: r.kind, decision: r.decision }));

  register.party_orgs = (await load<{ code: string; kind: 'committee' | 'cell'; name: string; parent: string | null; unit: string | null; f: string | null; t: string | null }>(db, s.orgVersionsOf, (c) => sql`
    select o.code, o.kind, v.name, p.code as parent, u.code as unit, v.valid_from::text as f, v.valid_to::text as t
    from party_org_versions v join party_orgs o on o.id = v.org_id
    left join party_orgs p on p.id = v.parent_org_id left join units u on u.id = v.unit_id
    where o.code in ${c}`)).map((r) => ({ row: 0, code: r.code, name: r.name, kind: r.kind, parentCode: r.parent, unitCode: r.unit, validFrom: r.f, validTo: r.t }));

  register.cell_villages = (await load<{ cell: string; village: string; f: string | null; t: string | null }>(db, s.cellVillagesOf, (c) => sql`
    select o.code as cell, u.code as village, cv.valid_from::text as f, cv.valid_to::text as t
    from cell_villages cv join party_orgs o on o.id = cv.cell_id join units u on u.id = cv.village_id
    where o.code in ${c}`)).map((r) => ({ row: 0, cellCode: r.cell, villageCode: r.village, validFrom: r.f, validTo: r.t }));

  register.people = (await load<{ code: string; name: string; birth: string | null; gender: 'male' | 'female' | null; ethnicity: string | null; residence: string | null; official: boolean }>(db, s.people, (c) => sql`
    select p.code, p.full_name as name, p.birth_date::text as birth, p.gender, p.ethnicity, u.code as residence, p.commune_official as official
    from people p left join units u on u.id = p.residence_village_id
    where p.code in ${c}`)).map((r) => ({ row: 0, personCode: r.code, fullName: r.name, birthDate: r.birth, gender: r.gender, ethnicity: r.ethnicity, residenceVillageCode: r.residence, communeOfficial: r.official }));

  register.memberships = (await load<{ person: string; card: string | null; a: string; o: string | null; e: string | null; reason: Register['memberships'][number]['endReason'] }>(db, s.membershipsOf, (c) => sql`
    select p.code as person, m.card_no as card, m.admitted_on::text as a, m.official_on::text as o, m.ended_on::text as e, m.end_reason as reason
    from memberships m join people p on p.id = m.person_id
    where p.code in ${c}`)).map((r) => ({ row: 0, personCode: r.person, cardNo: r.card, admittedOn: r.a, officialOn: r.o, endedOn: r.e, endReason: r.reason }));

  register.placements = (await load<{ person: string; cell: string; village: string | null; f: string | null; t: string | null; kind: 'official' | 'temporary'; reason: Register['placements'][number]['reason'] }>(db, s.membershipsOf, (c) => sql`
    select p.code as person, o.code as cell, u.code as village, x.valid_from::text as f, x.valid_to::text as t, x.kind, x.reason
    from placements x join people p on p.id = x.person_id join party_orgs o on o.id = x.cell_id left join units u on u.id = x.village_id
    where p.code in ${c}`)).map((r) => ({ row: 0, personCode: r.person, cellCode: r.cell, villageCode: r.village, validFrom: r.f, validTo: r.t, kind: r.kind, reason: r.reason }));

  register.head_terms = (await load<{ village: string; person: string; role: 'head' | 'deputy'; f: string | null; t: string | null; how: 'elected' | 'interim' | null }>(db, s.headTermsOf, (c) => sql`
    select u.code as village, p.code as person, h.role, h.valid_from::text as f, h.valid_to::text as t, h.how
    from head_terms h join units u on u.id = h.village_id join people p on p.id = h.person_id
    where u.code in ${c}`)).map((r) => ({ row: 0, villageCode: r.village, personCode: r.person, role: r.role, validFrom: r.f, validTo: r.t, how: r.how }));

  register.secretary_terms = (await load<{ cell: string; person: string; f: string | null; t: string | null }>(db, s.secretaryTermsOf, (c) => sql`
    select o.code as cell, p.code as person, s.valid_from::text as f, s.valid_to::text as t
    from secretary_terms s join party_orgs o on o.id = s.cell_id join people p on p.id = s.person_id
    where o.code in ${c}`)).map((r) => ({ row: 0, cellCode: r.cell, personCode: r.person, validFrom: r.f, validTo: r.t }));

  return { register, unitLevels, orgKinds };
}

/** Runs one statement per batch, the batch bound as a single JSON parameter. */
async function inBatches<T>(db: Db, list: T[], toJson: (r: T) => object, statement: (json: string) => SQL): Promise<void> {
  for (let i = 0; i < list.length; i += BATCH) {
    await db.execute(statement(JSON.stringify(list.slice(i, i + BATCH).map(toJson))));
  }
}

/** Inserts new unit and party-org identities (code and level/kind never change). */
export async function insertIdentities(db: Db, units: { code: string; level: UnitLevel }[], orgs: { code: string; kind: string }[]): Promise<void> {
  await inBatches(db, units, (u) => u, (j) => sql`
    insert into units (code, level) select x.code, x.level from json_to_recordset(${j}::json) as x(code text, level text)
    on conflict (code) do nothing`);
  await inBatches(db, orgs, (o) => o, (j) => sql`
    insert into party_orgs (code, kind) select x.code, x.kind from json_to_recordset(${j}::json) as x(code text, kind text)
    on conflict (code) do nothing`);
}

/** Upserts the new and changed rows of every sheet, in dependency order. */
export async function writeRows(db: Db, w: Register, progress: (sheet: string, n: number) => void): Promise<void> {
  progress('units', w.units.length);
  await inBatches(db, w.units, (r) => ({ code: r.code, name: r.name, subtype: r.subtype, parent: r.parentCode, f: r.validFrom, t: r.validTo }), (j) => sql`
    insert into unit_versions (unit_id, name, subtype, parent_id, valid_from, valid_to)
    select u.id, x.name, x.subtype, p.id, x.f, x.t
    from json_to_recordset(${j}::json) as x(code text, name text, subtype text, parent text, f date, t date)
    join units u on u.code = x.code left join units p on p.code = x.parent
    on conflict on constraint unit_versions_unit_from do update
      set name = excluded.name, subtype = excluded.subtype, parent_id = excluded.parent_id, valid_to = excluded.valid_to`);

  progress('unit_lineage', w.unit_lineage.length);
  await inBatches(db, w.unit_lineage, (r) => ({ f: r.fromCode, t: r.toCode, on: r.on, kind: r.kind, decision: r.decision }), (j) => sql`
    insert into unit_lineage (from_unit_id, to_unit_id, "on", kind, decision)
    select a.id, b.id, x."on", x.kind, x.decision
    from json_to_recordset(${j}::json) as x(f text, t text, "on" date, kind text, decision text)
    join units a on a.code = x.f join units b on b.code = x.t
    on conflict on constraint unit_lineage_key do update set kind = excluded.kind, decision = excluded.decision`);

  progress('party_orgs', w.party_orgs.length);
  await inBatches(db, w.party_orgs, (r) => ({ code: r.code, name: r.name, parent: r.parentCode, unit: r.unitCode, f: r.validFrom, t: r.validTo }), (j) => sql`
    insert into party_org_versions (org_id, name, parent_org_id, unit_id, valid_from, valid_to)
    select o.id, x.name, p.id, u.id, x.f, x.t
    from json_to_recordset(${j}::json) as x(code text, name text, parent text, unit text, f date, t date)
    join party_orgs o on o.code = x.code left join party_orgs p on p.code = x.parent left join units u on u.code = x.unit
    on conflict on constraint party_org_versions_org_from do update
      set name = excluded.name, parent_org_id = excluded.parent_org_id, unit_id = excluded.unit_id, valid_to = excluded.valid_to`);

  progress('cell_villages', w.cell_villages.length);
  await inBatches(db, w.cell_villages, (r) => ({ cell: r.cellCode, village: r.villageCode, f: r.validFrom, t: r.validTo }), (j) => sql`
    insert into cell_villages (cell_id, village_id, valid_from, valid_to)
    select o.id, u.id, x.f, x.t
    from json_to_recordset(${j}::json) as x(cell text, village text, f date, t date)
    join party_orgs o on o.code = x.cell join units u on u.code = x.village
    on conflict on constraint cell_villages_key do update set valid_to = excluded.valid_to`);

  progress('people', w.people.length);
  await inBatches(db, w.people, (r) => ({ code: r.personCode, name: r.fullName, birth: r.birthDate, gender: r.gender, ethnicity: r.ethnicity, residence: r.residenceVillageCode, official: r.communeOfficial }), (j) => sql`
    insert into people (code, full_name, birth_date, gender, ethnicity, residence_village_id, commune_official)
    select x.code, x.name, x.birth, x.gender, x.ethnicity, u.id, x.official
    from json_to_recordset(${j}::json) as x(code text, name text, birth date, gender text, ethnicity text, residence text, official boolean)
    left join units u on u.code = x.residence
    on conflict (code) do update set full_name = excluded.full_name, birth_date = excluded.birth_date, gender = excluded.gender,
      ethnicity = excluded.ethnicity, residence_village_id = excluded.residence_village_id, commune_official = excluded.commune_official`);

  progress('memberships', w.memberships.length);
  await inBatches(db, w.memberships, (r) => ({ person: r.personCode, card: r.cardNo, a: r.admittedOn, o: r.officialOn, e: r.endedOn, reason: r.endReason }), (j) => sql`
    insert into memberships (person_id, card_no, admitted_on, official_on, ended_on, end_reason)
    select p.id, x.card, x.a, x.o, x.e, x.reason
    from json_to_recordset(${j}::json) as x(person text, card text, a date, o date, e date, reason text)
    join people p on p.code = x.person
    on conflict on constraint memberships_person_admitted do update
      set card_no = excluded.card_no, official_on = excluded.official_on, ended_on = excluded.ended_on, end_reason = excluded.end_reason`);

  progress('placements', w.placements.length);
  await inBatches(db, w.placements, (r) => ({ person: r.personCode, cell: r.cellCode, village: r.villageCode, f: r.validFrom, t: r.validTo, kind: r.kind, reason: r.reason }), (j) => sql`
    insert into placements (person_id, cell_id, village_id, valid_from, valid_to, kind, reason)
    select p.id, o.id, u.id, x.f, x.t, x.kind, x.reason
    from json_to_recordset(${j}::json) as x(person text, cell text, village text, f date, t date, kind text, reason text)
    join people p on p.code = x.person join party_orgs o on o.code = x.cell left join units u on u.code = x.village
    on conflict on constraint placements_key do update set village_id = excluded.village_id, valid_to = excluded.valid_to, reason = excluded.reason`);

  progress('head_terms', w.head_terms.length);
  await inBatches(db, w.head_terms, (r) => ({ village: r.villageCode, person: r.personCode, role: r.role, f: r.validFrom, t: r.validTo, how: r.how }), (j) => sql`
    insert into head_terms (village_id, person_id, role, valid_from, valid_to, how)
    select u.id, p.id, x.role, x.f, x.t, x.how
    from json_to_recordset(${j}::json) as x(village text, person text, role text, f date, t date, how text)
    join units u on u.code = x.village join people p on p.code = x.person
    on conflict on constraint head_terms_key do update set valid_to = excluded.valid_to, how = excluded.how`);

  progress('secretary_terms', w.secretary_terms.length);
  await inBatches(db, w.secretary_terms, (r) => ({ cell: r.cellCode, person: r.personCode, f: r.validFrom, t: r.validTo }), (j) => sql`
    insert into secretary_terms (cell_id, person_id, valid_from, valid_to)
    select o.id, p.id, x.f, x.t
    from json_to_recordset(${j}::json) as x(cell text, person text, f date, t date)
    join party_orgs o on o.code = x.cell join people p on p.code = x.person
    on conflict on constraint secretary_terms_key do update set valid_to = excluded.valid_to`);
}

/** Ids of units by code (codes that do not exist are skipped). */
export async function unitIds(db: Db, list: string[]): Promise<number[]> {
  const found = await load<{ id: number }>(db, list, (c) => sql`select id from units where code in ${c}`);
  return found.map((r) => r.id);
}
