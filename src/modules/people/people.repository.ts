import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';

/**
 * The version of a unit or party organisation (rows of `table` with `key` =
 * `id`) to name it by at a date: the one valid then, else the latest.
 */
function versionAt(
  table: 'unit_versions' | 'party_org_versions',
  key: 'unit_id' | 'org_id',
  id: SQL,
  at: string,
  columns: SQL,
): SQL {
  const v = sql.identifier(table);
  const k = sql.identifier(key);
  return sql`(select ${columns} from ${v} v where v.${k} = ${id}
    order by ${activeAt(sql`v.valid_from`, sql`v.valid_to`, at)} desc, v.valid_from desc nulls last limit 1)`;
}

/** Names at a date of party organisations and units by code (the version valid then, else the latest). */
export async function namesAt(
  db: Db,
  codes: { orgs: string[]; units: string[] },
  at: string,
): Promise<{ orgs: Map<string, string>; units: Map<string, string> }> {
  const found = await rows<{ kind: 'org' | 'unit'; code: string; name: string | null }>(
    db,
    sql`select 'org' as kind, o.code, ${versionAt('party_org_versions', 'org_id', sql`o.id`, at, sql`v.name`)} as name
        from party_orgs o where o.code = any(${sql.param(codes.orgs)}::text[])
        union all
        select 'unit', u.code, ${versionAt('unit_versions', 'unit_id', sql`u.id`, at, sql`v.name`)}
        from units u where u.code = any(${sql.param(codes.units)}::text[])`,
  );
  const map = (kind: 'org' | 'unit') =>
    new Map(found.filter((r) => r.kind === kind && r.name !== null).map((r) => [r.code, r.name!]));
  return { orgs: map('org'), units: map('unit') };
}

/** A person with their residence village, or null. */
export async function findPerson(db: Db, code: string) {
  const [r] = await rows<{
    id: number;
    code: string;
    fullName: string;
    birthDate: string | null;
    gender: string | null;
    ethnicity: string | null;
    communeOfficial: boolean;
    residenceVillageCode: string | null;
  }>(
    db,
    sql`select p.id, p.code, p.full_name as "fullName", p.birth_date as "birthDate", p.gender, p.ethnicity,
               p.commune_official as "communeOfficial", u.code as "residenceVillageCode"
        from people p left join units u on u.id = p.residence_village_id where p.code = ${code}`,
  );
  return r ?? null;
}

export async function memberships(db: Db, personId: number) {
  return rows<{
    cardNo: string | null;
    admittedOn: string;
    officialOn: string | null;
    endedOn: string | null;
    endReason: string | null;
  }>(
    db,
    sql`select card_no as "cardNo", admitted_on as "admittedOn", official_on as "officialOn", ended_on as "endedOn", end_reason as "endReason"
        from memberships where person_id = ${personId} order by admitted_on`,
  );
}

export async function placements(db: Db, personId: number) {
  return rows<{
    cellCode: string;
    villageCode: string | null;
    kind: string;
    reason: string | null;
    validFrom: string | null;
    validTo: string | null;
  }>(
    db,
    sql`select o.code as "cellCode", u.code as "villageCode", pl.kind, pl.reason, pl.valid_from as "validFrom", pl.valid_to as "validTo"
        from placements pl join party_orgs o on o.id = pl.cell_id left join units u on u.id = pl.village_id
        where pl.person_id = ${personId} order by pl.valid_from nulls first, pl.kind`,
  );
}

export async function headTerms(db: Db, personId: number) {
  return rows<{
    villageCode: string;
    role: string;
    how: string | null;
    validFrom: string | null;
    validTo: string | null;
  }>(
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

export async function insertPerson(
  db: Db,
  p: {
    code: string;
    fullName: string;
    birthDate: string | null;
    gender: string | null;
    ethnicity: string | null;
    residenceVillageId: number | null;
    communeOfficial: boolean;
  },
): Promise<number> {
  const [r] = await rows<{ id: number }>(
    db,
    sql`insert into people (code, full_name, birth_date, gender, ethnicity, residence_village_id, commune_official)
        values (${p.code}, ${p.fullName}, ${p.birthDate}, ${p.gender}, ${p.ethnicity}, ${p.residenceVillageId}, ${p.communeOfficial})
        on conflict (code) do nothing returning id`,
  );
  return r?.id ?? 0;
}

export interface PersonListRow {
  code: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: string | null;
  villageCode: string | null;
  villageName: string | null;
  commune: { code: string; name: string | null } | null;
  cardNo: string | null;
  status: 'official' | 'probationary' | 'none';
}

/**
 * People matching a search, at most `limit` from `offset`, with the total:
 * `name` is already without diacritics and in lower case; `inScope` a SQL
 * set of unit ids or null for everything. The status, the card, the
 * residence village's name and its commune are those of the date `at`
 * (a village that has no version then is named, and placed, by its latest).
 */
export async function searchPeople(
  db: Db,
  q: { name?: string; card?: string; villageCode?: string; limit: number; offset: number; at: string },
  inScope: SQL | null,
): Promise<{ total: number; items: PersonListRow[] }> {
  const conds: SQL[] = [sql`true`];
  if (q.name) conds.push(sql`p.search_name like ${`%${q.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (q.card)
    conds.push(
      sql`exists (select 1 from memberships m where m.person_id = p.id and m.card_no like ${`%${q.card.replace(/[\\%_]/g, '')}%`})`,
    );
  if (q.villageCode) {
    conds.push(sql`(p.residence_village_id = (select id from units where code = ${q.villageCode})
      or exists (select 1 from placements pl where pl.person_id = p.id and pl.village_id = (select id from units where code = ${q.villageCode})))`);
  }
  if (inScope) {
    conds.push(sql`(p.residence_village_id in ${inScope}
      or exists (select 1 from placements pl where pl.person_id = p.id and pl.village_id in ${inScope})
      or exists (select 1 from head_terms h where h.person_id = p.id and h.village_id in ${inScope}))`);
  }
  const where = sql.join(conds, sql` and `);
  const [count] = await rows<{ n: number }>(db, sql`select count(*)::int as n from people p where ${where}`);
  // the page first, then what each of its people shows
  const items = await rows<PersonListRow>(
    db,
    sql`select p.code, p.full_name as "fullName", p.birth_date as "birthDate",
               extract(year from p.birth_date)::int as "birthYear", p.gender,
               u.code as "villageCode", uv.name as "villageName",
               case when cu.id is null then null else jsonb_build_object('code', cu.code, 'name', ${versionAt('unit_versions', 'unit_id', sql`cu.id`, q.at, sql`v.name`)}) end as commune,
               m.card_no as "cardNo",
               case when m.id is null then 'none' when m.official_on is not null and m.official_on <= ${q.at}::date then 'official'
                    else 'probationary' end as status
        from (select p.* from people p where ${where} order by p.search_name, p.code limit ${q.limit} offset ${q.offset}) p
        left join units u on u.id = p.residence_village_id
        left join lateral ${versionAt('unit_versions', 'unit_id', sql`u.id`, q.at, sql`v.name, v.parent_id`)} uv on true
        left join units cu on cu.id = uv.parent_id
        left join lateral (
          select id, card_no, official_on from memberships m
          where m.person_id = p.id and m.admitted_on <= ${q.at}::date and (m.ended_on is null or ${q.at}::date < m.ended_on)
          order by admitted_on desc limit 1
        ) m on true
        order by p.search_name, p.code`,
  );
  return { total: count.n, items };
}
