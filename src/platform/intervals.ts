import { sql, type SQL } from 'drizzle-orm';

/**
 * `from <= at and (to is null or at < to)`, with a null `from` meaning "since
 * always": the one definition of "holds at date D" (docs/domain.md, Time).
 * `from` and `to` are static column fragments written in the query files; `at`
 * is a date parameter, or a static date column fragment.
 */
export function activeAt(from: SQL, to: SQL, at: string | SQL): SQL {
  const d = typeof at === 'string' ? sql`${at}::date` : at;
  return sql`(${from} is null or ${from} <= ${d}) and (${to} is null or ${d} < ${to})`;
}
