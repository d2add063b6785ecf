/**
 * Admissions in a period (docs/reports.md, docs/domain.md): the one count of
 * admissions, shared by the report of a period and the targets, over the
 * scope's villages as they stand at D2 and grouped by the unit directly under
 * the scope that each village stands under then.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import { activeAt } from './common.js';
import { villageFactsSelect } from './village-facts.js';

/**
 * The scope's village facts at a date, each with the child unit of the scope
 * it stands under then (`child_id`): the village itself when the scope is a
 * commune, its commune, its commune's district, or (for the country) the
 * province above them. Null for a village scope.
 */
export function villageFactsByChild(scopeId: number, at: string): SQL {
  const at_ = (alias: string) => activeAt(sql.raw(`${alias}.valid_from`), sql.raw(`${alias}.valid_to`), at);
  return sql`
    with f0 as (${villageFactsSelect(scopeId, at)}),
    ch as (select uv.unit_id as id from unit_versions uv where uv.parent_id = ${scopeId} and ${at_('uv')})
    select f0.*, coalesce(c1.id, c2.id, c3.id, c4.id) as child_id
    from f0
    left join ch c1 on c1.id = f0.id
    left join ch c2 on c2.id = f0.parent_id
    left join unit_versions pv on pv.unit_id = f0.parent_id and ${at_('pv')}
    left join ch c3 on c3.id = pv.parent_id
    left join unit_versions gv on gv.unit_id = pv.parent_id and ${at_('gv')}
    left join ch c4 on c4.id = gv.parent_id`;
}

/** Admissions of a period: the total, and per child unit of the scope at D2 (none for a village scope). */
export interface AdmissionCounts {
  byChild: Map<number, number>;
  total: number;
}

/**
 * Admissions in [D1, D2) by child unit: a membership whose admitted_on falls
 * in the period counts for the village of the member's official placement on
 * that day. A village that no longer exists at D2 (merged, split) hands its
 * admissions to its successor in unit_lineage, the nearest one that is a
 * village of the scope at D2 (the lowest id among equals). The village then
 * counts under its child unit at D2; admissions placed outside the scope's
 * villages at D2, or with no village, count nowhere.
 */
export async function admissionsByChild(db: Db, scopeId: number, from: string, to: string): Promise<AdmissionCounts> {
  const found = await rows<{ child_id: number | null; n: number }>(
    db,
    sql`with recursive fc as (${villageFactsByChild(scopeId, to)}),
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
