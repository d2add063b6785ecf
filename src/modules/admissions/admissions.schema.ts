import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import { stages } from '../../../common/admissions.js';

const code = z.string().trim().min(1).max(40);

export const newProspect = z.object({
  personCode: code,
  villageCode: code,
  cellCode: code.optional().describe('The cell that will admit the prospect'),
  recommendedOn: isoDate,
  note: z.string().trim().max(1000).optional(),
});

export const prospectParams = z.object({ id: z.coerce.number().int().positive() });

/** One step of the pipeline, with what it records. */
export const stepBody = z.discriminatedUnion('step', [
  z.object({ step: z.literal('certificate'), date: isoDate }),
  z.object({ step: z.literal('application'), date: isoDate }),
  z.object({
    step: z.literal('introducers'),
    introducers: z
      .array(z.object({ kind: z.enum(['member', 'youthUnion']), personCode: code.optional(), knownSince: isoDate.optional() }))
      .min(1)
      .max(3),
  }),
  z.object({ step: z.literal('check'), date: isoDate }),
  z.object({ step: z.literal('resolution'), date: isoDate, votesFor: z.number().int().min(0).max(500), officialMembers: z.number().int().min(1).max(500) }),
  z.object({ step: z.literal('extend'), extended: z.boolean() }),
  z.object({ step: z.literal('decision'), date: isoDate }),
  z.object({ step: z.literal('ceremony'), date: isoDate }),
  z.object({ step: z.literal('review'), date: isoDate }),
  z.object({ step: z.literal('outcome'), date: isoDate, outcome: z.enum(['official', 'removed']) }),
  z.object({ step: z.literal('drop'), date: isoDate }),
]);
export type StepBody = z.infer<typeof stepBody>;

export const prospectsQuery = z.object({
  scope: code.optional(),
  stage: z.enum(stages).optional(),
  lang: z.enum(['vi', 'en']).optional(),
});

const issue = z.object({ field: z.string(), code: z.string(), severity: z.enum(['error', 'warning']), message: z.string() });

export const prospectView = z.object({
  id: z.number(),
  personCode: z.string(),
  fullName: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  cellCode: z.string().nullable(),
  stage: z.enum(stages),
  steps: z.record(z.string(), z.unknown()),
  deadline: z.object({ step: z.string(), due: z.string(), ruleSet: z.string(), urgency: z.enum(['overdue', 'soon']).nullable() }).nullable(),
  issues: z.array(issue),
});
export type ProspectView = z.infer<typeof prospectView>;
