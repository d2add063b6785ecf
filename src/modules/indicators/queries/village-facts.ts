import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import { activeAt, type VillageCategory } from './common.js';

export interface VillageFactsParams {
  scopeId: number;
  at: string;
}

/** One village of the scope at the date, as the lean facts select returns it (what counting needs). */
export interface VillageFactsLeanRow {
  id: number;
  code: string;
  name: string;
  subtype: string;
  parent_id: number | null;
  head_id: number | null;
  total: number;
  official: number;
  cell: 'own' | 'combined' | 'none';
  head_is_member: boolean;
  head_status: 'party' | 'nonParty' | 'vacant';
  secretary_is_head: boolean;
  categories: VillageCategory[];
}

/** A village with the names a list shows: its commune at the date and its head. */
export interface VillageFactsRow extends VillageFactsLeanRow {
  commune_code: string | null;
  commune_name: string | null;
  head_code: string | null;
  head_name: string | null;
}

/**
 * The per-village facts of DOMAIN.md ("What is counted") for the villages of a
 * scope at a date, as one self-contained SELECT that the snapshot, comparison
 * and list queries wrap. Its columns are those of VillageFactsLeanRow: only
 * what counting needs, so that a snapshot pays for no name lookups.
 *
 * Why it is fast at national scale: the tree is walked from the scope down
 * through versions valid at D (unit_versions_parent), and member counts are
 * read from the derived step function village_member_counts with one probe of
 * its primary key (village_id, valid_from) per village: the latest interval
 * starting on or before D, kept only if it has not ended by D. Every other
 * per-village fact is a probe of an index leading with village_id or cell_id
 * (about ten probes per village in all).
 */
export function villageFactsSelect(scopeId: number, at: string): SQL {
  const uvAt = activeAt(sql`uv.valid_from`, sql`uv.valid_to`, at);
  const cvAt = activeAt(sql`cv.valid_from`, sql`cv.valid_to`, at);
  return sql`
    with recursive tree (unit_id, code, level, name, subtype, parent_id) as (
      select uv.unit_id, u.code, u.level, uv.name, uv.subtype, uv.parent_id
      from unit_versions uv join units u on u.id = uv.unit_id
      where uv.unit_id = ${scopeId} and ${uvAt}
      union
      select uv.unit_id, u.code, u.level, uv.name, uv.subtype, uv.parent_id
      from tree t
      join unit_versions uv on uv.parent_id = t.unit_id
      join units u on u.id = uv.unit_id
      where t.level <> 'village' and ${uvAt}
    ),
    v as (select unit_id as id, code, name, subtype, parent_id from tree where level = 'village'),
    facts as (
      select v.id, v.code, v.name, v.subtype, v.parent_id,
             coalesce(mc.total, 0) as total, coalesce(mc.official, 0) as official,
             case when cardinality(c.own_cells) > 0 then 'own' when c.covering > 0 then 'combined' else 'none' end as cell,
             h.person_id as head_id,
             (h.person_id is not null and exists (
               select 1 from memberships m
               where m.person_id = h.person_id and m.admitted_on <= ${at}::date
                 and (m.ended_on is null or ${at}::date < m.ended_on))) as head_is_member,
             -- the secretary of any of its own cells (a village rarely has two)
             (h.person_id is not null and cardinality(c.own_cells) > 0 and exists (
               select 1 from secretary_terms st
               where st.cell_id = any(c.own_cells) and st.person_id = h.person_id
                 and ${activeAt(sql`st.valid_from`, sql`st.valid_to`, at)})) as secretary_is_head
      from v
      left join lateral (
        select x.total, x.official from (
          select mc.total, mc.official, mc.valid_to
          from village_member_counts mc
          where mc.village_id = v.id and mc.valid_from <= ${at}::date
          order by mc.valid_from desc
          limit 1
        ) x where x.valid_to is null or ${at}::date < x.valid_to
      ) mc on true
      left join lateral (
        -- one head in office; the importer forbids two, the order keeps a bad row deterministic
        select ht.person_id
        from head_terms ht
        where ht.village_id = v.id and ht.role = 'head'
          and ${activeAt(sql`ht.valid_from`, sql`ht.valid_to`, at)}
        order by ht.person_id
        limit 1
      ) h on true
      -- the cells valid at D covering the village at D; own ones cover no other village valid at D.
      -- A lateral per village keeps every step an index probe: joining CTEs instead lets the
      -- planner, which cannot estimate their sizes, pick a quadratic nested loop.
      left join lateral (
        select count(*) as covering,
               coalesce(array_agg(cv.cell_id) filter (where not exists (
                 select 1 from cell_villages cv2
                 where cv2.cell_id = cv.cell_id and cv2.village_id <> v.id
                   and ${activeAt(sql`cv2.valid_from`, sql`cv2.valid_to`, at)}
                   and exists (select 1 from unit_versions uv where uv.unit_id = cv2.village_id and ${uvAt})
               )), '{}') as own_cells
        from cell_villages cv
        join party_orgs po on po.id = cv.cell_id and po.kind = 'cell'
        where cv.village_id = v.id and ${cvAt}
          and exists (select 1 from party_org_versions pov
                      where pov.org_id = cv.cell_id and ${activeAt(sql`pov.valid_from`, sql`pov.valid_to`, at)})
      ) c on true
    ),
    judged as (
      select f.*,
             case when f.head_id is null then 'vacant' when f.head_is_member then 'party' else 'nonParty' end as head_status
      from facts f
    )
    select j.id, j.code, j.name, j.subtype, j.parent_id, j.head_id,
           j.total::int as total, j.official::int as official, j.cell,
           j.head_is_member, j.head_status, j.secretary_is_head,
           array_remove(array[
             case when j.total = 0 then 'white' when j.total <= 2 then 'weak' else 'strong' end,
             case j.cell when 'own' then 'ownCell' when 'combined' then 'combinedOnly' else 'noCell' end,
             case when j.official >= 3 and j.cell <> 'own' then 'readyForCell' end,
             case j.head_status when 'party' then 'partyHead' when 'nonParty' then 'nonPartyHead' else 'vacantHead' end,
             case when j.secretary_is_head then 'secretaryIsHead' end,
             'all'
           ]::text[], null) as categories
    from judged j`;
}

/** The facts of the villages with the names a list shows (columns of VillageFactsRow). */
export function villageDetailsSelect(scopeId: number, at: string): SQL {
  return sql`
    select f.*, pu.code as commune_code, pv.name as commune_name, hp.code as head_code, hp.full_name as head_name
    from (${villageFactsSelect(scopeId, at)}) f
    left join units pu on pu.id = f.parent_id
    left join unit_versions pv on pv.unit_id = f.parent_id and ${activeAt(sql`pv.valid_from`, sql`pv.valid_to`, at)}
    left join people hp on hp.id = f.head_id`;
}

/** The facts of every village of the scope at the date, with names, ordered by village code. */
export async function villageFacts(db: Db, p: VillageFactsParams): Promise<VillageFactsRow[]> {
  return rows<VillageFactsRow>(
    db,
    sql`select f.* from (${villageDetailsSelect(p.scopeId, p.at)}) f order by f.code collate "C"`,
  );
}
