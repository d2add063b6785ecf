import { z } from 'zod';
import { sheetNames } from '../imports/imports.schema.js';

const lang = z.enum(['vi', 'en']).optional();

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check and report what would change, write nothing'),
  lang,
});

export const exportQuery = z.object({
  scope: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[^\u0000-\u001f\u007f]+$/)
    .optional().describe("Code of the unit whose subtree (all history) to export; the account's scope, or everything, when omitted"),
  format: z.enum(['xlsx', 'zip']).default('xlsx').describe('xlsx: one workbook; zip: one <sheet>.csv per sheet'),
  lang,
});

export const templateQuery = z.object({ lang });

const issue = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
const counts = z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number() });

/** The ImportSummary of the importer, as `grassroots import --json` prints it. */
export const importSummary = z.object({
  dryRun: z.boolean(),
  errors: z.array(issue),
  warnings: z.array(issue),
  changes: z.object(Object.fromEntries(sheetNames.map((s) => [s, counts])) as Record<(typeof sheetNames)[number], typeof counts>),
});

/** A real import with errors: the summary, with the registry's error beside it. */
export const importRejected = importSummary.extend({
  error: z.object({ code: z.string(), message: z.string(), messages: z.object({ vi: z.string(), en: z.string() }) }),
});
