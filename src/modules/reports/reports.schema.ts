/**
 * Zod schemas of the report of a scope over a period (D1, D2) and its
 * inferred types, for the HTTP routes and the CLI (the web app takes them from openapi.json).
 */
import { z } from 'zod';
import { unitLevels } from '../../db/schema/index.js';
import { isoDate } from '../../platform/dates.js';
import { langQuery } from '../../platform/http.js';
import { comparisonResult, scopeRef, snapshotResult } from '../indicators/indicators.schema.js';

const count = z.number().int().nonnegative();

/** A document's number in its register: 1 to 6 digits ("Số 12-BC/BTCTU"). */
export const documentNumber = z
  .string()
  .trim()
  .regex(/^[0-9]{1,6}$/, 'a number of 1 to 6 digits');

/** `?scope=&from=&to=`, and what the document's heading may override. */
export const reportQuery = z.object({
  scope: z.string().trim().min(1).describe('Unit code: the country (VN), a province, district, commune or village'),
  from: isoDate.describe('D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy)'),
  to: isoDate.describe('D2, the end of the period; figures by unit are as of this date'),
  issuedOn: isoDate.optional().describe("The document's date (today when omitted)"),
  signer: z.string().trim().max(120).optional().describe('Name printed in the signer block'),
  number: documentNumber
    .optional()
    .describe('The document\'s number ("12" prints "Số 12-BC/BTCTU"); left blank to fill in by hand when omitted'),
  lang: langQuery,
});
export type ReportQuery = z.infer<typeof reportQuery>;

/** POST /api/reports/publish: the same period, turned into a portal draft. */
export const publishBody = z.object({
  scope: z.string().trim().min(1).describe('Unit code: the country (VN), a province, district, commune or village'),
  from: isoDate.describe('D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy)'),
  to: isoDate.describe('D2, the end of the period'),
  lang: z.enum(['vi', 'en']).optional().describe('Language of the article (Vietnamese by default)'),
});
export type PublishBody = z.infer<typeof publishBody>;

export const publishResult = z
  .object({
    id: z.number().int().describe("The draft article's id"),
    slug: z.string(),
    title: z.string(),
    imageId: z.number().int().describe('The chart, as an image of the article'),
    imageUrl: z.string(),
  })
  .meta({ id: 'PublishResult', description: 'The draft article made of the report (not published)' });
export type PublishResult = z.infer<typeof publishResult>;

/** A unit as a row of the report: a province (for the country), a district, a commune or (for a commune) a village. */
export const unitRef = scopeRef.extend({ level: z.enum(unitLevels) });

/** A village of an appendix: where it is, its members, and in the appendix of non-party heads its head's name. */
export const appendixVillage = z
  .object({
    code: z.string(),
    name: z.string(),
    subtype: z.string(),
    commune: z.object({ code: z.string().nullable(), name: z.string().nullable() }),
    district: z
      .object({ code: z.string(), name: z.string() })
      .nullable()
      .describe('The district its commune stood under at D2; null when none (from 1/7/2025 there are no districts)'),
    members: z.object({ total: count, official: count, probationary: count }),
    cell: z.enum(['own', 'combined', 'none']),
    head: z
      .string()
      .nullable()
      .describe(
        'The name of the head in office at D2: only in the appendix of villages whose head is not a party member, and only when the report names heads (`headNames`); null otherwise',
      ),
  })
  .meta({
    id: 'AppendixVillage',
    description:
      "A village of an appendix: where it is, its members, and in the appendix of non-party heads its head's name",
  });
export type AppendixVillage = z.infer<typeof appendixVillage>;

/** The heading of an official party document (Quy định 66-QĐ/TW on the layout of party documents). */
export const documentHeading = z.object({
  issuer: z
    .tuple([z.string(), z.string()])
    .describe('Top left, upper case: the higher body, then the issuing one (e.g. TỈNH ỦY HƯNG YÊN / BAN TỔ CHỨC)'),
  issuerName: z
    .string()
    .describe('The issuing body as a sentence names it: "Ban Tổ chức Tỉnh ủy", "Đảng ủy Xã Tân Dân"'),
  abbreviation: z
    .string()
    .describe(
      'The issuing body\'s abbreviation in the number: "BTCTU" (a province\'s organisation board, from its settings), "HU", "ĐU", "CB"',
    ),
  number: z.string().nullable().describe('The number given, or null: left blank to fill in by hand'),
  numberLine: z.string().describe('"Số 12-BC/BTCTU", or "Số        -BC/BTCTU" with the number left blank'),
  place: z.string(),
  issuedOn: z.string(),
  dateLine: z.string().describe('"Hưng Yên, ngày 27 tháng 11 năm 2026"'),
  title: z.string(),
  subtitle: z.string(),
  period: z.string(),
  signer: z.object({
    on: z
      .string()
      .nullable()
      .describe('"T/M BAN THƯỜNG VỤ" above the title of the signer, when the signer signs for a collective'),
    title: z.string(),
    name: z.string(),
  }),
});
export type DocumentHeading = z.infer<typeof documentHeading>;

export const reportRow = z
  .object({
    unit: unitRef,
    /** The figures of docs/domain.md at D2 for the villages under this unit at D2. */
    figures: snapshotResult,
    admissions: count.describe("Admissions in [D1, D2) placed in this unit's villages (see docs/reports.md)"),
  })
  .meta({
    id: 'ReportRow',
    description: 'A unit as a row of the report: its figures at D2 and its admissions of the period',
  });
export type ReportRow = z.infer<typeof reportRow>;

export const reportResult = z
  .object({
    scope: unitRef,
    from: z.string(),
    to: z.string(),
    heading: documentHeading,
    rowLevel: z
      .enum(['province', 'district', 'commune', 'village'])
      .nullable()
      .describe('The level of the rows, null for a village (no unit below it)'),
    rows: z.array(reportRow),
    total: reportRow.omit({ unit: true }).describe("The scope's own figures at D2: each number is the sum of the rows"),
    comparison: comparisonResult,
    appendices: z
      .object({
        white: z.array(appendixVillage),
        weak: z.array(appendixVillage),
        nonPartyHead: z.array(appendixVillage),
      })
      .describe('The white villages, the weak villages, and the villages whose head is not a member, at D2'),
    headNames: z
      .boolean()
      .describe(
        'Whether the appendix of villages whose head is not a party member names the heads: only for an account that may read the register (register.read), and on the command line',
      ),
    narrative: z
      .object({ vi: z.string(), en: z.string() })
      .describe("The narrative, in the words of the committee's reports"),
  })
  .meta({ id: 'Report', description: 'The report of a unit over a period [D1, D2) (docs/reports.md)' });
export type Report = z.infer<typeof reportResult>;
