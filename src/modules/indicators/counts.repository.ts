import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../platform/db.js';
import type { Register } from '../register/register.schema.js';
import { refreshVillageStates } from './states.repository.js';

/**
 * Rebuilds the derived tables of the given villages, or of all villages when
 * `villageIds` is omitted: the member-count step function
 * (village_member_counts), then the village states built on it
 * (village_states, states.repository.ts). Call it in the transaction that
 * changes the register, for every village the change touches
 * (villagesTouchedBy says which).
 *
 * A member counts for a village on the intersection of an official placement
 * naming the village and a membership episode; they count as official from
 * official_on. Each span contributes +1/-1 events; the running sum per village
 * is the count, and only dates where it changes become interval bounds.
 */
export async function refreshVillageMemberCounts(db: Db, villageIds?: number[]): Promise<void> {
  await refreshCounts(db, villageIds);
  await refreshVillageStates(db, villageIds);
  // After a full rebuild the planner needs fresh statistics (the embedded engine has no autovacuum).
  if (!villageIds) await db.execute(sql`analyze village_member_counts, village_states`);
}

async function refreshCounts(db: Db, villageIds?: number[]): Promise<void> {
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

/**
 * The villages whose derived facts may change when `written` is written:
 * villages named by its rows or in `villageCodes` (e.g. where a rewritten
 * placement used to point), villages where its persons were placed or were
 * heads, and villages ever covered by its cells or by a cell that ever covered
 * one of those villages (whose own cell status depends on its neighbours).
 */
export async function villagesTouchedBy(db: Db, written: Register, villageCodes: string[] = []): Promise<number[]> {
  const codes = (...lists: (string | null)[][]) => [...new Set(lists.flat().filter((c): c is string => c !== null))];
  const villages = codes(
    villageCodes,
    written.units.filter((u) => u.level === 'village').map((u) => u.code),
    written.cell_villages.map((r) => r.villageCode),
    written.placements.map((r) => r.villageCode),
    written.head_terms.map((r) => r.villageCode),
  );
  const persons = codes(
    written.memberships.map((r) => r.personCode),
    written.placements.map((r) => r.personCode),
  );
  const cells = codes(
    written.party_orgs.filter((o) => o.kind === 'cell').map((o) => o.code),
    written.cell_villages.map((r) => r.cellCode),
    written.secretary_terms.map((r) => r.cellCode),
  );
  const found = await rows<{ id: number }>(
    db,
    sql`with v0 as (select id from units where level = 'village' and code = any(${sql.param(villages)}::text[])),
             p as (select id from people where code = any(${sql.param(persons)}::text[])),
             c as (select id from party_orgs where code = any(${sql.param(cells)}::text[])
                   union select cv.cell_id from cell_villages cv join v0 on v0.id = cv.village_id)
        select id from v0
        union select pl.village_id from placements pl join p on p.id = pl.person_id where pl.village_id is not null
        union select ht.village_id from head_terms ht join p on p.id = ht.person_id
        union select cv.village_id from cell_villages cv join c on c.id = cv.cell_id`,
  );
  return found.map((r) => r.id);
}

/** Brings the derived tables up to date after `written` was written (see villagesTouchedBy). */
export async function refreshAfterWrite(db: Db, written: Register, villageCodes: string[] = []): Promise<void> {
  const ids = await villagesTouchedBy(db, written, villageCodes);
  if (ids.length === 0) return;
  // When most villages are touched (a first import), one unfiltered rebuild is cheaper than a filtered one.
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from units where level = 'village'`);
  await refreshVillageMemberCounts(db, ids.length * 2 > n ? undefined : ids);
}

/**
 * Rebuilds every derived table when the register has villages but
 * village_states is empty: a migration that changes a derived table's shape
 * empties it, and the next open of the database rebuilds it here. True when
 * it rebuilt, after saying so through `say`.
 */
export async function rebuildDerivedIfEmpty(db: Db, say: (line: string) => void = () => undefined): Promise<boolean> {
  const [{ stale }] = await rows<{ stale: boolean }>(
    db,
    sql`select exists (select 1 from unit_versions uv join units u on u.id = uv.unit_id
                       where u.level = 'village' and uv.parent_id is not null)
           and not exists (select 1 from village_states) as stale`,
  );
  if (!stale) return false;
  await transaction(db, (tx) => refreshVillageMemberCounts(tx));
  say('Đã dựng lại các bảng số liệu dẫn xuất sau khi nâng cấp. / Derived tables rebuilt after the upgrade.\n');
  return true;
}
