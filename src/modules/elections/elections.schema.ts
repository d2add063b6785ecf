import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';

const code = z.string().trim().min(1).max(40);

export const villageParams = z.object({ code });
export const dueQuery = z.object({
  scope: code.optional(),
  months: z.coerce.number().int().min(1).max(60).default(6),
  noMember: z.enum(['true', 'false']).optional().describe('Only those where no member is among the candidates yet'),
  lang: z.enum(['vi', 'en']).optional(),
});

export const planElection = z.object({
  plannedOn: isoDate,
  candidateCodes: z.array(code).max(10).default([]),
  note: z.string().trim().max(1000).optional(),
});

export const recordElection = z.object({
  on: isoDate,
  candidates: z.array(z.object({ personCode: code, votes: z.number().int().min(0).max(100_000).optional() })).min(1).max(10),
  winnerCode: code,
  note: z.string().trim().max(1000).optional(),
});

const candidate = z.object({ code: z.string(), name: z.string(), isMember: z.boolean() });

export const dueElection = z.object({
  village: z.object({ code: z.string(), name: z.string(), commune: z.string().nullable() }),
  lastTerm: z.object({ from: z.string().nullable(), to: z.string().nullable(), how: z.string().nullable() }).nullable(),
  due: z.string(),
  planned: z.object({ id: z.number(), on: z.string(), candidates: z.array(candidate) }).nullable(),
  memberAmongCandidates: z.boolean(),
});
export type DueElection = z.infer<typeof dueElection>;

export const electionResult = z.object({ id: z.number(), village: z.string(), on: z.string(), winner: z.string() });
