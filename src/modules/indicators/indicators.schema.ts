/**
 * Zod schemas of the indicator engine's inputs and outputs, with their
 * inferred types, for the HTTP routes and the CLI (the web app takes them from openapi.json).
 */
import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import {
  changeCategories,
  flowCategories,
  flows,
  listFlows,
  memberGroups,
  villageCategories,
  type FlowCategory,
} from './queries/common.js';

export { changeCategories, flowCategories, flows, listFlows, memberGroups, villageCategories };
export type { ChangeCategory, Flow, FlowCategory, ListFlow, MemberGroup, VillageCategory } from './queries/common.js';

const scopeCode = z
  .string()
  .trim()
  .min(1)
  .describe('Unit code: the country (VN), a province, district, commune or village');

/**
 * `?scope=&category=` with `at`, or with `from`, `to` and `flow`: the villages
 * behind a number. Category and flow stay strings here so that the service can
 * answer an unknown one with its own error code and the list of valid ones.
 */
export const villageListQuery = z.object({
  scope: scopeCode,
  category: z
    .string()
    .trim()
    .min(1)
    .describe(`One of: ${villageCategories.join(', ')}`),
  at: isoDate.optional().describe('The date of the villages in a category'),
  from: isoDate.optional().describe('With to and flow: the first date of a comparison'),
  to: isoDate.optional().describe('With from and flow: the second date of a comparison'),
  flow: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('With from and to: left, entered, ceased or new; or stayed (in the category at both dates)'),
  toCategory: z
    .enum(memberGroups)
    .optional()
    .describe('With a flow: only the villages in this member group (white, weak, strong) at the second date'),
});
export type VillageListQuery = z.infer<typeof villageListQuery>;

/** Where the service's village list is asked for: one date, or a flow between two (optionally only those in a member group at the second). */
export type VillageListScope =
  | { scope: string; at: string }
  | { scope: string; from: string; to: string; flow: string; toCategory?: string };

const count = z.number().int().nonnegative();

export const scopeRef = z.object({ code: z.string(), name: z.string() });

export const memberCounts = z.object({ total: count, official: count, probationary: count });

export const snapshotResult = z
  .object({
    scope: scopeRef,
    at: z.string(),
    villages: count,
    white: count,
    weak: count,
    strong: count,
    ownCell: count,
    combinedOnly: count,
    noCell: count,
    readyForCell: count,
    heads: z.object({ party: count, nonParty: count, vacant: count }),
    secretaryIsHead: count,
    members: memberCounts,
    nonPartyHeadRatio: z.object({ count, total: count, percent: z.number(), text: z.string() }),
  })
  .meta({ id: 'Snapshot', description: 'The figures of a unit at a date (docs/domain.md)' });
export type Snapshot = z.infer<typeof snapshotResult>;

export const change = z
  .object({
    from: count,
    to: count,
    left: count,
    entered: count,
    ceased: count,
    new: count,
    net: z.number().int(),
  })
  .meta({ id: 'Change', description: 'How one figure moved between two dates, with its flows' });
export type Change = z.infer<typeof change>;

export const comparisonResult = z
  .object({
    from: snapshotResult,
    to: snapshotResult,
    changes: z.object({ white: change, weak: change, strong: change, noCell: change, nonPartyHead: change }),
  })
  .meta({ id: 'Comparison', description: 'The figures of a unit at two dates, and the flows between them' });
export type Comparison = z.infer<typeof comparisonResult>;

/** The snapshots at D1 and D2 and the flows of some categories between them (compareFlows; the comparison is one). */
export interface Flows<C extends FlowCategory> {
  from: Snapshot;
  to: Snapshot;
  changes: Record<C, Change>;
  /** Per category, the villages of its `new` and `ceased` that moved in or out of the scope rather than being founded or ending. */
  moves: Record<C, ScopeMoves>;
}

/** Villages that moved into the scope (they existed at D1 under another unit: a merger of units, a move) and out of it. */
export interface ScopeMoves {
  joined: number;
  departed: number;
}

/** One village with its facts at a date. */
export const villageItem = z
  .object({
    code: z.string(),
    name: z.string(),
    subtype: z.string(),
    commune: z.object({ code: z.string().nullable(), name: z.string().nullable() }),
    members: memberCounts,
    category: z.enum(['white', 'weak', 'strong']),
    cell: z.enum(['own', 'combined', 'none']),
    readyForCell: z.boolean(),
    head: z.object({ code: z.string(), name: z.string(), isMember: z.boolean() }).nullable(),
    headStatus: z.enum(['party', 'nonParty', 'vacant']),
    secretaryIsHead: z.boolean(),
    categories: z.array(z.enum(villageCategories)),
  })
  .meta({ id: 'VillageItem', description: 'A village with its facts at a date' });
export type VillageItem = z.infer<typeof villageItem>;

/** One village behind a flow: its facts at D1 and D2, null where it is not in the scope's set. */
export const villageFlowItem = z
  .object({
    code: z.string(),
    name: z.string(),
    from: villageItem.nullable(),
    to: villageItem.nullable(),
  })
  .meta({
    id: 'VillageFlowItem',
    description: "A village behind a flow: its facts at both dates, null where it is not in the scope's set",
  });
export type VillageFlowItem = z.infer<typeof villageFlowItem>;

export const villageListAtResult = z
  .object({
    scope: scopeRef,
    at: z.string(),
    category: z.enum(villageCategories),
    count,
    villages: z.array(villageItem),
  })
  .meta({ id: 'VillageListAt', description: 'The villages in a category at a date' });
export type VillageListAt = z.infer<typeof villageListAtResult>;

export const villageListFlowResult = z
  .object({
    scope: scopeRef,
    from: z.string(),
    to: z.string(),
    category: z.enum(villageCategories),
    flow: z.enum(listFlows),
    toCategory: z
      .enum(memberGroups)
      .nullable()
      .describe('The member group the villages are in at the second date, when the list was narrowed to one'),
    count,
    villages: z.array(villageFlowItem),
  })
  .meta({ id: 'VillageListFlow', description: 'The villages in one flow of a category between two dates' });
export type VillageListFlow = z.infer<typeof villageListFlowResult>;

export const villageListResult = z.union([villageListAtResult, villageListFlowResult]);
export type VillageList = z.infer<typeof villageListResult>;
