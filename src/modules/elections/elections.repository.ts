import { sql, type SQL } from 'drizzle-orm';
import { electionCandidates, elections } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';

export interface VillageHeadRow {
  villageId: number;
  villageCode: string;
  villageName: string;
  communeCode: string | null;
  termFrom: string | null;
  termTo: string | null;
  how: string | null;
  electionId: number | null;
  plannedOn: string | null;
  candidates: { code: string; name: string; isMember: boolean }[];
}

/**
 * Villages valid on the day with their latest head term and their planned
 * election (if any) with its candidates, each judged a member or not on the
 * planned day. `inScope` is a SQL set of unit ids, or null for all.
 */
export async function villagesWithHeads(db: Db, on: string, inScope: SQL | null): Promise<VillageHeadRow[]> {
  return rows<VillageHeadRow>(
    db,
    sql`select u.id as "villageId", u.code as "villageCode", uv.name as "villageName", cu.code as "communeCode",
               ht.valid_from as "termFrom", ht.valid_to as "termTo", ht.how,
               e.id as "electionId", e.planned_on as "plannedOn",
               coalesce((select json_agg(json_build_object('code', p.code, 'name', p.full_name,
                   'isMember', exists (select 1 from memberships m where m.person_id = p.id and ${activeAt(sql`m.admitted_on`, sql`m.ended_on`, sql`e.planned_on`)}))
                 order by p.full_name) from election_candidates c join people p on p.id = c.person_id where c.election_id = e.id), '[]'::json) as candidates
        from units u
        join unit_versions uv on uv.unit_id = u.id and ${activeAt(sql`uv.valid_from`, sql`uv.valid_to`, on)}
        left join units cu on cu.id = uv.parent_id
        left join lateral (select * from head_terms h where h.village_id = u.id and h.role = 'head' order by h.valid_from desc nulls last limit 1) ht on true
        left join lateral (select * from elections e where e.village_id = u.id and e.held_on is null order by e.planned_on limit 1) e on true
        where u.level = 'village' and ${inScope === null ? sql`true` : sql`u.id in ${inScope}`}
        order by u.code`,
  );
}

export async function insertElection(db: Db, v: typeof elections.$inferInsert): Promise<number> {
  const [r] = await db.insert(elections).values(v).returning({ id: elections.id });
  return r.id;
}

export async function updateElection(db: Db, id: number, v: Partial<typeof elections.$inferInsert>): Promise<void> {
  await db.update(elections).set(v).where(sql`${elections.id} = ${id}`);
}

export async function setCandidates(
  db: Db,
  electionId: number,
  list: { personId: number; votes: number | null }[],
): Promise<void> {
  await db.delete(electionCandidates).where(sql`${electionCandidates.electionId} = ${electionId}`);
  if (list.length > 0) await db.insert(electionCandidates).values(list.map((c) => ({ ...c, electionId })));
}
