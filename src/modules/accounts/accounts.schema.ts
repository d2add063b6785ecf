import { z } from 'zod';
import { roles } from '../../db/schema/index.js';

/** An account as administrators see it: never its password hash. */
export const accountView = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  scopeCode: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountView>;

export const newAccountBody = z.object({
  username: z.string().trim().min(1).max(64),
  displayName: z.string().trim().max(200).optional(),
  role: z.enum(roles),
  scopeCode: z.string().trim().max(20).nullable().optional(),
});
export type NewAccountBody = z.infer<typeof newAccountBody>;

/** A one-time password, shown once to the administrator who made it. */
export const oneTimePassword = z.object({ username: z.string(), password: z.string() });
