import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';

export const orgsQuery = z.object({ at: isoDate.optional(), lang: z.enum(['vi', 'en']).optional() });
export const orgParams = z.object({ code: z.string().trim().min(1).max(40) });

const orgNode = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['committee', 'cell']),
  parentCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  villages: z.array(z.object({ code: z.string(), name: z.string() })),
  members: z.object({ total: z.number(), official: z.number() }),
  secretary: z.object({ code: z.string(), name: z.string() }).nullable(),
  committeeDue: z.boolean().describe('A cell with enough official members at the date (9) to elect a cell committee'),
});
export type OrgNode = z.infer<typeof orgNode>;

/** The party organisations valid at a date, flat with their parents (a client draws the tree). */
export const orgsList = z.object({ at: z.string(), orgs: z.array(orgNode) });

export const orgDetail = orgNode.extend({
  at: z.string(),
  memberList: z.array(
    z.object({ code: z.string(), name: z.string(), kind: z.string(), villageCode: z.string().nullable(), official: z.boolean(), since: z.string().nullable() }),
  ),
});
export type OrgDetail = z.infer<typeof orgDetail>;
