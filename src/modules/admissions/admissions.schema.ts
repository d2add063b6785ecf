import { z } from 'zod';
import { stages } from '../../../common/admissions.js';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';
import type { ProspectSteps } from './admission.rules.js';

const code = z.string().trim().min(1).max(40);

export const newProspect = z.object({
  personCode: code.describe('The prospect\'s code (a person in your scope)'),
  villageCode: code.describe('The village whose cell puts the prospect forward'),
  cellCode: code.optional().describe('The cell that will admit the prospect'),
  recommendedOn: isoDate.describe('The day the prospect was put forward'),
  note: z.string().trim().max(1000).optional().describe('A note kept with the case'),
});

export const prospectParams = z.object({ id: z.coerce.number().int().positive().describe('The admission case\'s id') });

/** One step of the pipeline, with what it records. */
const date = isoDate.describe('The day of the step');
export const stepBody = z.discriminatedUnion('step', [
  z.object({ step: z.literal('certificate'), date: date.describe('The day of the awareness-class certificate') }),
  z.object({ step: z.literal('application'), date: date.describe('The day of the application') }),
  z.object({
    step: z.literal('introducers'),
    introducers: z
      .array(z.object({ kind: z.enum(['member', 'youthUnion']), personCode: code.optional(), knownSince: isoDate.optional() }))
      .min(1)
      .max(3)
      .describe('Two official members who have known the prospect for 12 months, or the Youth Union'),
  }),
  z.object({ step: z.literal('check'), date: date.describe('The day the background was checked') }),
  z.object({
    step: z.literal('resolution'),
    date: date.describe('The day of the cell\'s resolution'),
    votesFor: z.number().int().min(0).max(500).describe('Official members who voted for'),
    officialMembers: z.number().int().min(1).max(500).describe('The cell\'s official members that day'),
  }),
  z.object({ step: z.literal('extend'), extended: z.boolean().describe('Whether the committee extended its deadline to decide') }),
  z.object({ step: z.literal('decision'), date: date.describe('The day of the committee\'s decision') }),
  z.object({ step: z.literal('ceremony'), date: date.describe('The day of the admission ceremony: the membership starts') }),
  z.object({ step: z.literal('review'), date: date.describe('The day the probation was reviewed') }),
  z.object({ step: z.literal('outcome'), date: date.describe('The day of the outcome'), outcome: z.enum(['official', 'removed']).describe('Official, or removed') }),
  z.object({ step: z.literal('drop'), date: date.describe('The day the case was dropped') }),
]).describe('The step and what it records');
export type StepBody = z.infer<typeof stepBody>;

const scope = code.optional().describe('Code of a unit in your scope; your whole scope when omitted');
export const prospectsQuery = z.object({
  scope,
  stage: z.enum(stages).optional().describe('Only the prospects at this stage'),
  lang: langQuery,
});
export const dueQuery = z.object({ scope, lang: langQuery });

const issue = z.object({ field: z.string(), code: z.string(), severity: z.enum(['error', 'warning']), message: z.string() });

const day = z.string().nullable();
/** The recorded steps; null: not reached. */
const prospectSteps = z.object({
  birthDate: day,
  recommendedOn: z.string(),
  certificateOn: day,
  applicationOn: day,
  introducers: z.array(z.object({
    kind: z.enum(['member', 'youthUnion']),
    officialSince: day.optional().describe('For a member: since when they are official (null: not official)'),
    knownSince: day.optional().describe('Since when they have known the prospect'),
  })),
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

export const prospectView = z.object({
  id: z.number(),
  personCode: z.string(),
  fullName: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  cellCode: z.string().nullable(),
  stage: z.enum(stages),
  steps: prospectSteps.describe('The recorded steps; null: not reached'),
  deadline: z.object({ step: z.string(), due: z.string(), ruleSet: z.string(), urgency: z.enum(['overdue', 'soon']).nullable() }).nullable()
    .describe('The step that is due and its deadline in working days under the rules in force'),
  issues: z.array(issue).describe('What the rules find in the steps so far: errors and warnings'),
}).meta({ id: 'ProspectView', description: 'An admission case: the prospect, the stage reached, the steps, what is due' });
export type ProspectView = z.infer<typeof prospectView>;
