import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';

const code = z.string().trim().min(1).max(40);
const goal = z.number().int().min(0).max(100_000).optional();

export const targetBody = z.object({
  unitCode: code.describe('The unit the targets are for, in your scope'),
  year: z.number().int().min(2000).max(2100).describe('The year'),
  admissions: goal.describe('Members to admit in the year'),
  whiteCleared: goal.describe('White villages (without a member) to clear'),
  weakReduced: goal.describe('Fewer weak villages (1 or 2 members)'),
  cellsFounded: goal.describe('Villages to give their own cell'),
  partyHeads: goal.describe('More village heads who are members'),
});
export const targetsQuery = z.object({
  scope: code.describe("The unit's code"),
  year: z.coerce.number().int().min(2000).max(2100).describe('The year'),
  lang: langQuery,
});

const count = z.number().int().nonnegative();
const targetValue = z.number().int().nullable().describe('The target set for the year; null when none is');

const admissionsMeasure = z
  .object({
    target: targetValue,
    achieved: count.describe(
      'Admissions in [from, to) counted as the report of the period counts them (docs/reports.md)',
    ),
  })
  .meta({ id: 'TargetAdmissions', description: 'Members admitted in the period, against the target' });

const villageMeasure = z
  .object({
    target: targetValue,
    achieved: z
      .number()
      .int()
      .describe(
        'The progress over the villages in the scope at both dates: better - worse. Villages that joined or left the scope are not progress',
      ),
    better: count.describe(
      "Villages in the scope at both dates that moved toward the target (the comparison's left flow of a category to reduce, its entered flow of one to raise)",
    ),
    worse: count.describe('Villages in the scope at both dates that moved away from it'),
    from: count.describe("Villages in the measure's category at the start, in the scope as it stood then"),
    to: count.describe("Villages in the measure's category at the end, in the scope as it stands then"),
    joined: count.describe(
      "Villages that joined the scope in the period (a reform, a move, a new village) and are in the category at the end: the comparison's new flow",
    ),
    departed: count.describe(
      "Villages that left the scope in the period (merged away, moved out) and were in the category at the start: the comparison's ceased flow",
    ),
  })
  .meta({
    id: 'TargetVillageMeasure',
    description:
      'A count of villages against its target: the progress over the villages present at both dates, and apart from it the villages that joined or left the scope. For a category to reduce (white, weak) from - to = achieved + departed - joined; for one to raise (own cell, party head) to - from = achieved + joined - departed',
  });

export const targetProgress = z
  .object({
    unitCode: z.string(),
    year: z.number(),
    from: z.string().describe('1 January of the year'),
    to: z
      .string()
      .describe(
        '1 January of the next year, or today while the year runs: the period is [from, to) as in the report of a period',
      ),
    villages: z
      .object({
        from: count.describe('Villages of the scope at the start'),
        to: count.describe('Villages of the scope at the end'),
        stayed: count.describe('Villages in the scope at both dates: the progress is measured over these'),
        joined: count.describe('Villages that joined the scope in the period'),
        departed: count.describe('Villages that left the scope in the period'),
      })
      .describe("The scope's villages at both dates"),
    admissions: admissionsMeasure,
    whiteCleared: villageMeasure,
    weakReduced: villageMeasure,
    cellsFounded: villageMeasure,
    partyHeads: villageMeasure,
  })
  .meta({
    id: 'TargetProgress',
    description:
      "A unit's targets for a year and what was achieved from 1 January: white villages cleared, weak villages reduced, villages that got their own cell, villages whose head became a member, measured over the villages present at both dates, and admissions",
  });
export type TargetProgress = z.infer<typeof targetProgress>;
export type VillageMeasure = z.infer<typeof villageMeasure>;

export const taskForceBody = z.object({
  name: z.string().trim().min(2).max(200).describe("The task force's name"),
  unitCode: code.describe('The unit it works for, in your scope'),
  validFrom: isoDate.describe('The first day'),
  validTo: isoDate.optional().describe('The last day, not before the first; open when omitted'),
  note: z.string().trim().max(2000).optional().describe('A note'),
  memberCodes: z.array(code).max(30).default([]).describe("Its members' codes"),
  villageCodes: z.array(code).min(1).max(50).describe('The villages it helps, in your scope'),
});

const villageProgress = z.object({
  code: z.string(),
  name: z.string().nullable(),
  from: z.object({ members: z.number(), official: z.number(), ownCell: z.boolean(), partyHead: z.boolean() }),
  to: z.object({ members: z.number(), official: z.number(), ownCell: z.boolean(), partyHead: z.boolean() }),
});
export const taskForceView = z
  .object({
    id: z.number(),
    name: z.string(),
    unitCode: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    note: z.string().nullable(),
    members: z.array(z.object({ code: z.string(), name: z.string() })),
    villages: z.array(villageProgress).describe("Each village at the task force's start and now (or its end)"),
  })
  .meta({ id: 'TaskForceView', description: 'A task force with the progress of its villages' });
export type TaskForceView = z.infer<typeof taskForceView>;
