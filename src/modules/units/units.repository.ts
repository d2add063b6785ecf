import { sql, type SQL } from 'drizzle-orm';
import type { UnitLevel } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';

export interface UnitAtRow {
  id: number;
  code: string;
  level: string;
  name: string;
  subtype: string;
  parentId: number | null;
}

const validAt = (at: string) => activeAt(sql`v.valid_from`, sql`v.valid_to`, at);

/** The id of the unit with this code, as a scalar subquery of a larger statement (null for an unknown code). */
export function unitIdOf(code: string): SQL {
  return sql`(select id from units where code = ${code})`;
}

/** The unit with this code, or null: the one lookup of a unit by its code. */
export async function findUnitByCode(
  db: Db,
  code: string,
): Promise<{ id: number; code: string; level: UnitLevel } | null> {
  const [r] = await rows<{ id: number; code: string; level: UnitLevel }>(
    db,
    sql`select id, code, level from units where id = ${unitIdOf(code)}`,
  );
  return r ?? null;
}

/** Whether the unit has a version valid at `at`. */
export async function unitValidAt(db: Db, unitId: number, at: string): Promise<boolean> {
  const [r] = await rows<{ valid: boolean }>(
    db,
    sql`select exists (select 1 from unit_versions v where v.unit_id = ${unitId} and ${validAt(at)}) as valid`,
  );
  return r.valid;
}

/** Every unit valid at `at` in the subtree of `rootId` (or of every root), as flat rows. */
export async function subtreeAt(db: Db, at: string, rootId: number | null, maxDepth: number): Promise<UnitAtRow[]> {
  const root = rootId === null ? sql`v.parent_id is null` : sql`v.unit_id = ${rootId}`;
  return rows<UnitAtRow>(
    db,
    sql`with recursive tree as (
          select v.unit_id, v.name, v.subtype, v.parent_id, 0 as depth
          from unit_versions v where ${root} and ${validAt(at)}
          union all
          select v.unit_id, v.name, v.subtype, v.parent_id, t.depth + 1
          from tree t join unit_versions v on v.parent_id = t.unit_id and ${validAt(at)}
          where t.depth < ${maxDepth}
        )
        select u.id, u.code, u.level, t.name, t.subtype, t.parent_id as "parentId"
        from tree t join units u on u.id = t.unit_id
        order by u.code`,
  );
}
