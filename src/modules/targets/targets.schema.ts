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
  scope: code.describe('The unit\'s code'),
  year: z.coerce.number().int().min(2000).max(2100).describe('The year'),
  lang: langQuery,
});

const measure = z.object({ target: z.number().nullable(), achieved: z.number() });
export const targetProgress = z.object({
  unitCode: z.string(),
  year: z.number(),
  from: z.string(),
  to: z.string().describe('31 December, or today in the current year'),
  admissions: measure,
  whiteCleared: measure,
  weakReduced: measure,
  cellsFounded: measure,
  partyHeads: measure,
}).meta({ id: 'TargetProgress', description: 'A unit\'s targets for a year and what was achieved from 1 January' });
export type TargetProgress = z.infer<typeof targetProgress>;

export const taskForceBody = z.object({
  name: z.string().trim().min(2).max(200).describe('The task force\'s name'),
  unitCode: code.describe('The unit it works for, in your scope'),
  validFrom: isoDate.describe('The first day'),
  validTo: isoDate.optional().describe('The last day, not before the first; open when omitted'),
  note: z.string().trim().max(2000).optional().describe('A note'),
  memberCodes: z.array(code).max(30).default([]).describe('Its members\' codes'),
  villageCodes: z.array(code).min(1).max(50).describe('The villages it helps, in your scope'),
});

const villageProgress = z.object({
  code: z.string(),
  name: z.string().nullable(),
  from: z.object({ members: z.number(), official: z.number(), ownCell: z.boolean(), partyHead: z.boolean() }),
  to: z.object({ members: z.number(), official: z.number(), ownCell: z.boolean(), partyHead: z.boolean() }),
});
export const taskForceView = z.object({
  id: z.number(),
  name: z.string(),
  unitCode: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  members: z.array(z.object({ code: z.string(), name: z.string() })),
  villages: z.array(villageProgress).describe('Each village at the task force\'s start and now (or its end)'),
}).meta({ id: 'TaskForceView', description: 'A task force with the progress of its villages' });
export type TaskForceView = z.infer<typeof taskForceView>;
