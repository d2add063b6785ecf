/**
 * What an account may see: the subtree of its scope unit as valid at the date
 * being viewed. History follows lineage: a commune merged in 2025 carries its
 * history to its new commune, so the new commune's staff see the old
 * commune's villages at old dates. A unit is in scope at D when the scope is
 * among its ancestors at D, among its ancestors today, or among today's
 * ancestors of a unit that (transitively) succeeded one of its ancestors.
 */
import { sql, type SQL } from 'drizzle-orm';
import { today } from '../../platform/dates.js';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';
import { AppError } from '../../platform/errors.js';
import type { SessionAccount } from './auth.service.js';

export { can, permissions, type Permission } from '../../../common/permissions.js';

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

/** Whether the unit with this id is in the account's scope at the date. */
export async function unitInScope(db: Db, account: SessionAccount, unitId: number, at: string): Promise<boolean> {
  if (account.scopeCode === null) return true;
  const starts = sql`select ${unitId}::int as id, ${at}::date as d union select ${unitId}, ${today()}::date`;
  const [r] = await rows<{ visible: boolean }>(db, visibleTo(account.scopeCode, starts));
  return r.visible;
}

/** Throws OUT_OF_SCOPE unless the unit with this code is in scope at every date given. */
export async function requireScopeCode(db: Db, account: SessionAccount, code: string, dates: string[]): Promise<void> {
  if (account.scopeCode === null) return;
  const [u] = await rows<{ id: number }>(db, sql`select id from units where code = ${code}`);
  // An unknown code is reported as out of scope too, so codes outside the scope cannot be probed.
  for (const d of dates) if (!u || !(await unitInScope(db, account, u.id, d))) throw new AppError('OUT_OF_SCOPE', { code });
}

/**
 * Whether a person is in scope: some village they live in, take part in, or
 * head is in scope, judged at the start of that fact and today.
 */
export async function personInScope(db: Db, account: SessionAccount, personId: number): Promise<boolean> {
  if (account.scopeCode === null) return true;
  const starts = sql`
    select residence_village_id as id, ${today()}::date as d from people where id = ${personId} and residence_village_id is not null
    union select village_id, ${today()}::date from placements where person_id = ${personId} and village_id is not null
    union select village_id, ${today()}::date from head_terms where person_id = ${personId}
    union select village_id, coalesce(valid_from, ${today()}::date) from placements where person_id = ${personId} and village_id is not null
    union select village_id, coalesce(valid_from, ${today()}::date) from head_terms where person_id = ${personId}
    union select cv.village_id, coalesce(st.valid_from, ${today()}::date) from secretary_terms st
      join cell_villages cv on cv.cell_id = st.cell_id where st.person_id = ${personId}
    union select pov.unit_id, coalesce(p.valid_from, ${today()}::date) from placements p
      join party_org_versions pov on pov.org_id = p.cell_id where p.person_id = ${personId} and pov.unit_id is not null`;
  const [r] = await rows<{ visible: boolean }>(db, visibleTo(account.scopeCode, starts));
  return r.visible;
}

/** Whether a unit is in scope at some point of its history (a village's timeline spans all of it). */
export async function unitEverInScope(db: Db, account: SessionAccount, unitId: number): Promise<boolean> {
  if (account.scopeCode === null) return true;
  const starts = sql`select ${unitId}::int as id, coalesce(valid_from, ${today()}::date) as d from unit_versions where unit_id = ${unitId}
    union select ${unitId}, ${today()}::date`;
  const [r] = await rows<{ visible: boolean }>(db, visibleTo(account.scopeCode, starts));
  return r.visible;
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
