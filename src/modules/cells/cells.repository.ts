import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';

const at_ = (from: SQL, to: SQL, at: string) => activeAt(from, to, at);

/** A village at a date: its commune, official members placed there, and the cells covering it (own or not). */
export async function villageAt(db: Db, villageId: number, at: string) {
  const [r] = await rows<{ commune_id: number | null; commune_code: string | null; official: number; own_cell: string | null; covering: string[] }>(
    db,
    sql`select uv.parent_id as commune_id, cu.code as commune_code,
          (select count(*)::int from placements pl join memberships m on m.person_id = pl.person_id and ${at_(sql`m.admitted_on`, sql`m.ended_on`, at)}
             where pl.village_id = ${villageId} and pl.kind = 'official' and ${at_(sql`pl.valid_from`, sql`pl.valid_to`, at)}
               and m.official_on is not null and m.official_on <= ${at}::date) as official,
          (select o.code from cell_villages cv join party_orgs o on o.id = cv.cell_id
             where cv.village_id = ${villageId} and ${at_(sql`cv.valid_from`, sql`cv.valid_to`, at)}
               and not exists (select 1 from cell_villages cv2 join unit_versions v2 on v2.unit_id = cv2.village_id and ${at_(sql`v2.valid_from`, sql`v2.valid_to`, at)}
                               where cv2.cell_id = cv.cell_id and cv2.village_id <> cv.village_id and ${at_(sql`cv2.valid_from`, sql`cv2.valid_to`, at)})
             limit 1) as own_cell,
          coalesce((select array_agg(o.code order by o.code) from cell_villages cv join party_orgs o on o.id = cv.cell_id
             where cv.village_id = ${villageId} and ${at_(sql`cv.valid_from`, sql`cv.valid_to`, at)}), '{}') as covering
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
}

/**
 * Official members with an official placement at the date in another village
 * of the same commune, ranked as the planner proposes them; those whose own
 * cell would fall below `min` official members are left out.
 */
export async function candidates(db: Db, villageId: number, communeId: number, at: string, min: number): Promise<Candidate[]> {
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
        )
        select pd.code, pd.name,
               case when pd.commune_official then 1 when pd.residence_village_id = ${villageId} then 2 else 3 end as priority,
               o.code as "fromCell", vu.code as "fromVillage",
               case when own.cell_id is not null then cs.n end as "ownCellOfficial"
        from placed pd
        join party_orgs o on o.id = pd.cell_id
        left join units vu on vu.id = pd.village_id
        left join unit_versions wv on wv.unit_id = pd.village_id and ${at_(sql`wv.valid_from`, sql`wv.valid_to`, at)}
        left join own on own.cell_id = pd.cell_id
        left join cell_size cs on cs.cell_id = pd.cell_id
        where (pd.village_id is distinct from ${villageId})
          and (wv.parent_id = ${communeId} or pd.residence_village_id = ${villageId} or (pd.commune_official and pd.village_id is null))
          and (own.cell_id is null or cs.n - 1 >= ${min})
        order by priority, pd.name, pd.code`,
  );
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
