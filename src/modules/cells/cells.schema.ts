import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';

const code = z.string().trim().min(1).max(40);

export const villageParams = z.object({ code: code.describe('The village\'s code') });
export const planQuery = z.object({ at: isoDate.optional().describe('The date of the plan; today when omitted'), lang: langQuery });

export const foundCell = z.object({
  on: isoDate.describe('The day the cell is founded'),
  cellCode: code.describe('The new cell\'s code'),
  cellName: z.string().trim().min(2).max(120).describe('The new cell\'s name'),
  parentOrgCode: code.describe('The commune committee the cell belongs to'),
  memberCodes: z.array(code).max(20).default([]).describe('Members transferred in (reinforcement), from the planner\'s proposals'),
  reason: z.string().trim().max(500).optional().describe('Why the change is made; kept in the audit log'),
});

export const plan = z.object({
  village: z.string(),
  at: z.string(),
  ownCell: z.string().nullable().describe('The village\'s own cell, if it has one'),
  coveredBy: z.array(z.string()).describe('The cells that cover the village'),
  official: z.number().describe('Official members placed in the village'),
  minimum: z.number().describe('Official members a cell needs under the rules in force'),
  shortfall: z.number(),
  candidates: z.array(
    z.object({ code: z.string(), name: z.string(), priority: z.number(), fromCell: z.string(), fromVillage: z.string().nullable(), ownCellOfficial: z.number().nullable() }),
  ).describe('Whom to transfer in, in order: commune officials, members living in the village, members of nearby villages'),
}).meta({ id: 'ReinforcementPlan', description: 'What a village lacks for its own cell at a date, and whom to transfer in' });

export const founded = z.object({
  cell: z.string(),
  village: z.string(),
  on: z.string(),
  official: z.number(),
  changes: z.record(z.string(), z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number() })),
}).meta({ id: 'CellFounded', description: 'The cell is founded: its official members, and the rows changed by table' });
