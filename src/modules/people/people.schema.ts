import { z } from 'zod';
import { genders } from '../../db/schema/index.js';
import { isoDate } from '../../platform/dates.js';
import { auditEntry } from '../../platform/audit.js';
import { langQuery } from '../../platform/http.js';

const d = z.string().nullable();

export const personParams = z.object({ code: z.string().min(1).describe('The person\'s code') });

export const personDetail = z.object({
  code: z.string(),
  fullName: z.string(),
  birthDate: d,
  gender: z.string().nullable(),
  ethnicity: z.string().nullable(),
  communeOfficial: z.boolean(),
  residenceVillageCode: z.string().nullable(),
  memberships: z.array(
    z.object({ cardNo: z.string().nullable(), admittedOn: z.string(), officialOn: d, endedOn: d, endReason: z.string().nullable() }),
  ),
  placements: z.array(
    z.object({ cellCode: z.string(), villageCode: z.string().nullable(), kind: z.string(), reason: z.string().nullable(), validFrom: d, validTo: d }),
  ),
  headTerms: z.array(z.object({ villageCode: z.string(), role: z.string(), how: z.string().nullable(), validFrom: d, validTo: d })),
  secretaryTerms: z.array(z.object({ cellCode: z.string(), validFrom: d, validTo: d })),
  /** Sensitive fields withheld from this reader's role (Law 91/2025: ethnicity is sensitive data). */
  masked: z.array(z.string()),
  history: z.array(auditEntry),
}).meta({ id: 'PersonDetail', description: 'A person: memberships, placements, head and secretary terms, history; sensitive fields masked for roles that may not see them' });
export type PersonDetail = z.infer<typeof personDetail>;

export const newPerson = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, . _ -').describe('The new person\'s code: letters, digits, dots, dashes, underscores'),
  fullName: z.string().trim().min(2).max(120).describe('Full name, with diacritics'),
  birthDate: isoDate.optional().describe('Date of birth (yyyy-mm-dd or dd/mm/yyyy)'),
  gender: z.enum(genders).optional().describe('Gender'),
  ethnicity: z.string().trim().min(1).max(60).optional().describe('Ethnicity: sensitive data (Law 91/2025), shown only to admin and province staff'),
  residenceVillageCode: z.string().trim().min(1).max(40).optional().describe('The village the person lives in; required, and in your scope, for every role but admin'),
  communeOfficial: z.boolean().optional().describe('A commune official (first among those proposed to reinforce a village\'s cell)'),
  reason: z.string().trim().max(500).optional().describe('Why the change is made; kept in the audit log'),
});
export type NewPerson = z.infer<typeof newPerson>;

export const peopleQuery = z.object({
  q: z.string().trim().max(120).optional().describe('Name, with or without diacritics'),
  card: z.string().trim().max(20).optional().describe('Party card number, or part of it'),
  village: z.string().trim().max(40).optional().describe('Village code: residents and members taking part there'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('How many people to answer (a page)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('How many to skip (the pages before)'),
  lang: langQuery,
});

export const peopleList = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      code: z.string(),
      fullName: z.string(),
      birthDate: z.string().nullable(),
      gender: z.string().nullable(),
      villageCode: z.string().nullable(),
      villageName: z.string().nullable(),
      cardNo: z.string().nullable(),
      status: z.enum(['official', 'probationary', 'none']),
    }),
  ),
}).meta({ id: 'PeopleList', description: 'A page of the people found, with how many were found in all' });
