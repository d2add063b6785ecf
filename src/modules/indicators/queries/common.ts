import { sql, type SQL } from 'drizzle-orm';

export { activeAt } from '../../../platform/intervals.js';

/** The one row of a query as a JSON object (null when it has none), for a column of a larger query. */
export function rowJson(query: SQL): SQL {
  return sql`(select to_jsonb(s) from (${query}) s)`;
}

/** Categories a village can be in at a date; `all` is every village of the scope. */
export const villageCategories = [
  'white',
  'weak',
  'strong',
  'ownCell',
  'combinedOnly',
  'noCell',
  'readyForCell',
  'partyHead',
  'nonPartyHead',
  'vacantHead',
  'secretaryIsHead',
  'all',
] as const;
export type VillageCategory = (typeof villageCategories)[number];

/** The categories whose flows between two dates the comparison reports. */
export const changeCategories = ['white', 'weak', 'strong', 'noCell', 'nonPartyHead'] as const;
export type ChangeCategory = (typeof changeCategories)[number];

/**
 * The categories whose flows the comparison can count: those that the
 * village_category_runs tell (the member band, the cell, the head status),
 * and `all`, whose `new` and `ceased` are the villages that joined and left
 * the scope. Targets measure their progress with these (targets.service.ts).
 */
export const flowCategories = [
  ...changeCategories,
  'ownCell',
  'combinedOnly',
  'partyHead',
  'vacantHead',
  'all',
] as const;
export type FlowCategory = (typeof flowCategories)[number];

/** How a village relates to a category between D1 and D2 (docs/domain.md, Comparing two dates). */
export const flows = ['left', 'entered', 'ceased', 'new'] as const;
export type Flow = (typeof flows)[number];

/**
 * The flows a village list can be asked for: those of the comparison, and
 * `stayed`, the villages in the category at both dates (what the dashboard's
 * chart of moves between groups shows beside the flows).
 */
export const listFlows = [...flows, 'stayed'] as const;
export type ListFlow = (typeof listFlows)[number];

/** The member groups: every village is in exactly one at a date. */
export const memberGroups = ['white', 'weak', 'strong'] as const;
export type MemberGroup = (typeof memberGroups)[number];
