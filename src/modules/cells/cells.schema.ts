import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';

const code = z.string().trim().min(1).max(40);

export const villageParams = z.object({ code: code.describe("The village's code") });
export const planQuery = z.object({
  at: isoDate.optional().describe('The date of the plan; today when omitted'),
  lang: langQuery,
});

export const foundCell = z.object({
  on: isoDate.describe('The day the cell is founded'),
  cellCode: code.describe("The new cell's code"),
  cellName: z.string().trim().min(2).max(120).describe("The new cell's name"),
  parentOrgCode: code.describe('The commune committee the cell belongs to'),
  memberCodes: z
    .array(code)
    .max(20)
    .default([])
    .describe("Members transferred in (reinforcement), from the planner's proposals"),
  combined: z
    .array(
      z.object({
        cellCode: code.describe('A combined cell the village leaves that would be left covering one village'),
        action: z
          .enum(['close', 'attach'])
          .describe(
            'close: the cell ends on the founding day (its coverage, secretary and temporary placements with it); attach: another village of the same commune joins it that day',
          ),
        villageCode: code.optional().describe('Only with attach: the village that joins the cell'),
      }),
    )
    .max(10)
    .default([])
    .describe(
      "The clerk's choice for each combined cell the founding would leave with one village (the plan's `combined` with `choiceNeeded`); refused without it",
    ),
  reason: z.string().trim().max(500).optional().describe('Why the change is made; kept in the audit log'),
});

export const plan = z
  .object({
    village: z.string(),
    at: z.string(),
    ownCell: z.string().nullable().describe("The village's own cell, if it has one"),
    coveredBy: z.array(z.string()).describe('The cells that cover the village'),
    official: z.number().describe('Official members placed in the village'),
    minimum: z.number().describe('Official members a cell needs under the rules in force'),
    shortfall: z.number(),
    candidates: z
      .array(
        z.object({
          code: z.string(),
          name: z.string(),
          priority: z.number(),
          fromCell: z.string(),
          fromVillage: z.string().nullable(),
          ownCellOfficial: z.number().nullable(),
        }),
      )
      .describe(
        "Whom to transfer in, in order: commune officials of the village's commune, members living in the village, members of the commune's other villages; only people in your scope at the date",
      ),
    combined: z
      .array(
        z.object({
          cell: z.string(),
          name: z.string(),
          villages: z
            .array(z.string())
            .describe('The villages it would still cover once this village has its own cell'),
          choiceNeeded: z
            .boolean()
            .describe(
              "It would cover one village only, and count as that village's own cell: founding needs the choice to close it or to attach another village",
            ),
        }),
      )
      .describe('The combined cells covering the village, and what founding its own cell leaves of each'),
  })
  .meta({
    id: 'ReinforcementPlan',
    description: 'What a village lacks for its own cell at a date, and whom to transfer in',
  });

export const founded = z
  .object({
    cell: z.string(),
    village: z.string(),
    on: z.string(),
    official: z.number(),
    combined: z
      .array(
        z.object({
          cell: z.string(),
          outcome: z
            .enum(['stays', 'closed', 'attached'])
            .describe(
              'stays: still combined over two or more villages; closed: ended on the founding day; attached: another village joined it',
            ),
          villages: z.array(z.string()).describe('The villages it covers from the founding day (none once closed)'),
        }),
      )
      .describe('What became of each combined cell the village left'),
    changes: z.record(z.string(), z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number() })),
  })
  .meta({ id: 'CellFounded', description: 'The cell is founded: its official members, and the rows changed by table' });
