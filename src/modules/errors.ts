/**
 * The one registry of error codes: the platform's and every module's (each
 * defined beside its module, in `<module>/<module>.errors.ts`), gathered here.
 * A code defined twice is refused, by the type of gatherErrors and when this
 * file loads. Outside the platform, AppError, ErrorCode and formatMessage come
 * from here: each code a file raises is checked against the registry, and is
 * known when it is raised. docs/errors.md documents every code (a test checks it).
 */
import { z } from 'zod';
import {
  appErrorFor,
  fillMessage,
  gatherErrors,
  platformErrors,
  type AppError as AnyAppError,
  type ErrorParams,
  type Lang,
} from '../platform/errors.js';
import { admissionsErrors } from './admissions/admissions.errors.js';
import { authErrors } from './auth/auth.errors.js';
import { backupErrors } from './backup/backup.errors.js';
import { calendarErrors } from './calendar/calendar.errors.js';
import { cellsErrors } from './cells/cells.errors.js';
import { importsErrors } from './imports/imports.errors.js';
import { indicatorsErrors } from './indicators/indicators.errors.js';
import { orgsErrors } from './orgs/orgs.errors.js';
import { peopleErrors } from './people/people.errors.js';
import { portalErrors } from './portal/portal.errors.js';
import { recordsErrors } from './records/records.errors.js';
import { registerErrors } from './register/register.errors.js';
import { reportsErrors } from './reports/reports.errors.js';
import { transferErrors } from './transfer/transfer.errors.js';
import { unitsErrors } from './units/units.errors.js';
import { villagesErrors } from './villages/villages.errors.js';

export const errorRegistry = gatherErrors(
  platformErrors,
  admissionsErrors,
  authErrors,
  backupErrors,
  calendarErrors,
  cellsErrors,
  importsErrors,
  indicatorsErrors,
  orgsErrors,
  peopleErrors,
  portalErrors,
  recordsErrors,
  registerErrors,
  reportsErrors,
  transferErrors,
  unitsErrors,
  villagesErrors,
);

export type ErrorCode = keyof typeof errorRegistry;

/** A domain error with a code of the registry: services throw these, never HTTP errors. */
export const AppError = appErrorFor(errorRegistry);
export type AppError = AnyAppError<ErrorCode>;

/** A code's message in a language, its `{name}` placeholders filled from params. */
export function formatMessage(code: ErrorCode, lang: Lang, params: ErrorParams = {}): string {
  return fillMessage(errorRegistry[code][lang], params);
}

/** Every error answer of the API, as the error handling of src/platform/http.ts sends it (AppError.toJSON). */
export const apiError = z
  .object({
    error: z.object({
      // sorted: the contract does not change when a code moves from one module to another
      code: z
        .enum((Object.keys(errorRegistry) as ErrorCode[]).sort() as [ErrorCode, ...ErrorCode[]])
        .describe('A stable code of docs/errors.md'),
      message: z
        .string()
        .describe('The message in the language asked for (?lang=en or Accept-Language: en), Vietnamese by default'),
      messages: z.object({ vi: z.string(), en: z.string() }).describe('The message in both languages'),
      details: z
        .unknown()
        .optional()
        .describe(
          "More about the error where its code has more to tell: a refused change's issues with their form fields, " +
            "a validation's paths",
        ),
    }),
  })
  .meta({ id: 'Error', description: 'An error: its stable code and its message in Vietnamese and English' });
