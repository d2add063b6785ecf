import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';

export const orgsQuery = z.object({
  at: isoDate.optional().describe('The date (yyyy-mm-dd or dd/mm/yyyy); today when omitted'),
  lang: langQuery,
});
export const orgParams = z.object({
  code: z.string().trim().min(1).max(40).describe('The code of the cell or committee'),
});

const orgNode = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['committee', 'cell']),
    parentCode: z.string().nullable(),
    unitCode: z.string().nullable(),
    villages: z.array(z.object({ code: z.string(), name: z.string() })),
    members: z.object({ total: z.number(), official: z.number() }),
    secretary: z.object({ code: z.string(), name: z.string() }).nullable(),
    committeeDue: z.boolean().describe('A cell with enough official members at the date (9) to elect a cell committee'),
  })
  .meta({ id: 'OrgNode', description: 'A party committee or cell at a date: coverage, member counts, secretary' });
export type OrgNode = z.infer<typeof orgNode>;

/** The party organisations valid at a date, flat with their parents (a client draws the tree). */
export const orgsList = z
  .object({ at: z.string(), orgs: z.array(orgNode) })
  .meta({ id: 'OrgsList', description: 'The party organisations valid at the date, flat with their parents' });

export const orgDetail = orgNode
  .extend({
    at: z.string(),
    memberList: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: z.string(),
        villageCode: z.string().nullable(),
        official: z.boolean(),
        since: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'OrgDetail', description: 'A cell or committee at a date, with its members' });
export type OrgDetail = z.infer<typeof orgDetail>;
