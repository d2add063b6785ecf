import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';

const code = z.string().trim().min(1).max(40);
const note = z.string().trim().max(1000).optional().describe('A note kept with the election');

export const villageParams = z.object({ code: code.describe("The village's code") });
export const dueQuery = z.object({
  scope: code.optional().describe('Code of a unit in your scope; your whole scope when omitted'),
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(60)
    .default(6)
    .describe('Elections due within this many months (and those overdue)'),
  noMember: z.enum(['true', 'false']).optional().describe('Only those where no member is among the candidates yet'),
  lang: langQuery,
});

export const planElection = z.object({
  plannedOn: isoDate.describe('The planned day of the election'),
  candidateCodes: z
    .array(code)
    .max(10)
    .default([])
    .describe('The candidates known so far: each 21 or older on the planned day and living in the village'),
  note,
});

export const recordElection = z.object({
  on: isoDate.describe("The day the election was held; the winner's term starts then"),
  candidates: z
    .array(z.object({ personCode: code, votes: z.number().int().min(0).max(100_000).optional() }))
    .min(1)
    .max(10)
    .describe('The candidates and their votes: each 21 or older on the day and living in the village'),
  winnerCode: code.describe('The winner, one of the candidates: 21 or older, living in the village'),
  note,
});

const candidate = z.object({ code: z.string(), name: z.string(), isMember: z.boolean() });

export const dueElection = z
  .object({
    village: z.object({ code: z.string(), name: z.string(), commune: z.string().nullable() }),
    lastTerm: z
      .object({ from: z.string().nullable(), to: z.string().nullable(), how: z.string().nullable() })
      .nullable(),
    due: z
      .string()
      .describe("When the next election is due: the end of the last term, recorded or by the province's term length"),
    planned: z.object({ id: z.number(), on: z.string(), candidates: z.array(candidate) }).nullable(),
    memberAmongCandidates: z.boolean(),
  })
  .meta({ id: 'DueElection', description: 'A village whose head election is due, and the election planned, if any' });
export type DueElection = z.infer<typeof dueElection>;

export const electionResult = z
  .object({ id: z.number(), village: z.string(), on: z.string(), winner: z.string() })
  .describe("The election is recorded and the winner's head term opened");
