import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './access.js';
import { changePassword, isDemoDatabase, login, logout, type SessionAccount, type SessionPolicy } from './auth.service.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';

const accountResponse = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  scopeCode: z.string().nullable(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  demo: z.boolean(),
});

const credentials = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH * 4),
});

/**
 * Failed sign-ins per client address, in memory: a second line behind the
 * per-account lock, against guessing many user names from one place.
 */
class AddressThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly limit = 20, private readonly windowMs = 15 * 60_000) {}
  check(ip: string): void {
    const recent = this.recent(ip);
    if (recent.length >= this.limit) {
      throw new AppError('AUTH_THROTTLED', { minutes: Math.ceil((recent[0] + this.windowMs - Date.now()) / 60_000) });
    }
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

/** /api/auth: sign in, sign out, who am I, change my password. */
export const authRoutes: FastifyPluginAsyncZod<{ db: Db; policy?: SessionPolicy }> = async (app, { db, policy }) => {
  const throttle = new AddressThrottle();
  const view = async (a: SessionAccount) => ({
    username: a.username, displayName: a.displayName, role: a.role, scopeCode: a.scopeCode,
    mustChangePassword: a.mustChangePassword, csrfToken: a.csrfToken, demo: await isDemoDatabase(db),
  });

  app.post(
    '/login',
    {
      config: { access: 'public' },
      schema: { summary: 'Sign in; sets the session cookie', tags: ['auth'], body: credentials, response: { 200: accountResponse } },
    },
    async (req, reply) => {
      throttle.check(req.ip);
      try {
        const r = await login(db, req.body.username, req.body.password, { previousToken: req.cookies[SESSION_COOKIE], requestId: req.id, policy });
        setSessionCookie(req, reply, r.token);
        return view(r.account);
      } catch (e) {
        if (e instanceof AppError && (e.code === 'AUTH_INVALID' || e.code === 'AUTH_LOCKED')) throttle.fail(req.ip);
        throw e;
      }
    },
  );

  app.post(
    '/logout',
    { config: { access: 'signedIn' }, schema: { summary: 'Sign out; ends the session on the server', tags: ['auth'], response: { 204: z.null() } } },
    async (req, reply) => {
      await logout(db, req.signedIn(), req.id);
      clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    { config: { access: 'signedIn' }, schema: { summary: 'The signed-in account and its CSRF token', tags: ['auth'], response: { 200: accountResponse } } },
    async (req) => view(req.signedIn()),
  );

  app.post(
    '/password',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: 'Change one\'s own password; other sessions end',
        tags: ['auth'],
        body: z.object({ current: z.string().min(1).max(MAX_PASSWORD_LENGTH * 4), next: z.string().min(1).max(MAX_PASSWORD_LENGTH * 4) }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await changePassword(db, req.signedIn(), req.body.current, req.body.next, req.id, policy);
      return reply.code(204).send(null);
    },
  );
};
