import { sql, type SQL } from 'drizzle-orm';

/**
 * `from <= at and (to is null or at < to)`, with a null `from` meaning "since
 * always": the one definition of "holds at date D" (DOMAIN.md, Time).
 * `from` and `to` are static column fragments written in the query files; `at`
 * is a date parameter, or a static date column fragment.
 */
export function activeAt(from: SQL, to: SQL, at: string | SQL): SQL {
  const d = typeof at === 'string' ? sql`${at}::date` : at;
  return sql`(${from} is null or ${from} <= ${d}) and (${to} is null or ${d} < ${to})`;
}

/** Categories a village can be in at a date; `all` is every village of the scope. */
export const villageCategories = [
  'white', 'weak', 'strong',
  'ownCell', 'combinedOnly', 'noCell', 'readyForCell',
  'partyHead', 'nonPartyHead', 'vacantHead', 'secretaryIsHead',
  'all',
] as const;
export type VillageCategory = (typeof villageCategories)[number];

/** The categories whose flows between two dates the comparison reports. */
export const changeCategories = ['white', 'weak', 'strong', 'noCell', 'nonPartyHead'] as const;
export type ChangeCategory = (typeof changeCategories)[number];

/** How a village relates to a category between D1 and D2 (DOMAIN.md, Comparing two dates). */
export const flows = ['left', 'entered', 'ceased', 'new'] as const;
export type Flow = (typeof flows)[number];
