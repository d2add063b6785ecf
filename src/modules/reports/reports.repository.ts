/**
 * The report's queries. Counting is the indicator engine's: the rows wrap its
 * per-village facts (villageFactsSelect) and aggregate them with its own
 * snapshot aggregates, grouped by the child unit each village stands under at
 * D2, so that the rows add up to the scope's snapshot by construction.
 * Admissions are the engine's too (admissionsInPeriod), shared with targets.
 */
import { sql } from 'drizzle-orm';
import type { UnitLevel } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';
import { snapshotAggregates, type SnapshotCountsRow } from '../indicators/queries/snapshot.js';
import { villageFactsByChild } from '../indicators/queries/admissions.js';

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

/** The snapshot counts of each child unit of the scope at a date (children without villages are absent). */
export async function childCountsAt(db: Db, scopeId: number, at: string): Promise<Map<number, SnapshotCountsRow>> {
  const found = await rows<SnapshotCountsRow & { child_id: number }>(
    db,
    sql`select f.child_id, ${snapshotAggregates}
        from (${villageFactsByChild(scopeId, at)}) f
        where f.child_id is not null
        group by f.child_id`,
  );
  return new Map(found.map(({ child_id, ...c }) => [child_id, c]));
}
