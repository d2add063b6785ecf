import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';

const at_ = (from: SQL, to: SQL, at: string) => activeAt(from, to, at);

/** A village at a date: its commune, official members placed there, and the cells (valid then) covering it, own or not. */
export async function villageAt(db: Db, villageId: number, at: string) {
  const [r] = await rows<{
    commune_id: number | null;
    commune_code: string | null;
    official: number;
    own_cell: string | null;
    covering: string[];
  }>(
    db,
    sql`select uv.parent_id as commune_id, cu.code as commune_code,
          (select count(*)::int from placements pl join memberships m on m.person_id = pl.person_id and ${at_(sql`m.admitted_on`, sql`m.ended_on`, at)}
             where pl.village_id = ${villageId} and pl.kind = 'official' and ${at_(sql`pl.valid_from`, sql`pl.valid_to`, at)}
               and m.official_on is not null and m.official_on <= ${at}::date) as official,
          (select o.code from cell_villages cv join party_orgs o on o.id = cv.cell_id and o.kind = 'cell'
             where cv.village_id = ${villageId} and ${at_(sql`cv.valid_from`, sql`cv.valid_to`, at)}
               and exists (select 1 from party_org_versions ov where ov.org_id = cv.cell_id and ${at_(sql`ov.valid_from`, sql`ov.valid_to`, at)})
               and not exists (select 1 from cell_villages cv2 join unit_versions v2 on v2.unit_id = cv2.village_id and ${at_(sql`v2.valid_from`, sql`v2.valid_to`, at)}
                               where cv2.cell_id = cv.cell_id and cv2.village_id <> cv.village_id and ${at_(sql`cv2.valid_from`, sql`cv2.valid_to`, at)})
             limit 1) as own_cell,
          coalesce((select array_agg(o.code order by o.code) from cell_villages cv join party_orgs o on o.id = cv.cell_id and o.kind = 'cell'
             where cv.village_id = ${villageId} and ${at_(sql`cv.valid_from`, sql`cv.valid_to`, at)}
               and exists (select 1 from party_org_versions ov where ov.org_id = cv.cell_id and ${at_(sql`ov.valid_from`, sql`ov.valid_to`, at)})), '{}') as covering
        from unit_versions uv left join units cu on cu.id = uv.parent_id
        where uv.unit_id = ${villageId} and ${at_(sql`uv.valid_from`, sql`uv.valid_to`, at)}`,
  );
  return r ?? null;
}

export interface Candidate {
  code: string;
  name: string;
  /** 1: a commune official; 2: lives in the village, takes part elsewhere; 3: a member of a nearby village. */
  priority: 1 | 2 | 3;
  fromCell: string;
  fromVillage: string | null;
  /** Official members of the cell they would leave, when it is an own cell. */
  ownCellOfficial: number | null;
  /** Whether their placement lies in the village's commune at the date (its villages, or a cell of the commune itself). */
  inCommune: boolean;
}

/**
 * Official members with an official placement at the date elsewhere than the
 * village, ranked as the planner proposes them: commune officials of the
 * village's own commune (placed in one of its villages, or in a cell of the
 * commune itself such as its agency cell), members who live in the village,
 * and members placed in the commune's other villages. Those whose own cell
 * would fall below `min` official members are left out. The account's scope
 * is judged by the caller (cells.service.ts).
 */
export async function candidates(
  db: Db,
  villageId: number,
  communeId: number,
  at: string,
  min: number,
): Promise<Candidate[]> {
  return rows<Candidate>(
    db,
    sql`with placed as (
          select p.id as person_id, p.code, p.full_name as name, p.commune_official, p.residence_village_id, pl.cell_id, pl.village_id
          from placements pl join people p on p.id = pl.person_id
          join memberships m on m.person_id = p.id and ${at_(sql`m.admitted_on`, sql`m.ended_on`, at)}
          where pl.kind = 'official' and ${at_(sql`pl.valid_from`, sql`pl.valid_to`, at)} and m.official_on is not null and m.official_on <= ${at}::date
        ),
        cell_size as (select cell_id, count(*)::int as n from placed group by cell_id),
        own as (
          select cv.cell_id from cell_villages cv join unit_versions v on v.unit_id = cv.village_id and ${at_(sql`v.valid_from`, sql`v.valid_to`, at)}
          where ${at_(sql`cv.valid_from`, sql`cv.valid_to`, at)} group by cv.cell_id having count(*) = 1
        ),
        placed_where as (
          select pd.*, o.code as from_cell, vu.code as from_village, own.cell_id as own_cell, cs.n,
                 coalesce(wv.parent_id = ${communeId} or (pd.village_id is null and ov.unit_id = ${communeId}), false) as in_commune
          from placed pd
          join party_orgs o on o.id = pd.cell_id
          left join units vu on vu.id = pd.village_id
          left join unit_versions wv on wv.unit_id = pd.village_id and ${at_(sql`wv.valid_from`, sql`wv.valid_to`, at)}
          left join party_org_versions ov on ov.org_id = pd.cell_id and ${at_(sql`ov.valid_from`, sql`ov.valid_to`, at)}
          left join own on own.cell_id = pd.cell_id
          left join cell_size cs on cs.cell_id = pd.cell_id
          where pd.village_id is distinct from ${villageId}
        )
        select code, name,
               -- a commune official of another commune (its agency cell) is not one of this commune's officials
               case when commune_official and in_commune then 1 when residence_village_id = ${villageId} then 2 else 3 end as priority,
               from_cell as "fromCell", from_village as "fromVillage",
               case when own_cell is not null then n end as "ownCellOfficial", in_commune as "inCommune"
        from placed_where
        where ((village_id is not null and in_commune) or residence_village_id = ${villageId} or (commune_official and village_id is null and in_commune))
          and (own_cell is null or n - 1 >= ${min})
        order by priority, name, code`,
  );
}

/** A combined cell covering the village at a date: the other villages (valid then) it covers besides this one. */
export interface CombinedCover {
  cellId: number;
  cellCode: string;
  cellName: string;
  /** The other villages it covers at the date, by code. */
  others: string[];
}

/**
 * The cells valid at a date that cover the village then together with other
 * villages valid then: the combined cells the village would leave by getting
 * its own cell. "Own cell" and "combined" as the indicator engine judges them
 * (states.repository.ts).
 */
export async function combinedCovers(db: Db, villageId: number, at: string): Promise<CombinedCover[]> {
  return rows<CombinedCover>(
    db,
    sql`select o.id as "cellId", o.code as "cellCode", ov.name as "cellName",
               array_agg(distinct ou.code order by ou.code) as others
        from cell_villages cv
        join party_orgs o on o.id = cv.cell_id and o.kind = 'cell'
        join party_org_versions ov on ov.org_id = o.id and ${at_(sql`ov.valid_from`, sql`ov.valid_to`, at)}
        join cell_villages cv2 on cv2.cell_id = cv.cell_id and cv2.village_id <> cv.village_id and ${at_(sql`cv2.valid_from`, sql`cv2.valid_to`, at)}
        join unit_versions uv on uv.unit_id = cv2.village_id and ${at_(sql`uv.valid_from`, sql`uv.valid_to`, at)}
        join units ou on ou.id = cv2.village_id
        where cv.village_id = ${villageId} and ${at_(sql`cv.valid_from`, sql`cv.valid_to`, at)}
        group by o.id, o.code, ov.name
        order by o.code`,
  );
}

/** The version of a party org running on a date, as an import row (to end it then). */
export async function orgVersionAt(db: Db, orgId: number, at: string) {
  const [r] = await rows<{
    code: string;
    name: string;
    kind: 'committee' | 'cell';
    parentCode: string | null;
    unitCode: string | null;
    validFrom: string | null;
    validTo: string | null;
  }>(
    db,
    sql`select o.code, v.name, o.kind, po.code as "parentCode", u.code as "unitCode", v.valid_from as "validFrom", v.valid_to as "validTo"
        from party_org_versions v join party_orgs o on o.id = v.org_id
        left join party_orgs po on po.id = v.parent_org_id left join units u on u.id = v.unit_id
        where v.org_id = ${orgId} and ${at_(sql`v.valid_from`, sql`v.valid_to`, at)}`,
  );
  return r ?? null;
}

/** A cell's coverings that run past a day (open, or ending after it). */
export async function coveringsPast(db: Db, cellId: number, day: string) {
  return rows<{ villageCode: string; validFrom: string | null; validTo: string | null }>(
    db,
    sql`select u.code as "villageCode", cv.valid_from as "validFrom", cv.valid_to as "validTo"
        from cell_villages cv join units u on u.id = cv.village_id
        where cv.cell_id = ${cellId} and (cv.valid_to is null or cv.valid_to > ${day}::date)`,
  );
}

/** The placements in a cell that run past a day (open, or ending after it), official and temporary. */
export async function placementsPast(db: Db, cellId: number, day: string) {
  return rows<{
    personCode: string;
    villageCode: string | null;
    validFrom: string | null;
    validTo: string | null;
    kind: 'official' | 'temporary';
    reason: string | null;
  }>(
    db,
    sql`select p.code as "personCode", u.code as "villageCode", pl.valid_from as "validFrom", pl.valid_to as "validTo", pl.kind, pl.reason
        from placements pl join people p on p.id = pl.person_id left join units u on u.id = pl.village_id
        where pl.cell_id = ${cellId} and (pl.valid_to is null or pl.valid_to > ${day}::date)
        order by p.code, pl.valid_from`,
  );
}

/** The cells of a person's official placements running on a date. */
export async function officialCellsAt(db: Db, personCode: string, at: string): Promise<string[]> {
  const r = await rows<{ code: string }>(
    db,
    sql`select distinct o.code from placements pl join people p on p.id = pl.person_id join party_orgs o on o.id = pl.cell_id
        where p.code = ${personCode} and pl.kind = 'official' and ${at_(sql`pl.valid_from`, sql`pl.valid_to`, at)}`,
  );
  return r.map((x) => x.code);
}

/** Coverings of a village still open on a date (to end there when it gets its own cell). */
export async function openCoverings(db: Db, villageId: number, on: string) {
  return rows<{ cellCode: string; validFrom: string | null }>(
    db,
    sql`select o.code as "cellCode", cv.valid_from as "validFrom" from cell_villages cv join party_orgs o on o.id = cv.cell_id
        where cv.village_id = ${villageId} and (cv.valid_from is null or cv.valid_from < ${on}::date) and (cv.valid_to is null or cv.valid_to > ${on}::date)`,
  );
}

/** People with an official placement in the village on the date. */
export async function placedIn(db: Db, villageId: number, on: string): Promise<string[]> {
  const r = await rows<{ code: string }>(
    db,
    sql`select distinct p.code from placements pl join people p on p.id = pl.person_id
        where pl.village_id = ${villageId} and pl.kind = 'official' and ${at_(sql`pl.valid_from`, sql`pl.valid_to`, on)} order by p.code`,
  );
  return r.map((x) => x.code);
}
