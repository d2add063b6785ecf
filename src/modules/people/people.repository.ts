import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';

/** A person with their residence village, or null. */
export async function findPerson(db: Db, code: string) {
  const [r] = await rows<{
    id: number; code: string; fullName: string; birthDate: string | null; gender: string | null; ethnicity: string | null;
    communeOfficial: boolean; residenceVillageCode: string | null;
  }>(
    db,
    sql`select p.id, p.code, p.full_name as "fullName", p.birth_date as "birthDate", p.gender, p.ethnicity,
               p.commune_official as "communeOfficial", u.code as "residenceVillageCode"
        from people p left join units u on u.id = p.residence_village_id where p.code = ${code}`,
  );
  return r ?? null;
}

export async function memberships(db: Db, personId: number) {
  return rows<{ cardNo: string | null; admittedOn: string; officialOn: string | null; endedOn: string | null; endReason: string | null }>(
    db,
    sql`select card_no as "cardNo", admitted_on as "admittedOn", official_on as "officialOn", ended_on as "endedOn", end_reason as "endReason"
        from memberships where person_id = ${personId} order by admitted_on`,
  );
}

export async function placements(db: Db, personId: number) {
  return rows<{ cellCode: string; villageCode: string | null; kind: string; reason: string | null; validFrom: string | null; validTo: string | null }>(
    db,
    sql`select o.code as "cellCode", u.code as "villageCode", pl.kind, pl.reason, pl.valid_from as "validFrom", pl.valid_to as "validTo"
        from placements pl join party_orgs o on o.id = pl.cell_id left join units u on u.id = pl.village_id
        where pl.person_id = ${personId} order by pl.valid_from nulls first, pl.kind`,
  );
}

export async function headTerms(db: Db, personId: number) {
  return rows<{ villageCode: string; role: string; how: string | null; validFrom: string | null; validTo: string | null }>(
    db,
    sql`select u.code as "villageCode", h.role, h.how, h.valid_from as "validFrom", h.valid_to as "validTo"
        from head_terms h join units u on u.id = h.village_id where h.person_id = ${personId} order by h.valid_from nulls first`,
  );
}

export async function secretaryTerms(db: Db, personId: number) {
  return rows<{ cellCode: string; validFrom: string | null; validTo: string | null }>(
    db,
    sql`select o.code as "cellCode", s.valid_from as "validFrom", s.valid_to as "validTo"
        from secretary_terms s join party_orgs o on o.id = s.cell_id where s.person_id = ${personId} order by s.valid_from nulls first`,
  );
}

/** The id and level of a unit by code, or null. */
export async function findUnitByCode(db: Db, code: string): Promise<{ id: number; level: string } | null> {
  const [r] = await rows<{ id: number; level: string }>(db, sql`select id, level from units where code = ${code}`);
  return r ?? null;
}

export async function insertPerson(
  db: Db,
  p: { code: string; fullName: string; birthDate: string | null; gender: string | null; ethnicity: string | null; residenceVillageId: number | null; communeOfficial: boolean },
): Promise<number> {
  const [r] = await rows<{ id: number }>(
    db,
    sql`insert into people (code, full_name, birth_date, gender, ethnicity, residence_village_id, commune_official)
        values (${p.code}, ${p.fullName}, ${p.birthDate}, ${p.gender}, ${p.ethnicity}, ${p.residenceVillageId}, ${p.communeOfficial})
        on conflict (code) do nothing returning id`,
  );
  return r?.id ?? 0;
}
