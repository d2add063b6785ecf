import { sql } from 'drizzle-orm';
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

/** The unit with this code and, if valid at `at`, its version then. */
export async function findUnit(db: Db, code: string, at: string): Promise<{ id: number; level: string; validAt: boolean } | null> {
  const [r] = await rows<{ id: number; level: string; valid_at: boolean }>(
    db,
    sql`select u.id, u.level,
               exists (select 1 from unit_versions v where v.unit_id = u.id and ${validAt(at)}) as valid_at
        from units u where u.code = ${code}`,
  );
  return r ? { id: r.id, level: r.level, validAt: r.valid_at } : null;
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
