import { z } from 'zod';
import { endReasons, placementKinds, placementReasons } from '../../db/schema/index.js';
import { isoDate } from '../../platform/dates.js';

const code = z.string().trim().min(1).max(40);
const reason = z.string().trim().max(500).optional().describe('Why the change is made; kept in the audit log');

export const personCodeParams = z.object({ code: code.describe("The person's code") });
export const villageCodeParams = z.object({ code: code.describe("The village's code") });
export const cellCodeParams = z.object({ code: code.describe("The cell's code") });
const cellCode = code.describe('The cell the member takes part in');

/** Admission: a membership from `admittedOn` and its first official placement in a cell. */
export const admission = z.object({
  admittedOn: isoDate.describe('The day of admission (the ceremony)'),
  cellCode,
  villageCode: code
    .optional()
    .describe("The village the member counts for; the cell's own village when omitted and the cell covers one"),
  reason,
});

/** Official status at the end of probation; the party card is issued then. */
export const officialStatus = z.object({
  admittedOn: isoDate.optional().describe('Which membership; the current one when omitted'),
  officialOn: isoDate.describe('The day the member became official (the end of probation)'),
  cardNo: z.string().trim().max(20).optional().describe('The party card number, NN.NNNNNN; kept when omitted'),
  reason,
});

/**
 * A move to another cell: official (the current official placement ends) or
 * temporary (beside it, for a limited time).
 */
export const transfer = z.object({
  on: isoDate.describe('The day the new placement starts (the letter is presented)'),
  leftOn: isoDate
    .optional()
    .describe(
      'Only for an official transfer: the day the old placement ended, when the member was in transit before `on`; `on` when omitted',
    ),
  until: isoDate
    .optional()
    .describe('Only for a temporary placement: when it ends; the longest the rules allow when omitted'),
  cellCode,
  villageCode: code
    .optional()
    .describe("The village the member counts for; the cell's own village when omitted and the cell covers one"),
  kind: z
    .enum(placementKinds)
    .describe("official: the member's one cell from now on; temporary: beside it, for a limited time"),
  reasonKind: z
    .enum(placementReasons)
    .default('transfer')
    .describe('transfer, reinforcement, return, study (temporary, may last longer), other'),
  reason,
});

/** A transfer out of the province: the placements end, the membership does not. */
export const transferOut = z.object({
  on: isoDate.describe("The day the member leaves the province's register"),
  destination: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('Where the member goes (the province or the party committee receiving them)'),
  reason,
});

export const endMembership = z.object({
  endedOn: isoDate.describe('The day the membership ends'),
  endReason: z
    .enum(endReasons)
    .describe('Why: expulsion only of official members; a probationary member who fails is removed'),
  reason,
});

/** A village head's (or deputy's) term; an open term of the same role ends when it starts. */
export const headTerm = z.object({
  personCode: code.describe("The head's code: 21 or older on the first day, living in the village"),
  role: z.enum(['head', 'deputy']).default('head').describe('The village head or a deputy'),
  validFrom: isoDate.describe('The first day of the term'),
  validTo: isoDate
    .optional()
    .describe("The last day; open when omitted (an interim head's ends after 6 months at most)"),
  how: z.enum(['elected', 'interim']).default('elected').describe('Elected, or appointed for the interim'),
  reason,
});

/** A cell secretary's term; an open term ends when it starts. */
export const secretaryTerm = z.object({
  personCode: code.describe("The secretary's code"),
  validFrom: isoDate.describe('The first day of the term'),
  validTo: isoDate.optional().describe('The last day; open when omitted'),
  reason,
});

export const changeResult = z
  .object({
    changes: z
      .record(z.string(), z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number() }))
      .describe('Rows inserted, updated and unchanged, by table'),
    warnings: z
      .array(z.object({ field: z.string().nullable(), code: z.string(), message: z.string() }))
      .describe('What the rules warn about, each at its form field'),
  })
  .meta({ id: 'ChangeResult', description: "The change is made: the rows changed, by table, and the rules' warnings" });
export type ChangeResult = z.infer<typeof changeResult>;
