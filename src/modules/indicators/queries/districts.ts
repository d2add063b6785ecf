import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import { activeAt } from './common.js';

/**
 * The district of each commune at a date, by the commune's code: the parent
 * of its version then, when that parent is a district named at the date.
 * Communes under the province directly (every one from 1/7/2025) have none.
 */
export async function districtsOf(
  db: Db,
  communeCodes: string[],
  at: string,
): Promise<Map<string, { code: string; name: string }>> {
  if (communeCodes.length === 0) return new Map();
  const found = await rows<{ commune: string; code: string; name: string }>(
    db,
    sql`select c.code as commune, d.code, dv.name
        from units c
        join unit_versions cv on cv.unit_id = c.id and ${activeAt(sql`cv.valid_from`, sql`cv.valid_to`, at)}
        join units d on d.id = cv.parent_id and d.level = 'district'
        join unit_versions dv on dv.unit_id = d.id and ${activeAt(sql`dv.valid_from`, sql`dv.valid_to`, at)}
        where c.code = any(${sql.param(communeCodes)}::text[])`,
  );
  return new Map(found.map((r) => [r.commune, { code: r.code, name: r.name }]));
}
