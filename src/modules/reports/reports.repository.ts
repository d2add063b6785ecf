/**
 * The report's queries. Counting is the indicator engine's: the rows wrap its
 * per-village facts (villageFactsSelect) and aggregate them with its own
 * snapshot aggregates, grouped by the child unit each village stands under at
 * D2, so that the rows add up to the scope's snapshot by construction.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { UnitLevel } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';
import { snapshotAggregates, type SnapshotCountsRow } from '../indicators/queries/snapshot.js';
import { villageFactsSelect } from '../indicators/queries/village-facts.js';

export interface UnitAtRow {
  id: number;
  code: string;
  level: UnitLevel;
  name: string;
  subtype: string;
}

/** The units directly under a unit at a date, in code order. */
export async function childUnitsAt(db: Db, unitId: number, at: string): Promise<UnitAtRow[]> {
  return rows<UnitAtRow>(
    db,
    sql`select u.id, u.code, u.level, uv.name, uv.subtype
        from unit_versions uv join units u on u.id = uv.unit_id
        where uv.parent_id = ${unitId} and ${activeAt(sql`uv.valid_from`, sql`uv.valid_to`, at)}
        order by u.code collate "C"`,
  );
}

/** The unit and its ancestors at a date, the unit first. */
export async function ancestorsAt(db: Db, unitId: number, at: string): Promise<UnitAtRow[]> {
  const uvAt = activeAt(sql`uv.valid_from`, sql`uv.valid_to`, at);
  return rows<UnitAtRow>(
    db,
    sql`with recursive anc (id, depth) as (
          select ${unitId}::int, 0
          union all
          select uv.parent_id, a.depth + 1 from anc a join unit_versions uv on uv.unit_id = a.id and ${uvAt}
          where uv.parent_id is not null and a.depth < 6
        )
        select u.id, u.code, u.level, uv.name, uv.subtype
        from anc a join units u on u.id = a.id join unit_versions uv on uv.unit_id = a.id and ${uvAt}
        order by a.depth`,
  );
}

/**
 * The scope's village facts at D2, each with the child unit of the scope it
 * stands under at D2 (`child_id`): the village itself when the scope is a
 * commune, its commune, or its commune's district. Null for a village scope.
 */
function factsByChild(scopeId: number, at: string): SQL {
  const at_ = (alias: string) => activeAt(sql.raw(`${alias}.valid_from`), sql.raw(`${alias}.valid_to`), at);
  return sql`
    with f0 as (${villageFactsSelect(scopeId, at)}),
    ch as (select uv.unit_id as id from unit_versions uv where uv.parent_id = ${scopeId} and ${at_('uv')})
    select f0.*, coalesce(c1.id, c2.id, c3.id) as child_id
    from f0
    left join ch c1 on c1.id = f0.id
    left join ch c2 on c2.id = f0.parent_id
    left join unit_versions pv on pv.unit_id = f0.parent_id and ${at_('pv')}
    left join ch c3 on c3.id = pv.parent_id`;
}

/** The snapshot counts of each child unit of the scope at a date (children without villages are absent). */
export async function childCountsAt(db: Db, scopeId: number, at: string): Promise<Map<number, SnapshotCountsRow>> {
  const found = await rows<SnapshotCountsRow & { child_id: number }>(
    db,
    sql`select f.child_id, ${snapshotAggregates}
        from (${factsByChild(scopeId, at)}) f
        where f.child_id is not null
        group by f.child_id`,
  );
  return new Map(found.map(({ child_id, ...c }) => [child_id, c]));
}

/**
 * Admissions in [D1, D2) by child unit (docs/reports.md): a membership whose
 * admitted_on falls in the period counts for the village of the member's
 * official placement on that day. A village that no longer exists at D2
 * (merged, split) hands its admissions to its successor in unit_lineage, the
 * nearest one that is a village of the scope at D2 (the lowest id among equals).
 * The village then counts under its child unit at D2; admissions placed
 * outside the scope's villages at D2, or with no village, count nowhere.
 */
export async function admissionsByChild(
  db: Db,
  scopeId: number,
  from: string,
  to: string,
): Promise<{ byChild: Map<number, number>; total: number }> {
  const found = await rows<{ child_id: number | null; n: number }>(
    db,
    sql`with recursive fc as (${factsByChild(scopeId, to)}),
        adm as (
          select m.id as membership_id, pl.village_id
          from memberships m
          join placements pl on pl.person_id = m.person_id and pl.kind = 'official' and pl.village_id is not null
            and ${activeAt(sql`pl.valid_from`, sql`pl.valid_to`, sql`m.admitted_on`)}
          where m.admitted_on >= ${from}::date and m.admitted_on < ${to}::date
        ),
        succ (membership_id, village_id, depth) as (
          select membership_id, village_id, 0 from adm
          union
          select s.membership_id, l.to_unit_id, s.depth + 1
          from succ s join unit_lineage l on l.from_unit_id = s.village_id
          where s.depth < 8 and l.on <= ${to}::date
            and not exists (select 1 from unit_versions v where v.unit_id = s.village_id
                            and ${activeAt(sql`v.valid_from`, sql`v.valid_to`, to)})
        ),
        placed as (
          select distinct on (s.membership_id) s.membership_id, fc.child_id
          from succ s join fc on fc.id = s.village_id
          order by s.membership_id, s.depth, s.village_id
        )
        select child_id, count(*)::int as n from placed group by child_id`,
  );
  const byChild = new Map<number, number>();
  let total = 0;
  for (const r of found) {
    total += r.n;
    if (r.child_id !== null) byChild.set(r.child_id, r.n);
  }
  return { byChild, total };
}
