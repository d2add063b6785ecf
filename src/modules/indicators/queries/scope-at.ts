import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import type { UnitLevel } from '../../../db/schema/index.js';
import { activeAt } from './common.js';

export interface ScopeAtParams {
  code: string;
  at: string;
}

/** The unit named by a scope code; `name` is null when no version of it holds at the date. */
export interface ScopeAtRow {
  id: number;
  code: string;
  level: UnitLevel;
  name: string | null;
}

/** Looks up a scope unit by code and its version at the date; null when the code is unknown. */
export async function scopeAt(db: Db, p: ScopeAtParams): Promise<ScopeAtRow | null> {
  const [r] = await rows<ScopeAtRow>(
    db,
    sql`select u.id, u.code, u.level, uv.name
        from units u
        left join unit_versions uv on uv.unit_id = u.id and ${activeAt(sql`uv.valid_from`, sql`uv.valid_to`, p.at)}
        where u.code = ${p.code}
        order by uv.valid_from desc nulls last
        limit 1`,
    { prepared: true },
  );
  return r ?? null;
}
