/** Types of the dashboard's data (the server's own schema types) and the groups it draws; no requests here. */
import type {
  Change,
  ChangeCategory,
  Comparison,
  Flow,
  Snapshot,
  VillageCategory,
  VillageFlowItem,
  VillageItem,
  VillageListAt,
  VillageListFlow,
} from '../../../../src/modules/indicators/indicators.schema';

export type { Change, ChangeCategory, Comparison, Flow, Snapshot, VillageCategory, VillageFlowItem, VillageItem, VillageListAt, VillageListFlow };

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
