import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';

export const treeQuery = z.object({
  at: isoDate.optional().describe('Date (yyyy-mm-dd or dd/mm/yyyy); today when omitted'),
  scope: z.string().min(1).optional().describe('Code of the unit to root the tree at; every province when omitted'),
  depth: z.coerce.number().int().min(0).max(4).optional().describe('Levels below the root to include; all when omitted'),
  lang: z.enum(['vi', 'en']).optional(),
});

export interface UnitNode {
  code: string;
  name: string;
  level: string;
  subtype: string;
  children: UnitNode[];
}

export const unitNode: z.ZodType<UnitNode> = z.lazy(() =>
  z.object({ code: z.string(), name: z.string(), level: z.string(), subtype: z.string(), children: z.array(unitNode) }),
);

export const treeResponse = z.object({ at: z.string(), units: z.array(unitNode) });
export type TreeResponse = z.infer<typeof treeResponse>;
