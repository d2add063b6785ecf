import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { activeAt } from './queries/common.js';

/**
 * Rebuilds the derived table village_states for the given villages (all when
 * omitted) from the register and village_member_counts, which must be fresh.
 *
 * Two families of facts, each a step function, merged per village:
 * - members: read from village_member_counts (its bounds, 0 in its gaps);
 * - roles (cell status, head, head is a member, secretary is head): these can
 *   only change where one of their sources starts or ends: the coverings,
 *   versions and secretaries (those ever its head) of every cell that ever
 *   covered the village and the versions of the other villages those cells
 *   cover, its head terms and its heads' memberships during their terms. They are evaluated at each such date (and at
 *   '-infinity') with the definitions of DOMAIN.md, and nowhere else, which
 *   keeps the refresh cheap where members come and go often.
 * Each family is carried forward to the other's dates, runs of equal facts
 * become one interval, and intervals with nothing to count (no member, no cell,
 * no head) are not stored.
 */
export async function refreshVillageStates(db: Db, villageIds?: number[]): Promise<void> {
  await db.execute(
    villageIds
      ? sql`delete from village_states where village_id = any(${sql.param(villageIds)}::int[])`
      : sql`delete from village_states`,
  );
  await db.execute(sql`
    insert into village_states (village_id, valid_from, valid_to, total, official, cell, head_id, head_is_member, secretary_is_head)
    ${villageStatesSelect(villageIds)}`);
}

/** The rows of village_states for the given villages (all when omitted), computed from the register. */
export function villageStatesSelect(villageIds?: number[]): SQL {
  const only = villageIds ? sql`and u.id = any(${sql.param(villageIds)}::int[])` : sql``;
  const d = sql`p.d`;
  const bounds = (table: SQL, from: SQL, to: SQL) => sql`select ${table}, unnest(array[${from}, ${to}])`;
  return sql`
    with vil as (select u.id from units u where u.level = 'village' ${only}),
    vc as (select distinct cv.village_id, cv.cell_id from cell_villages cv join vil on vil.id = cv.village_id),
    role_bounds (village_id, d) as (
      select id, '-infinity'::date from vil
      union all ${bounds(sql`vc.village_id`, sql`cv.valid_from`, sql`cv.valid_to`)} from vc join cell_villages cv on cv.cell_id = vc.cell_id
      union all ${bounds(sql`vc.village_id`, sql`uv.valid_from`, sql`uv.valid_to`)}
        from vc join cell_villages cv on cv.cell_id = vc.cell_id join unit_versions uv on uv.unit_id = cv.village_id
      union all ${bounds(sql`vc.village_id`, sql`pov.valid_from`, sql`pov.valid_to`)} from vc join party_org_versions pov on pov.org_id = vc.cell_id
      -- a secretary's term matters only if that person is ever the village's head
      union all ${bounds(sql`vc.village_id`, sql`st.valid_from`, sql`st.valid_to`)}
        from vc join secretary_terms st on st.cell_id = vc.cell_id
        where exists (select 1 from head_terms ht where ht.village_id = vc.village_id and ht.person_id = st.person_id and ht.role = 'head')
      union all ${bounds(sql`ht.village_id`, sql`ht.valid_from`, sql`ht.valid_to`)}
        from head_terms ht join vil on vil.id = ht.village_id where ht.role = 'head'
      -- a head's membership matters only while they are head: its bounds inside the term
      union all select hm.village_id, hm.d from (
        ${bounds(sql`ht.village_id, ht.valid_from, ht.valid_to`, sql`m.admitted_on`, sql`m.ended_on`)}
        from head_terms ht join vil on vil.id = ht.village_id join memberships m on m.person_id = ht.person_id where ht.role = 'head'
      ) hm (village_id, valid_from, valid_to, d)
        where ${activeAt(sql`hm.valid_from`, sql`hm.valid_to`, sql`hm.d`)}
    ),
    points as (select distinct village_id, d from role_bounds where d is not null),
    roles as (
      select p.village_id, p.d,
             case when cardinality(c.own_cells) > 0 then 'own' when c.covering > 0 then 'combined' else 'none' end as cell,
             h.person_id as head_id,
             (h.person_id is not null and exists (
               select 1 from memberships m
               where m.person_id = h.person_id and m.admitted_on <= ${d} and (m.ended_on is null or ${d} < m.ended_on)
             )) as head_is_member,
             -- the secretary of any of its own cells (a village rarely has two)
             (h.person_id is not null and cardinality(c.own_cells) > 0 and exists (
               select 1 from secretary_terms st
               where st.cell_id = any(c.own_cells) and st.person_id = h.person_id
                 and ${activeAt(sql`st.valid_from`, sql`st.valid_to`, d)}
             )) as secretary_is_head
      from points p
      -- cells valid at D covering the village at D; own ones cover no other village valid at D
      left join lateral (
        select count(*) as covering,
               coalesce(array_agg(cv.cell_id) filter (where not exists (
                 select 1 from cell_villages cv2
                 where cv2.cell_id = cv.cell_id and cv2.village_id <> p.village_id
                   and ${activeAt(sql`cv2.valid_from`, sql`cv2.valid_to`, d)}
                   and exists (select 1 from unit_versions uv where uv.unit_id = cv2.village_id
                               and ${activeAt(sql`uv.valid_from`, sql`uv.valid_to`, d)})
               )), '{}') as own_cells
        from cell_villages cv
        join party_orgs po on po.id = cv.cell_id and po.kind = 'cell'
        where cv.village_id = p.village_id and ${activeAt(sql`cv.valid_from`, sql`cv.valid_to`, d)}
          and exists (select 1 from party_org_versions pov
                      where pov.org_id = cv.cell_id and ${activeAt(sql`pov.valid_from`, sql`pov.valid_to`, d)})
      ) c on true
      left join lateral (
        -- one head in office; the importer forbids two, the order keeps a bad row deterministic
        select ht.person_id from head_terms ht
        where ht.village_id = p.village_id and ht.role = 'head' and ${activeAt(sql`ht.valid_from`, sql`ht.valid_to`, d)}
        order by ht.person_id limit 1
      ) h on true
    ),
    -- member counts at each of their bounds: the interval starting there, or 0 where one ends into a gap
    counts as (
      select mc.village_id, mc.valid_from as d, mc.total, mc.official
      from village_member_counts mc join vil on vil.id = mc.village_id
      union all
      select mc.village_id, mc.valid_to, 0, 0
      from village_member_counts mc join vil on vil.id = mc.village_id
      where mc.valid_to is not null
        and not exists (select 1 from village_member_counts nx where nx.village_id = mc.village_id and nx.valid_from = mc.valid_to)
    ),
    merged as (
      select coalesce(r.village_id, c.village_id) as village_id, coalesce(r.d, c.d) as d,
             c.total, c.official, c.village_id is not null as has_counts,
             r.cell, r.head_id, r.head_is_member, r.secretary_is_head, r.village_id is not null as has_roles
      from roles r full join counts c on c.village_id = r.village_id and c.d = r.d
    ),
    grouped as (
      select m.*,
             count(*) filter (where m.has_counts) over w as gc,
             count(*) filter (where m.has_roles) over w as gr
      from merged m
      window w as (partition by m.village_id order by m.d)
    ),
    -- carry each family forward: within a group only its first row holds values
    filled as (
      select g.village_id, g.d,
             coalesce(max(g.total) over (partition by g.village_id, g.gc), 0) as total,
             coalesce(max(g.official) over (partition by g.village_id, g.gc), 0) as official,
             max(g.cell) over (partition by g.village_id, g.gr) as cell,
             max(g.head_id) over (partition by g.village_id, g.gr) as head_id,
             bool_or(g.head_is_member) over (partition by g.village_id, g.gr) as head_is_member,
             bool_or(g.secretary_is_head) over (partition by g.village_id, g.gr) as secretary_is_head
      from grouped g
    ),
    marked as (
      select f.*,
             (lag(f.total) over w is distinct from f.total or lag(f.official) over w is distinct from f.official
              or lag(f.cell) over w is distinct from f.cell or lag(f.head_id) over w is distinct from f.head_id
              or lag(f.head_is_member) over w is distinct from f.head_is_member
              or lag(f.secretary_is_head) over w is distinct from f.secretary_is_head
              or row_number() over w = 1) as changed
      from filled f
      window w as (partition by f.village_id order by f.d)
    ),
    runs as (
      select m.*, lead(m.d) over (partition by m.village_id order by m.d) as next_d
      from marked m where m.changed
    )
    select village_id, d, next_d, total, official, cell, head_id, head_is_member, secretary_is_head
    from runs
    where total > 0 or cell <> 'none' or head_id is not null`;
}
