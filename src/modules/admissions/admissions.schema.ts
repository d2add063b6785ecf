import { z } from 'zod';
import { stages } from '../../../common/admissions.js';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';
import type { ProspectSteps } from './admission.rules.js';

const code = z.string().trim().min(1).max(40);

export const newProspect = z.object({
  personCode: code.describe("The prospect's code (a person in your scope)"),
  villageCode: code.describe('The village whose cell puts the prospect forward'),
  cellCode: code.optional().describe('The cell that will admit the prospect'),
  recommendedOn: isoDate.describe('The day the prospect was put forward'),
  note: z.string().trim().max(1000).optional().describe('A note kept with the case'),
});

export const prospectParams = z.object({ id: z.coerce.number().int().positive().describe("The admission case's id") });

/** One step of the pipeline, with what it records. */
const date = isoDate.describe('The day of the step');
export const stepBody = z
  .discriminatedUnion('step', [
    z.object({ step: z.literal('certificate'), date: date.describe('The day of the awareness-class certificate') }),
    z.object({ step: z.literal('application'), date: date.describe('The day of the application') }),
    z.object({
      step: z.literal('introducers'),
      introducers: z
        .array(
          z.object({
            kind: z.enum(['member', 'youthUnion']),
            personCode: code.optional(),
            knownSince: isoDate.optional(),
          }),
        )
        .min(1)
        .max(3)
        .describe('Two official members who have known the prospect for 12 months, or the Youth Union'),
    }),
    z.object({ step: z.literal('check'), date: date.describe('The day the background was checked') }),
    z.object({
      step: z.literal('resolution'),
      date: date.describe("The day of the cell's resolution"),
      votesFor: z.number().int().min(0).max(500).describe('Official members who voted for'),
      officialMembers: z.number().int().min(1).max(500).describe("The cell's official members that day"),
    }),
    z.object({
      step: z.literal('extend'),
      extended: z.boolean().describe('Whether the committee extended its deadline to decide'),
    }),
    z.object({ step: z.literal('decision'), date: date.describe("The day of the committee's decision") }),
    z.object({
      step: z.literal('ceremony'),
      date: date.describe('The day of the admission ceremony: the membership starts'),
    }),
    z.object({ step: z.literal('review'), date: date.describe('The day the probation was reviewed') }),
    z.object({
      step: z.literal('outcome'),
      date: date.describe('The day of the outcome'),
      outcome: z.enum(['official', 'removed']).describe('Official, or removed'),
    }),
    z.object({ step: z.literal('drop'), date: date.describe('The day the case was dropped') }),
    z.object({
      step: z.literal('plan'),
      plannedOn: isoDate
        .nullable()
        .describe(
          'The day the next step is planned for: the future allowed, not before the last step recorded; null: none planned',
        ),
    }),
  ])
  .describe(
    "The step and what it records: every step's date is on or before today and keeps the order of the steps; `plan` only sets the date the next step is planned for",
  );
export type StepBody = z.infer<typeof stepBody>;

const scope = code.optional().describe('Code of a unit in your scope; your whole scope when omitted');
export const prospectsQuery = z.object({
  scope,
  stage: z.enum(stages).optional().describe('Only the prospects at this stage'),
  lang: langQuery,
});
export const dueQuery = z.object({ scope, lang: langQuery });

const issue = z.object({
  field: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

/** Who decides one of the committee's decisions on a case, by the rule set in force on the day that counts. */
const decider = z
  .object({
    decision: z
      .enum(['admission', 'recognition'])
      .describe('The admission, or (after probation) the recognition as a official member or the removal'),
    level: z
      .enum(['district', 'commune'])
      .describe('district: the district committee (huyện ủy and equivalents); commune: a commune-level committee'),
    body: z
      .string()
      .describe(
        'The deciding body as users name it, in the language asked for ("Huyện ủy và tương đương", "Đảng ủy cấp xã")',
      ),
    on: z
      .string()
      .describe(
        "The day it is judged by: the decision's date once taken; else today or the day the decision can first be taken (the resolution; the review, or the end of probation), whichever is later",
      ),
    ruleSet: z.string().describe('The rule set in force that day'),
    ruleSetLabel: z.string().describe('Its name, in the language asked for'),
    taken: z.boolean().describe('Whether the decision is recorded'),
  })
  .nullable();

const day = z.string().nullable();
/** The recorded steps; null: not reached. */
const prospectSteps = z.object({
  birthDate: day,
  recommendedOn: z.string(),
  certificateOn: day,
  applicationOn: day,
  introducers: z.array(
    z.object({
      kind: z.enum(['member', 'youthUnion']),
      officialSince: day.optional().describe('For a member: since when they are official (null: not official)'),
      knownSince: day.optional().describe('Since when they have known the prospect'),
    }),
  ),
  checkedOn: day,
  resolutionOn: day,
  votesFor: z.number().nullable(),
  officialMembers: z.number().nullable(),
  decisionOn: day,
  decisionExtended: z.boolean(),
  ceremonyOn: day,
  reviewOn: day,
  outcome: z.enum(['official', 'removed']).nullable(),
  outcomeOn: day,
  droppedOn: day,
}) satisfies z.ZodType<ProspectSteps>;

export const prospectView = z
  .object({
    id: z.number(),
    personCode: z.string(),
    fullName: z.string(),
    villageCode: z.string(),
    villageName: z.string().nullable(),
    cellCode: z.string().nullable(),
    stage: z.enum(stages),
    steps: prospectSteps.describe('The recorded steps; null: not reached'),
    plannedOn: z
      .string()
      .nullable()
      .describe('The day the next step is planned for (may lie ahead); null: none planned'),
    deadline: z
      .object({
        step: z.string(),
        due: z.string(),
        ruleSet: z.string(),
        ruleSetLabel: z.string().describe("The rule set's name, in the language asked for"),
        urgency: z.enum(['overdue', 'soon']).nullable(),
      })
      .nullable()
      .describe('The step that is due and its deadline in working days under the rules in force'),
    decidedBy: z
      .object({
        admission: decider.describe('Who decides (or decided) the admission; null for a case dropped before it'),
        recognition: decider.describe(
          'Who decides (or decided) the recognition or removal; null before the ceremony, and for a case dropped',
        ),
      })
      .describe(
        "The committee that decides, by the rule set in force on the decision's date (or, pending, on today or the earliest day it can be taken)",
      ),
    issues: z.array(issue).describe('What the rules find in the steps so far: errors and warnings'),
  })
  .meta({
    id: 'ProspectView',
    description: 'An admission case: the prospect, the stage reached, the steps, what is due',
  });
export type ProspectView = z.infer<typeof prospectView>;
