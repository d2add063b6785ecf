import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';

/**
 * Rebuilds the derived member-count step function (village_member_counts) for
 * the given villages, or for all villages when `villageIds` is omitted. Call it
 * in the same transaction that changes memberships or official placements.
 *
 * A member counts for a village on the intersection of an official placement
 * naming the village and a membership episode; they count as official from
 * official_on. Each span contributes +1/-1 events; the running sum per village
 * is the count, and only dates where it changes become interval bounds.
 */
export async function refreshVillageMemberCounts(db: Db, villageIds?: number[]): Promise<void> {
  const only = villageIds ? sql`and p.village_id = any(${sql.param(villageIds)}::int[])` : sql``;
  await db.execute(
    villageIds
      ? sql`delete from village_member_counts where village_id = any(${sql.param(villageIds)}::int[])`
      : sql`delete from village_member_counts`,
  );
  await db.execute(sql`
    insert into village_member_counts (village_id, valid_from, valid_to, total, official)
    with spans as (
      select p.village_id,
             greatest(coalesce(p.valid_from, '-infinity'::date), m.admitted_on) as s,
             least(coalesce(p.valid_to, 'infinity'::date), coalesce(m.ended_on, 'infinity'::date)) as e,
             m.official_on as o
      from placements p
      join memberships m on m.person_id = p.person_id
      where p.kind = 'official' and p.village_id is not null ${only}
    ),
    live as (
      select village_id, s, e, case when o is not null and o < e then greatest(o, s) end as o from spans where s < e
    ),
    events as (
      select village_id, s as d, 1 as dt, case when o = s then 1 else 0 end as dof from live
      union all
      select village_id, o, 0, 1 from live where o > s
      union all
      select village_id, e, -1, case when o is not null then -1 else 0 end from live where e < 'infinity'::date
    ),
    steps as (
      select village_id, d, sum(dt) as dt, sum(dof) as dof
      from events group by village_id, d
      having sum(dt) <> 0 or sum(dof) <> 0
    ),
    runs as (
      select village_id, d,
             lead(d) over w as next_d,
             sum(dt) over w as total,
             sum(dof) over w as official
      from steps
      window w as (partition by village_id order by d)
    )
    select village_id, d, next_d, total, official from runs where total > 0
  `);
}
