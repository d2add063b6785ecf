/**
 * The scope's SQL: whether units, people and (unit, date) pairs lie under a
 * scope unit, following lineage (see scope.ts for the rules).
 */
import { sql, type SQL } from 'drizzle-orm';
import { today } from '../../platform/dates.js';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';

/**
 * Whether the scope is among the ancestors of the given (unit, date) pairs or
 * of the same units today, following lineage to successors and their
 * ancestors today.
 */
export function visibleTo(scopeCode: string, starts: SQL): SQL {
  const now = today();
  return sql`
    with recursive anc (id, d) as (
      select s.id, s.d from (${starts}) s
      union
      select n.id, n.d from anc a cross join lateral (
        select uv.parent_id as id, a.d from unit_versions uv
        where uv.unit_id = a.id and uv.parent_id is not null and ${activeAt(sql`uv.valid_from`, sql`uv.valid_to`, sql`a.d`)}
        union all
        select l.to_unit_id, ${now}::date from unit_lineage l where l.from_unit_id = a.id
      ) n
    )
    select exists (select 1 from anc a join units u on u.id = a.id where u.code = ${scopeCode}) as visible`;
}

/** Whether the scope holds the rows of `starts` (id, d): a unit at a date. */
export async function startsVisible(db: Db, scopeCode: string, starts: SQL): Promise<boolean> {
  const [r] = await rows<{ visible: boolean }>(db, visibleTo(scopeCode, starts));
  return r.visible;
}

/** Whether the unit is under the scope at the date or today. */
export function unitVisible(db: Db, scopeCode: string, unitId: number, at: string): Promise<boolean> {
  return startsVisible(
    db,
    scopeCode,
    sql`select ${unitId}::int as id, ${at}::date as d union select ${unitId}, ${today()}::date`,
  );
}

/** Whether the unit is under the scope at the date itself (lineage followed): what a write at that date may reference. */
export function unitVisibleOn(db: Db, scopeCode: string, unitId: number, at: string): Promise<boolean> {
  return startsVisible(db, scopeCode, sql`select ${unitId}::int as id, ${at}::date as d`);
}

/**
 * Whether some village the person lives in, takes part in, or heads is under
 * the scope, at the start of that fact and today.
 */
export function personVisible(db: Db, scopeCode: string, personId: number): Promise<boolean> {
  return startsVisible(
    db,
    scopeCode,
    sql`
    select residence_village_id as id, ${today()}::date as d from people where id = ${personId} and residence_village_id is not null
    union select village_id, ${today()}::date from placements where person_id = ${personId} and village_id is not null
    union select village_id, ${today()}::date from head_terms where person_id = ${personId}
    union select village_id, coalesce(valid_from, ${today()}::date) from placements where person_id = ${personId} and village_id is not null
    union select village_id, coalesce(valid_from, ${today()}::date) from head_terms where person_id = ${personId}
    union select cv.village_id, coalesce(st.valid_from, ${today()}::date) from secretary_terms st
      join cell_villages cv on cv.cell_id = st.cell_id where st.person_id = ${personId}
    union select pov.unit_id, coalesce(p.valid_from, ${today()}::date) from placements p
      join party_org_versions pov on pov.org_id = p.cell_id where p.person_id = ${personId} and pov.unit_id is not null`,
  );
}

/** Whether the unit is under the scope at the start of one of its versions or today. */
export function unitEverVisible(db: Db, scopeCode: string, unitId: number): Promise<boolean> {
  return startsVisible(
    db,
    scopeCode,
    sql`select ${unitId}::int as id, coalesce(valid_from, ${today()}::date) as d from unit_versions where unit_id = ${unitId}
    union select ${unitId}, ${today()}::date`,
  );
}

/**
 * The units an account's tree starts from at a date: its scope unit if it
 * exists then, and the units it (transitively) succeeded that exist then: a
 * commune formed in 2025 sees all the communes it replaced at earlier dates.
 */
export async function scopeRootsAt(db: Db, scopeCode: string, at: string): Promise<string[]> {
  const r = await rows<{ code: string }>(
    db,
    sql`with recursive pred (id) as (
          select id from units where code = ${scopeCode}
          union
          select l.from_unit_id from pred p join unit_lineage l on l.to_unit_id = p.id
        ),
        valid as (
          select distinct u.id, u.code from pred p join units u on u.id = p.id
          join unit_versions uv on uv.unit_id = u.id and ${activeAt(sql`uv.valid_from`, sql`uv.valid_to`, at)}
        )
        select code from valid order by code = ${scopeCode} desc, code`,
  );
  return r.map((x) => x.code);
}

/**
 * The ids of every unit ever under the scope or under a unit it replaced, at
 * any date: the filter of lists (a search); a record's own page checks its
 * scope exactly (unitEverInScope, personInScope).
 */
export function everInScopeIds(scopeCode: string): SQL {
  return sql`(
    with recursive roots (id) as (
      select id from units where code = ${scopeCode}
      union
      select l.from_unit_id from roots r join unit_lineage l on l.to_unit_id = r.id
    ),
    down (id) as (
      select id from roots
      union
      select uv.unit_id from down d join unit_versions uv on uv.parent_id = d.id
    )
    select id from down)`;
}
