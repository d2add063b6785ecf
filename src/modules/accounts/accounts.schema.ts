import { z } from 'zod';
import { roles } from '../../db/schema/index.js';

/** An account as administrators see it: never its password hash. */
export const accountView = z
  .object({
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    scopeCode: z.string().nullable().describe('The unit whose subtree the account sees; null: everything (admin)'),
    mustChangePassword: z
      .boolean()
      .describe('A one-time password: the account must choose its own at the next sign-in'),
    lockedUntil: z.string().nullable().describe('Locked after failed sign-ins until then'),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AccountView', description: 'An account, without its password hash' });
export type AccountView = z.infer<typeof accountView>;

export const newAccountBody = z.object({
  username: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .describe('The user name: 3 to 64 letters, digits, dots, dashes or underscores; compared without case'),
  displayName: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('The full name shown in the app; the user name when omitted'),
  role: z.enum(roles).describe('What the account may do (common/permissions.ts)'),
  scopeCode: z
    .string()
    .trim()
    .max(20)
    .nullable()
    .optional()
    .describe('The code of the unit whose subtree the account sees; required for every role but admin'),
});
export type NewAccountBody = z.infer<typeof newAccountBody>;

/** A one-time password, shown once to the administrator who made it. */
export const oneTimePassword = z.object({ username: z.string(), password: z.string() }).meta({
  id: 'OneTimePassword',
  description: 'The account and its one-time password, shown once: the account chooses its own at the first sign-in',
});

export const usernameParams = z.object({
  username: z.string().min(1).max(64).describe('The user name of the account'),
});
