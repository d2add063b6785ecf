import { z } from 'zod';
import { apiError } from '../errors.js';
import { langQuery as lang } from '../../platform/http.js';
import { sheetNames } from '../register/register.schema.js';

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check and report what would change, write nothing; false: import, all or nothing'),
  lang,
});

export const exportQuery = z.object({
  scope: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[^\u0000-\u001f\u007f]+$/)
    .optional()
    .describe(
      "Code of the unit whose subtree (all history) to export; the account's scope, or everything, when omitted",
    ),
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
export const importSummary = z
  .object({
    dryRun: z.boolean(),
    errors: z.array(issue).describe('What stops the import, each at its sheet, row, column and value'),
    warnings: z.array(issue).describe('What the import notes but accepts'),
    changes: z
      .object(
        Object.fromEntries(sheetNames.map((s) => [s, counts])) as Record<(typeof sheetNames)[number], typeof counts>,
      )
      .describe('Rows inserted, updated and unchanged by sheet (or that would be, in a dry run)'),
  })
  .meta({ id: 'ImportSummary', description: 'What an import found and changed (or would change, in a dry run)' });

/** A real import with errors: the summary, with the registry's error beside it. */
export const importRejected = importSummary
  .extend(apiError.shape)
  .describe('Nothing was written: the summary with its errors, and the error IMPORT_REJECTED');
