import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';

export const treeQuery = z.object({
  at: isoDate.optional().describe('Date (yyyy-mm-dd or dd/mm/yyyy); today when omitted'),
  scope: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Code of the unit to root the tree at (VN: the country); the root (the country) or the units of your scope when omitted',
    ),
  depth: z.coerce
    .number()
    .int()
    .min(0)
    .max(4)
    .optional()
    .describe('Levels below the root to include; all when omitted'),
  lang: langQuery,
});

export interface UnitNode {
  code: string;
  name: string;
  level: string;
  subtype: string;
  children: UnitNode[];
}

export const unitNode: z.ZodType<UnitNode> = z
  .lazy(() =>
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.string(),
      subtype: z.string(),
      children: z.array(unitNode),
    }),
  )
  .meta({ id: 'UnitNode', description: 'A unit with the units below it valid at the date' });

export const treeResponse = z
  .object({
    at: z.string(),
    units: z.array(unitNode).describe('The roots: the country (VN), the unit asked for, or the units of your scope'),
  })
  .meta({ id: 'UnitTree', description: 'The unit tree valid at the date' });
export type TreeResponse = z.infer<typeof treeResponse>;
