/**
 * The access layer every route goes through. Each /api/ route declares its
 * rule in `config.access`; a route without one fails at start-up, so none
 * slips through. A route outside /api/ may declare one too (/metrics), and is
 * then checked and listed alike. Sessions come from an httpOnly,
 * SameSite=Strict cookie; every state-changing request must echo the
 * session's CSRF token in the `x-csrf-token` header. With `config.loopback`,
 * a request from this machine needs no session (`fromLoopback` in
 * platform/http.ts).
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { timingSafeEqual } from 'node:crypto';
import type { AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { fromLoopback } from '../../platform/http.js';
import {
  actorOf,
  defaultSessionPolicy,
  resolveSession,
  type SessionAccount,
  type SessionPolicy,
} from './auth.service.js';
import { can, type Permission } from './scope.js';

/** `public`: anyone; `signedIn`: any account; a permission: the roles that hold it (scope.ts). */
export type Access = 'public' | 'signedIn' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Also answered, without a session, to a request from this machine (`fromLoopback` in platform/http.ts). */
    loopback?: boolean;
  }
  interface FastifyInstance {
    /** Every /api route, and every other route that declares an access rule, as registered: what the access tests walk. */
    apiRoutes: { method: string; url: string; access: Access }[];
    /** Every route's path, pages and documentation included. */
    routePaths: string[];
  }
  interface FastifyRequest {
    account: SessionAccount | null;
    /** The signed-in account, or AUTH_REQUIRED. */
    signedIn(): SessionAccount;
    actor(): AuditActor;
  }
}

export const SESSION_COOKIE = 'grassroots_session';

/**
 * What an account with a one-time password may still do (besides public
 * routes): see who it is, change the password, sign out. Everything else
 * answers PASSWORD_CHANGE_REQUIRED until the password is changed.
 */
export const oneTimePasswordRoutes: ReadonlySet<string> = new Set([
  'GET /api/auth/me',
  'POST /api/auth/password',
  'POST /api/auth/logout',
]);
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AccessOptions {
  db: Db;
  policy?: SessionPolicy;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sets the session cookie: httpOnly, SameSite=Strict, Secure when the request came over TLS. */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
  });
}

export const accessControl = fp(async (app: FastifyInstance, { db, policy = defaultSessionPolicy }: AccessOptions) => {
  await app.register(cookie);
  await app.register(helmet, {
    // The web app, the portal and the API documentation load only same-origin scripts, styles and fonts (helmet's
    // defaults for style-src and font-src would allow any https: origin; inline styles stay, the UI library sets them). No upgrade-insecure-requests:
    // on an internal network served over plain HTTP it would send the app's own files to an https:// that is not there.
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
  });

  app.decorate('apiRoutes', []);
  app.decorate('routePaths', []);
  app.addHook('onRoute', (route) => {
    app.routePaths.push(route.url);
    const access = route.config?.access;
    if (!route.url.startsWith('/api/') && !access) return;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
  });

  app.decorateRequest('account', null);
  app.decorateRequest('signedIn', function (this: FastifyRequest) {
    if (!this.account) throw new AppError('AUTH_REQUIRED');
    return this.account;
  });
  app.decorateRequest('actor', function (this: FastifyRequest) {
    return actorOf(this.signedIn(), this.id);
  });

  // Not an API route (a portal page, documentation, not-found): let it pass without a promise, which the portal's cached pages feel.
  app.addHook('onRequest', (req, _reply, done) => {
    const config = req.routeOptions.config;
    const access = config?.access;
    if (access === undefined) return done();
    checkAccess(req, access, config.loopback === true).then(() => done(), done);
  });
  async function checkAccess(req: FastifyRequest, access: Access, loopback: boolean): Promise<void> {
    const token = req.cookies[SESSION_COOKIE];
    let expired = false;
    if (token) {
      try {
        req.account = await resolveSession(db, token, policy);
      } catch (e) {
        if (!(e instanceof AppError && e.code === 'SESSION_EXPIRED')) throw e;
        expired = true;
      }
    }
    if (access === 'public' || (loopback && fromLoopback(req))) return;
    if (!req.account) throw new AppError(expired ? 'SESSION_EXPIRED' : 'AUTH_REQUIRED');
    if (!safeMethods.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, req.account.csrfToken)) throw new AppError('CSRF_INVALID');
    }
    if (req.account.mustChangePassword && !oneTimePasswordRoutes.has(`${req.method} ${req.routeOptions.url}`))
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access !== 'signedIn' && !can(req.account, access))
      throw new AppError('FORBIDDEN_ROLE', { role: req.account.role });
  }

  // Responses of the API carry personal data or depend on who asks: never stored by a browser or a proxy (ASVS 14.3.2).
  app.addHook('onSend', (req, reply, payload, done) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
});
