import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from './queries/common.js';
import { snapshotMeasures, type SnapshotMeasure } from './queries/snapshot.js';
import { inCategory } from './queries/village-facts.js';

/**
 * Rebuilds the derived table village_states for the given villages (all when
 * omitted) from the register and village_member_counts, which must be fresh,
 * then the tables summed from it: commune_states for every commune those
 * villages are or were under, and their village_category_runs.
 *
 * Three families of facts, each a step function, merged per village:
 * - members: read from village_member_counts (its bounds, 0 in its gaps);
 * - roles (cell status, head, head is a member, secretary is head): these can
 *   only change where one of their sources starts or ends: the coverings,
 *   versions and secretaries (those ever its head) of every cell that ever
 *   covered the village and the versions of the other villages those cells
 *   cover, its head terms and its heads' memberships during their terms. They are evaluated at each such date (and at
 *   '-infinity') with the definitions of docs/domain.md, and nowhere else, which
 *   keeps the refresh cheap where members come and go often;
 * - its commune: the parent of its version (none between versions).
 * Each family is carried forward to the others' dates, runs of equal facts
 * become one interval, and intervals when the village has no version are not
 * stored.
 */
export async function refreshVillageStates(db: Db, villageIds?: number[]): Promise<void> {
  const ids = villageIds && sql.param(villageIds);
  if (!ids) await db.execute(sql`delete from village_states`);
  const before = ids
    ? await rows<{ id: number }>(
        db,
        sql`
        with gone as (delete from village_states where village_id = any(${ids}::int[]) returning commune_id)
        select distinct commune_id as id from gone`,
      )
    : [];
  await db.execute(sql`
    insert into village_states (village_id, valid_from, valid_to, commune_id, total, official, cell, head_id, head_is_member, secretary_is_head)
    ${villageStatesSelect(villageIds)}`);
  if (!ids) {
    await refreshCommuneStates(db);
    await refreshCategoryRuns(db);
    return;
  }
  const after = await rows<{ id: number }>(
    db,
    sql`select distinct commune_id as id from village_states where village_id = any(${ids}::int[])`,
  );
  await refreshCommuneStates(db, [...new Set([...before, ...after].map((r) => r.id))]);
  await refreshCategoryRuns(db, villageIds);
}

/**
 * The facts of village_states rows (alias `vs`) as the facts select names
 * them, so that inCategory applies to them: `id`, `total`, `official`,
 * `cell`, `head_status`, `secretary_is_head`.
 */
const stateFacts = sql`
  vs.village_id as id, vs.commune_id, vs.valid_from, vs.valid_to, vs.total, vs.official, vs.cell, vs.secretary_is_head,
  case when vs.head_id is null then 'vacant' when vs.head_is_member then 'party' else 'nonParty' end as head_status`;

/**
 * Rebuilds commune_states for the given communes (all when omitted): each
 * village_states row adds its counts (snapshotMeasures) to its commune from
 * its start and takes them away at its end; the running sums per commune are
 * the step function, stored where the commune has villages.
 */
async function refreshCommuneStates(db: Db, communeIds?: number[]): Promise<void> {
  if (communeIds?.length === 0) return;
  const only = communeIds ? sql`where vs.commune_id = any(${sql.param(communeIds)}::int[])` : sql``;
  await db.execute(
    communeIds
      ? sql`delete from commune_states where commune_id = any(${sql.param(communeIds)}::int[])`
      : sql`delete from commune_states`,
  );
  const columns = snapshotMeasures.map((m) => sql`${sql.identifier(m.column)}`);
  const list = (f: (m: SnapshotMeasure, column: SQL) => SQL) =>
    sql.join(
      snapshotMeasures.map((m, i) => f(m, columns[i])),
      sql`, `,
    );
  await db.execute(sql`
    insert into commune_states (commune_id, valid_from, valid_to, ${sql.join(columns, sql`, `)})
    with f as (
      select f.commune_id, f.valid_from, f.valid_to, ${list((m, c) => sql`(${m.of(sql`f`)})::int as ${c}`)}
      from (select ${stateFacts} from village_states vs ${only}) f
    ),
    events as (
      select commune_id, valid_from as d, ${list((_, c) => c)} from f
      union all
      select commune_id, valid_to, ${list((_, c) => sql`-${c}`)} from f where valid_to is not null
    ),
    steps as (
      select commune_id, d, ${list((_, c) => sql`sum(${c}) as ${c}`)}
      from events group by commune_id, d
      having ${sql.join(
        columns.map((c) => sql`sum(${c}) <> 0`),
        sql` or `,
      )}
    ),
    runs as (
      select commune_id, d, lead(d) over w as next_d, ${list((_, c) => sql`sum(${c}) over w as ${c}`)}
      from steps
      window w as (partition by commune_id order by d)
    )
    select commune_id, d, next_d, ${sql.join(columns, sql`, `)} from runs where villages > 0`);
}

/**
 * Rebuilds village_category_runs for the given villages (all when omitted):
 * their village_states rows with the member count reduced to its band (0,
 * 1 for one or two, 3 for three or more) and the head to its status, and
 * consecutive rows that agree on commune, band, cell and head status merged.
 */
async function refreshCategoryRuns(db: Db, villageIds?: number[]): Promise<void> {
  const ids = villageIds && sql.param(villageIds);
  await db.execute(
    ids
      ? sql`delete from village_category_runs where village_id = any(${ids}::int[])`
      : sql`delete from village_category_runs`,
  );
  await db.execute(sql`
    insert into village_category_runs (village_id, valid_from, valid_to, commune_id, total, cell, head_status)
    with s as (
      select f.id, f.valid_from, f.valid_to, f.commune_id,
             case when ${inCategory('white', sql`f`)} then 0 when ${inCategory('weak', sql`f`)} then 1 else 3 end as total,
             f.cell, f.head_status
      from (select ${stateFacts} from village_states vs ${ids ? sql`where vs.village_id = any(${ids}::int[])` : sql``}) f
    ),
    marked as (
      select s.*,
             (lag(s.valid_to) over w is distinct from s.valid_from or lag(s.commune_id) over w is distinct from s.commune_id
              or lag(s.total) over w is distinct from s.total or lag(s.cell) over w is distinct from s.cell
              or lag(s.head_status) over w is distinct from s.head_status) as starts
      from s
      window w as (partition by s.id order by s.valid_from)
    ),
    numbered as (
      select m.*, count(*) filter (where m.starts) over (partition by m.id order by m.valid_from) as run from marked m
    )
    select id, min(valid_from), (array_agg(valid_to order by valid_from desc))[1],
           min(commune_id), min(total), min(cell), min(head_status)
    from numbered
    group by id, run`);
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
    -- the village's commune at each bound of its versions: the version starting there, or none where one ends into a gap
    parents as (
      select uv.unit_id as village_id, coalesce(uv.valid_from, '-infinity'::date) as d, uv.parent_id
      from unit_versions uv join vil on vil.id = uv.unit_id
      union all
      select uv.unit_id, uv.valid_to, null
      from unit_versions uv join vil on vil.id = uv.unit_id
      where uv.valid_to is not null
        and not exists (select 1 from unit_versions nx where nx.unit_id = uv.unit_id and nx.valid_from = uv.valid_to)
    ),
    -- the three families at every date where one of them changes; a family absent at a date has no row there
    merged as (
      select x.village_id, x.d,
             max(x.total) as total, max(x.official) as official, bool_or(x.has_counts) as has_counts,
             max(x.cell) as cell, max(x.head_id) as head_id, bool_or(x.head_is_member) as head_is_member,
             bool_or(x.secretary_is_head) as secretary_is_head, bool_or(x.has_roles) as has_roles,
             max(x.parent_id) as parent_id, bool_or(x.has_parent) as has_parent
      from (
        select village_id, d, null::int as total, null::int as official, false as has_counts,
               cell, head_id, head_is_member, secretary_is_head, true as has_roles, null::int as parent_id, false as has_parent
        from roles
        union all
        select village_id, d, total, official, true, null, null, null, null, false, null, false from counts
        union all
        select village_id, d, null, null, false, null, null, null, null, false, parent_id, true from parents
      ) x
      group by x.village_id, x.d
    ),
    grouped as (
      select m.*,
             count(*) filter (where m.has_counts) over w as gc,
             count(*) filter (where m.has_roles) over w as gr,
             count(*) filter (where m.has_parent) over w as gp
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
             bool_or(g.secretary_is_head) over (partition by g.village_id, g.gr) as secretary_is_head,
             max(g.parent_id) over (partition by g.village_id, g.gp) as commune_id
      from grouped g
    ),
    marked as (
      select f.*,
             (lag(f.total) over w is distinct from f.total or lag(f.official) over w is distinct from f.official
              or lag(f.cell) over w is distinct from f.cell or lag(f.head_id) over w is distinct from f.head_id
              or lag(f.head_is_member) over w is distinct from f.head_is_member
              or lag(f.secretary_is_head) over w is distinct from f.secretary_is_head
              or lag(f.commune_id) over w is distinct from f.commune_id
              or row_number() over w = 1) as changed
      from filled f
      window w as (partition by f.village_id order by f.d)
    ),
    runs as (
      select m.*, lead(m.d) over (partition by m.village_id order by m.d) as next_d
      from marked m where m.changed
    )
    select village_id, d, next_d, commune_id, total, official, cell, head_id, head_is_member, secretary_is_head
    from runs
    where commune_id is not null`;
}
