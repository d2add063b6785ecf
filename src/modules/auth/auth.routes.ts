import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roles } from '../../../common/permissions.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './access.js';
import {
  changePassword,
  isDemoDatabase,
  login,
  logout,
  SharedNameLocks,
  type SessionAccount,
  type SessionPolicy,
} from './auth.service.js';
import { addressFailures, recordAddressFailure } from './throttle.repository.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';

const accountResponse = z
  .object({
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    scopeCode: z.string().nullable().describe('The unit whose subtree the account sees; null: everything'),
    mustChangePassword: z
      .boolean()
      .describe("Signed in with a one-time password: choose one's own (POST /api/auth/password) first"),
    csrfToken: z.string().describe("The session's CSRF token, to send in the x-csrf-token header of every POST"),
    demo: z.boolean().describe('The database holds the demo province (its accounts share a published password)'),
  })
  .meta({ id: 'SignedInAccount', description: "The signed-in account, with its session's CSRF token" });

const password = z
  .string()
  .min(1)
  .max(MAX_PASSWORD_LENGTH * 4);
const credentials = z.object({
  username: z.string().min(1).max(64).describe('The user name, in any case'),
  password: password.describe('The password'),
});

const THROTTLE_LIMIT = 20;
const THROTTLE_WINDOW_MS = 15 * 60_000;
const throttled = (oldest: number) =>
  new AppError('AUTH_THROTTLED', { minutes: Math.ceil((oldest + THROTTLE_WINDOW_MS - Date.now()) / 60_000) });

interface Throttle {
  check(ip: string): void | Promise<void>;
  fail(ip: string): void | Promise<void>;
}

/**
 * Failed sign-ins per client address: a second line behind the per-account
 * lock, against guessing many user names from one place. In memory for a
 * process alone on its database; in the database (SharedThrottle) for
 * processes that share one.
 */
class AddressThrottle implements Throttle {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly limit = THROTTLE_LIMIT,
    private readonly windowMs = THROTTLE_WINDOW_MS,
  ) {}
  check(ip: string): void {
    const recent = this.recent(ip);
    if (recent.length >= this.limit) throw throttled(recent[0]);
  }
  fail(ip: string): void {
    const recent = this.recent(ip);
    recent.push(Date.now());
    this.failures.set(ip, recent);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value as string);
  }
  private recent(ip: string): number[] {
    return (this.failures.get(ip) ?? []).filter((t) => t > Date.now() - this.windowMs);
  }
}

class SharedThrottle implements Throttle {
  constructor(private readonly db: Db) {}
  async check(ip: string): Promise<void> {
    const { count, oldest } = await addressFailures(this.db, ip, THROTTLE_WINDOW_MS);
    if (count >= THROTTLE_LIMIT) throw throttled(oldest!);
  }
  fail(ip: string): Promise<void> {
    return recordAddressFailure(this.db, ip, THROTTLE_WINDOW_MS);
  }
}

/**
 * /api/auth: sign in, sign out, who am I, change my password. `shared`: other
 * processes serve the same database, so failed sign-ins are kept there.
 */
export const authRoutes: FastifyPluginAsyncZod<{ db: Db; policy?: SessionPolicy; shared?: boolean }> = async (
  app,
  { db, policy, shared = false },
) => {
  const throttle: Throttle = shared ? new SharedThrottle(db) : new AddressThrottle();
  const names = shared ? new SharedNameLocks(db) : undefined;
  const view = async (a: SessionAccount) => ({
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    scopeCode: a.scopeCode,
    mustChangePassword: a.mustChangePassword,
    csrfToken: a.csrfToken,
    demo: await isDemoDatabase(db),
  });

  app.post(
    '/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in; sets the session cookie',
        description:
          'A new session at every sign-in: the one the request came with, if any, ends. Five failures in a row lock the account for 15 minutes.',
        tags: ['auth'],
        body: credentials,
        response: { 200: accountResponse },
        errors: ['AUTH_INVALID', 'AUTH_LOCKED', 'AUTH_THROTTLED'],
      },
    },
    async (req, reply) => {
      await throttle.check(req.ip);
      try {
        const r = await login(db, req.body.username, req.body.password, {
          previousToken: req.cookies[SESSION_COOKIE],
          requestId: req.id,
          policy,
          names,
        });
        setSessionCookie(req, reply, r.token);
        return view(r.account);
      } catch (e) {
        if (e instanceof AppError && (e.code === 'AUTH_INVALID' || e.code === 'AUTH_LOCKED'))
          await throttle.fail(req.ip);
        throw e;
      }
    },
  );

  app.post(
    '/logout',
    {
      config: { access: 'signedIn' },
      schema: { summary: 'Sign out; ends the session on the server', tags: ['auth'], response: { 204: z.null() } },
    },
    async (req, reply) => {
      await logout(db, req.signedIn(), req.id);
      clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: 'The signed-in account and its CSRF token',
        tags: ['auth'],
        response: { 200: accountResponse },
      },
    },
    async (req) => view(req.signedIn()),
  );

  app.post(
    '/password',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: "Change one's own password; other sessions end",
        tags: ['auth'],
        body: z.object({
          current: password.describe('The password signed in with'),
          next: password.describe(
            'The new password: 12 to 128 characters, not a common one, not containing the user name',
          ),
        }),
        response: { 204: z.null() },
        errors: ['AUTH_PASSWORD_WRONG', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_COMMON'],
      },
    },
    async (req, reply) => {
      await changePassword(db, req.signedIn(), req.body.current, req.body.next, req.id, policy);
      return reply.code(204).send(null);
    },
  );
};
