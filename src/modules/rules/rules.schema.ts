import { z } from 'zod';
import type { ProvinceChoice, RuleSet } from '../../../common/rules.js';

const n = z.number();

/** A dated rule set (common/rules.ts), as GET /api/rules answers it. */
export const ruleSet = z
  .object({
    id: z.string().describe("The regulation's number, e.g. 294-QĐ/TW"),
    label: z
      .object({ vi: z.string(), en: z.string() })
      .describe('How the set is named to users, in Vietnamese and English'),
    title: z.string(),
    effectiveFrom: z.string().describe("In force from this day until the next set's"),
    admission: z.object({
      minAgeMonths: n,
      consentAboveAgeMonths: n.describe(
        "A prospect older than this, in full months on the day of the cell resolution, needs the provincial committee's consent (720: from 721 months on)",
      ),
      introducers: n,
      introducerKnownMonths: n,
      certificateValidYears: n,
      resolutionQuorum: z.object({ numerator: n, denominator: n }),
      decidedBy: z.enum(['district', 'commune']),
      decisionWorkingDays: n,
      decisionExtensionWorkingDays: n,
      ceremonyWorkingDays: n,
    }),
    probation: z.object({ months: n, reviewWorkingDays: n, reviewDecisionWorkingDays: n }),
    membership: z.object({ readmissionsAllowed: n, readmissionAfterMonths: n, expelOfficialOnly: z.boolean() }),
    cells: z.object({ minOfficialMembers: n, committeeFromOfficialMembers: n }),
    heads: z.object({ minAge: n, residentOnly: z.boolean(), interimMaxMonths: n }),
    transfers: z.object({ letterDays: n, temporaryMinMonths: n, temporaryMaxMonths: n, studyMaxMonths: n }),
  })
  .meta({
    id: 'RuleSet',
    description: 'A regulation implementing the Party Charter, with the values the workflows check',
  }) satisfies z.ZodType<RuleSet>;

export const provinceChoice = z
  .object({
    effectiveFrom: z.string(),
    headTermYears: z
      .union([z.literal(2.5), z.literal(5)])
      .describe("A village head's term, as the province's people's committee decides"),
    basis: z.string().describe('The legal basis of the choice'),
  })
  .meta({
    id: 'ProvinceChoice',
    description: 'What the province decides for itself, from a date',
  }) satisfies z.ZodType<ProvinceChoice>;

export const rulesAnswer = z
  .object({
    sets: z.array(ruleSet).describe("The Party's rule sets, oldest first"),
    province: z.array(provinceChoice).describe("The province's own dated choices, oldest first"),
  })
  .describe("The dated rule sets and the province's dated choices");
