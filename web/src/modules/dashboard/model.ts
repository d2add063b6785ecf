/** Types of the dashboard's data (the API's schemas) and the groups it draws; no requests here. */
import type { Schema } from '../../api/types';

export type Snapshot = Schema<'Snapshot'>;
export type Comparison = Schema<'Comparison'>;
export type Change = Schema<'Change'>;
export type VillageItem = Schema<'VillageItem'>;
export type VillageFlowItem = Schema<'VillageFlowItem'>;
export type VillageListAt = Schema<'VillageListAt'>;
export type VillageListFlow = Schema<'VillageListFlow'>;
/** The categories a village can be counted in at a date (`all`: every village). */
export type VillageCategory = VillageListAt['category'];
/** The categories whose flows a comparison reports. */
export type ChangeCategory = keyof Comparison['changes'];
/** What a village list between two dates can be asked for: a flow of the comparison, or `stayed` (in the group at both). */
export type ListFlow = VillageListFlow['flow'];
/** The flows a comparison counts. */
export type Flow = Exclude<ListFlow, 'stayed'>;

export type MemberCategory = Extract<VillageCategory, 'white' | 'weak' | 'strong'>;
export const memberCategories: readonly MemberCategory[] = ['white', 'weak', 'strong'];
export const flowNames: readonly Flow[] = ['left', 'entered', 'ceased', 'new'];

/**
 * What a number stands for, so that the list behind it can be asked for:
 * villages in a category at a date; a flow between two dates (optionally only
 * those that went to one group); or the villages that stayed in a group.
 */
export type ListRequest = { title: string; scope: string; scopeName: string } & (
  | { kind: 'at'; at: string; category: VillageCategory; sumMembers?: boolean }
  | { kind: 'flow'; from: string; to: string; category: VillageCategory; flow: Flow; toCategory?: MemberCategory }
  | { kind: 'stay'; from: string; to: string; category: MemberCategory }
);

/** The query of the list behind a request: the one the list route and its .xlsx export both take. */
export function listQuery(req: ListRequest): Record<string, string | undefined> {
  if (req.kind === 'at') return { scope: req.scope, at: req.at, category: req.category };
  if (req.kind === 'flow')
    return {
      scope: req.scope,
      from: req.from,
      to: req.to,
      category: req.category,
      flow: req.flow,
      toCategory: req.toCategory,
    };
  return { scope: req.scope, from: req.from, to: req.to, category: req.category, flow: 'stayed' };
}
