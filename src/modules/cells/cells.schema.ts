import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';

const code = z.string().trim().min(1).max(40);

export const villageParams = z.object({ code });
export const planQuery = z.object({ at: isoDate.optional(), lang: z.enum(['vi', 'en']).optional() });

export const foundCell = z.object({
  on: isoDate,
  cellCode: code,
  cellName: z.string().trim().min(2).max(120),
  parentOrgCode: code.describe('The commune committee the cell belongs to'),
  memberCodes: z.array(code).max(20).default([]).describe('Members transferred in (reinforcement), from the planner\'s proposals'),
  reason: z.string().trim().max(500).optional(),
});

export const plan = z.object({
  village: z.string(),
  at: z.string(),
  ownCell: z.string().nullable(),
  coveredBy: z.array(z.string()),
  official: z.number(),
  minimum: z.number(),
  shortfall: z.number(),
  candidates: z.array(
    z.object({ code: z.string(), name: z.string(), priority: z.number(), fromCell: z.string(), fromVillage: z.string().nullable(), ownCellOfficial: z.number().nullable() }),
  ),
});

export const founded = z.object({
  cell: z.string(),
  village: z.string(),
  on: z.string(),
  official: z.number(),
  changes: z.record(z.string(), z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number() })),
});
