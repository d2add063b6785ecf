import { z } from 'zod';
import { genders } from '../../db/schema/index.js';
import { isoDate } from '../../platform/dates.js';
import { auditEntry } from '../../platform/audit.js';
import { langQuery } from '../../platform/http.js';

const d = z.string().nullable();

export const personParams = z.object({ code: z.string().min(1).describe("The person's code") });

export const personQuery = z.object({
  at: isoDate.optional().describe('The date of the standing (status, card, cell): today when omitted'),
  lang: langQuery,
});

const named = {
  code: z.string(),
  name: z.string().nullable().describe('Its name at the date; null when it has no version then'),
};

/** Where a person stands at a date: the membership, the card and the cell of that day. */
export const personStanding = z
  .object({
    at: z.string().describe('The date this standing is of'),
    status: z.enum(['official', 'probationary', 'none']).describe('Official, probationary or not a member on that day'),
    cardNo: z
      .string()
      .nullable()
      .describe('The party card of the membership that holds on that day (issued with official status)'),
    admittedOn: d.describe('The admission of that membership'),
    officialOn: d.describe('Its official status, when recorded'),
    cell: z
      .object({
        ...named,
        village: z.object(named).nullable().describe('The village the placement counts for'),
        since: d.describe('The start of the placement'),
        until: d.describe('Its end, when one is recorded'),
      })
      .nullable()
      .describe('The cell of the official placement that holds on that day'),
    temporary: z.array(z.object({ ...named, until: d })).describe('Temporary placements beside it on that day'),
  })
  .meta({ id: 'PersonStanding', description: "A person's status, party card and cell at a date" });
export type PersonStanding = z.infer<typeof personStanding>;

export const personDetail = z
  .object({
    code: z.string(),
    fullName: z.string(),
    birthDate: d,
    gender: z.string().nullable(),
    ethnicity: z.string().nullable(),
    communeOfficial: z.boolean(),
    residenceVillageCode: z.string().nullable(),
    memberships: z.array(
      z.object({
        cardNo: z.string().nullable(),
        admittedOn: z.string(),
        officialOn: d,
        endedOn: d,
        endReason: z.string().nullable(),
      }),
    ),
    placements: z.array(
      z.object({
        cellCode: z.string(),
        villageCode: z.string().nullable(),
        kind: z.string(),
        reason: z.string().nullable(),
        validFrom: d,
        validTo: d,
      }),
    ),
    headTerms: z.array(
      z.object({ villageCode: z.string(), role: z.string(), how: z.string().nullable(), validFrom: d, validTo: d }),
    ),
    secretaryTerms: z.array(z.object({ cellCode: z.string(), validFrom: d, validTo: d })),
    standing: personStanding,
    /** Sensitive fields withheld from this reader's role (Law 91/2025: ethnicity is sensitive data). */
    masked: z.array(z.string()),
    history: z.array(auditEntry),
  })
  .meta({
    id: 'PersonDetail',
    description:
      'A person: memberships, placements, head and secretary terms, history; sensitive fields masked for roles that may not see them',
  });
export type PersonDetail = z.infer<typeof personDetail>;

export const newPerson = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, . _ -')
    .describe("The new person's code: letters, digits, dots, dashes, underscores"),
  fullName: z.string().trim().min(2).max(120).describe('Full name, with diacritics'),
  birthDate: isoDate.optional().describe('Date of birth (yyyy-mm-dd or dd/mm/yyyy)'),
  gender: z.enum(genders).optional().describe('Gender'),
  ethnicity: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe('Ethnicity: sensitive data (Law 91/2025), shown only to admin and province staff'),
  residenceVillageCode: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('The village the person lives in; required, and in your scope, for every role but admin'),
  communeOfficial: z
    .boolean()
    .optional()
    .describe("A commune official (first among those proposed to reinforce a village's cell)"),
  reason: z.string().trim().max(500).optional().describe('Why the change is made; kept in the audit log'),
});
export type NewPerson = z.infer<typeof newPerson>;

export const peopleQuery = z.object({
  q: z.string().trim().max(120).optional().describe('Name, with or without diacritics'),
  card: z.string().trim().max(20).optional().describe('Party card number, or part of it'),
  village: z.string().trim().max(40).optional().describe('Village code: residents and members taking part there'),
  at: isoDate.optional().describe('The date of the status, card, village name and commune shown: today when omitted'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('How many people to answer (a page)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('How many to skip (the pages before)'),
  lang: langQuery,
});

export const peopleList = z
  .object({
    total: z.number(),
    items: z.array(
      z.object({
        code: z.string(),
        fullName: z.string(),
        birthDate: z.string().nullable(),
        birthYear: z.number().int().nullable().describe('The year of birth, to tell people of one name apart'),
        gender: z.string().nullable(),
        villageCode: z.string().nullable().describe('The residence village'),
        villageName: z.string().nullable().describe('Its name at the date'),
        commune: z
          .object({ code: z.string(), name: z.string().nullable() })
          .nullable()
          .describe('The commune of the residence village at the date'),
        cardNo: z.string().nullable().describe('The card of the membership holding at the date'),
        status: z.enum(['official', 'probationary', 'none']),
      }),
    ),
    at: z.string().describe('The date of the status, card, village name and commune'),
  })
  .meta({ id: 'PeopleList', description: 'A page of the people found, with how many were found in all' });
