import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import type { UnitLevel } from '../../../db/schema/index.js';
import { activeAt, rowJson } from './common.js';

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

/** The SQL of scopeAt: at most one row, the columns of ScopeAtRow; other queries embed it. */
export function scopeAtSql(p: ScopeAtParams): SQL {
  return sql`select u.id, u.code, u.level, uv.name
      from units u
      left join unit_versions uv on uv.unit_id = u.id and ${activeAt(sql`uv.valid_from`, sql`uv.valid_to`, p.at)}
      where u.code = ${p.code}
      order by uv.valid_from desc nulls last
      limit 1`;
}

/** Looks up a scope unit by code and its version at the date; null when the code is unknown. */
export async function scopeAt(db: Db, p: ScopeAtParams): Promise<ScopeAtRow | null> {
  const [r] = await rows<ScopeAtRow>(db, scopeAtSql(p), { prepared: true });
  return r ?? null;
}

/** The scope at a date as a JSON object (null for an unknown code), for a column of a larger query. */
export function scopeAtJson(p: ScopeAtParams): SQL {
  return rowJson(scopeAtSql(p));
}
