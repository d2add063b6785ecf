import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';

const code = z.string().trim().min(1).max(40);
const goal = z.number().int().min(0).max(100_000).optional();

export const targetBody = z.object({
  unitCode: code,
  year: z.number().int().min(2000).max(2100),
  admissions: goal,
  whiteCleared: goal,
  weakReduced: goal,
  cellsFounded: goal,
  partyHeads: goal,
});
export const targetsQuery = z.object({ scope: code, year: z.coerce.number().int().min(2000).max(2100), lang: z.enum(['vi', 'en']).optional() });

const measure = z.object({ target: z.number().nullable(), achieved: z.number() });
export const targetProgress = z.object({
  unitCode: z.string(),
  year: z.number(),
  from: z.string(),
  to: z.string(),
  admissions: measure,
  whiteCleared: measure,
  weakReduced: measure,
  cellsFounded: measure,
  partyHeads: measure,
});
export type TargetProgress = z.infer<typeof targetProgress>;

export const taskForceBody = z.object({
  name: z.string().trim().min(2).max(200),
  unitCode: code,
  validFrom: isoDate,
  validTo: isoDate.optional(),
  note: z.string().trim().max(2000).optional(),
  memberCodes: z.array(code).max(30).default([]),
  villageCodes: z.array(code).min(1).max(50),
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
  villages: z.array(villageProgress),
});
export type TaskForceView = z.infer<typeof taskForceView>;
