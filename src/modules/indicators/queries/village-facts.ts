import { sql, type SQL } from 'drizzle-orm';
import { activeAt, type VillageCategory } from './common.js';

/** One village of the scope at the date, as the lean facts select returns it (what counting needs). */
export interface VillageFactsLeanRow {
  id: number;
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

/** A village with what a list shows: its code, its commune at the date and its head. */
export interface VillageFactsRow extends VillageFactsLeanRow {
  code: string;
  commune_code: string | null;
  commune_name: string | null;
  head_code: string | null;
  head_name: string | null;
}

/**
 * A recursive CTE named `name` (unit_id, level): the scope, if it has a
 * version at the date, and the units under it down to the communes, through
 * the versions valid at the date (unit_versions_parent). Put it after `with
 * recursive`.
 */
export function communesAt(name: string, scopeId: number | SQL, at: string): SQL {
  const uvAt = activeAt(sql`uv.valid_from`, sql`uv.valid_to`, at);
  const self = sql.identifier(name);
  return sql`${self} (unit_id, level) as (
      select u.id, u.level from units u
      where u.id = ${scopeId} and exists (select 1 from unit_versions uv where uv.unit_id = u.id and ${uvAt})
      union
      select uv.unit_id, u.level
      from ${self} t
      join unit_versions uv on uv.parent_id = t.unit_id
      join units u on u.id = uv.unit_id
      where t.level in ('country', 'province', 'district') and ${uvAt}
    )`;
}

/**
 * The per-village facts of docs/domain.md ("What is counted") for the villages of a
 * scope at a date, as one self-contained SELECT that the snapshot, comparison
 * and list queries wrap. Its columns are those of VillageFactsLeanRow: only
 * what counting needs, so that a snapshot pays for no name lookups.
 *
 * Village lists, flows lists and a village's own scope read it; the counts
 * of larger scopes sum commune_states instead (snapshot.ts, comparison.ts).
 * The tree is walked from the scope down through versions valid at D
 * (unit_versions_parent), looking up levels only above the villages, and
 * everything else is read from the derived step function village_states
 * (states.repository.ts, which evaluates the definitions on write) with one
 * probe of its primary key (village_id, valid_from) per village: the latest
 * interval starting on or before D, kept only if it has not ended by D. No
 * row means no member, no cell and no head.
 */
export function villageFactsSelect(scopeId: number, at: string): SQL {
  const uvAt = activeAt(sql`uv.valid_from`, sql`uv.valid_to`, at);
  return sql`
    with recursive ${communesAt('upper', scopeId, at)},
    -- every child of a commune is a village (the importer allows no other parent for a village
    -- and no child below it), so the villages, the bulk of the tree, need no lookup of their level
    tree (unit_id, name, subtype, parent_id) as (
      select uv.unit_id, uv.name, uv.subtype, uv.parent_id
      from upper t join unit_versions uv on uv.parent_id = t.unit_id
      where t.level = 'commune' and ${uvAt}
      union all
      select uv.unit_id, uv.name, uv.subtype, uv.parent_id
      from upper t join unit_versions uv on uv.unit_id = t.unit_id
      where t.level = 'village' and ${uvAt}
    ),
    facts as (
      select t.unit_id as id, t.name, t.subtype, t.parent_id,
             coalesce(s.total, 0) as total, coalesce(s.official, 0) as official,
             coalesce(s.cell, 'none') as cell, s.head_id,
             coalesce(s.head_is_member, false) as head_is_member,
             coalesce(s.secretary_is_head, false) as secretary_is_head
      from tree t
      left join lateral (
        select x.* from (
          select vs.total, vs.official, vs.cell, vs.head_id, vs.head_is_member, vs.secretary_is_head, vs.valid_to
          from village_states vs
          where vs.village_id = t.unit_id and vs.valid_from <= ${at}::date
          order by vs.valid_from desc
          limit 1
        ) x where x.valid_to is null or ${at}::date < x.valid_to
      ) s on true
    ),
    judged as (
      select f.*,
             case when f.head_id is null then 'vacant' when f.head_is_member then 'party' else 'nonParty' end as head_status
      from facts f
    )
    select j.id, j.name, j.subtype, j.parent_id, j.head_id,
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
    select f.*, vu.code, pu.code as commune_code, pv.name as commune_name, hp.code as head_code, hp.full_name as head_name
    from (${villageFactsSelect(scopeId, at)}) f
    join units vu on vu.id = f.id
    left join units pu on pu.id = f.parent_id
    left join unit_versions pv on pv.unit_id = f.parent_id and ${activeAt(sql`pv.valid_from`, sql`pv.valid_to`, at)}
    left join people hp on hp.id = f.head_id`;
}

/**
 * Whether a row of the facts select (named by `row`, a static fragment) is in a
 * category: the same definitions as its `categories` column, for queries that
 * aggregate per category without unnesting that array.
 */
export function inCategory(category: VillageCategory, row: SQL): SQL {
  switch (category) {
    case 'white':
      return sql`${row}.total = 0`;
    case 'weak':
      return sql`${row}.total between 1 and 2`;
    case 'strong':
      return sql`${row}.total >= 3`;
    case 'ownCell':
      return sql`${row}.cell = 'own'`;
    case 'combinedOnly':
      return sql`${row}.cell = 'combined'`;
    case 'noCell':
      return sql`${row}.cell = 'none'`;
    case 'readyForCell':
      return sql`(${row}.official >= 3 and ${row}.cell <> 'own')`;
    case 'partyHead':
      return sql`${row}.head_status = 'party'`;
    case 'nonPartyHead':
      return sql`${row}.head_status = 'nonParty'`;
    case 'vacantHead':
      return sql`${row}.head_status = 'vacant'`;
    case 'secretaryIsHead':
      return sql`${row}.secretary_is_head`;
    case 'all':
      return sql`${row}.id is not null`;
  }
}
