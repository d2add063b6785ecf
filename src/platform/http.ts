import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type Lang } from './errors.js';

/** `?lang=`, which routes that answer text in a language take (requestLang reads it). */
export const langQuery = z
  .enum(['vi', 'en'])
  .optional()
  .describe('Language of the messages: vi (the default) or en; Accept-Language: en does the same');

/** An address of this machine: 127.0.0.0/8, ::1, or 127.x.y.z mapped into IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.toLowerCase().startsWith('::ffff:127.');
}

/**
 * Whether a request comes from this machine. Both the connection's address
 * and the client address Fastify derives (`req.ip`, which follows
 * X-Forwarded-For for GRASSROOTS_TRUST_PROXY hops) must be loopback:
 * - behind a proxy on the same machine every connection comes from 127.0.0.1,
 *   so the socket alone would let in everybody the proxy serves; `req.ip` is
 *   the client the proxy saw, loopback only for a client on this machine;
 * - with hops trusted, a client connecting directly could claim
 *   `X-Forwarded-For: 127.0.0.1` and make `req.ip` loopback; the socket's
 *   address is its own.
 */
export function fromLoopback(req: FastifyRequest): boolean {
  return isLoopback(req.socket.remoteAddress) && isLoopback(req.ip);
}

/** The language a request asks for: ?lang=en, else Accept-Language, else Vietnamese. */
export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'vi') return q;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'vi';
}

// NUL, which PostgreSQL cannot store in text, and a lone surrogate, which is not Unicode (it would be stored as U+FFFD).
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** How deeply a request's parsed body, query or params may nest; this API's own bodies nest a few levels at most. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Where in a parsed request part (params, query, body) a string or key holds
 * unstorable text, or null; walked without recursion, so that no nesting can
 * exhaust the stack. Nesting deeper than MAX_INPUT_DEPTH is refused itself
 * (VALIDATION_FAILED): a JSON body nested 100,000 deep is a 400, not a 500.
 */
export function unstorableTextAt(value: unknown, path: string): string | null {
  const stack: { v: unknown; at: string; depth: number }[] = [{ v: value, at: path, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { v, at, depth } = item;
    if (typeof v === 'string') {
      if (unstorable.test(v)) return at;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      throw new AppError('VALIDATION_FAILED', {
        detail: `${path}: lồng nhau quá ${MAX_INPUT_DEPTH} cấp / nested deeper than ${MAX_INPUT_DEPTH} levels`,
      });
    }
    const entries = Object.entries(v);
    // pushed in reverse, each key above its value: looked at in the order of the input
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i];
      stack.push({ v: child, at: `${at}.${k}`, depth: depth + 1 });
      // a key is text too: one that cannot be stored is reported at its object
      stack.push({ v: k, at, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The router's own errors, raised before any route or hook runs: an address
 * whose percent-encoding does not decode, a path parameter over the router's
 * length limit. Passed to Fastify as `frameworkErrors`.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const what =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'một phần của địa chỉ quá dài / a part of the address is too long'
      : 'địa chỉ có ký tự mã hóa sai / the address has a malformed percent-encoding';
  const e = new AppError('VALIDATION_FAILED', { detail: `${req.url.split('?')[0].slice(0, 120)}: ${what}` });
  void reply.code(e.status).send(e.toJSON(requestLang(req)));
}

/**
 * Who answers, as an HTML page, a GET or HEAD the router does not know outside
 * the API, the admin app, the documentation and /metrics: the portal sets its
 * 404 page here when the process serves it. Unset (an admin-only process),
 * every unknown address gets the API's JSON 404.
 */
export interface NotFoundPage {
  handler: ((req: FastifyRequest, reply: FastifyReply) => unknown) | null;
}

/** Addresses whose unknown paths always answer the API's JSON 404. */
const apiSide = /^\/(?:(?:api|admin|metrics)(?:\/|$)|docs)/;

/** Whether a request the router does not know is for a page (a GET or HEAD outside the API's side). */
export const wantsPage = (req: FastifyRequest) =>
  (req.method === 'GET' || req.method === 'HEAD') && !apiSide.test(req.url.split('?')[0]);

/**
 * Maps every error to the registry's wire shape: { error: { code, message, messages, details } },
 * and refuses, before validation, text that cannot be stored as it was sent.
 */
export const errorHandling = fp(
  async (app: FastifyInstance, { notFoundPage }: { notFoundPage?: NotFoundPage } = {}) => {
    app.addHook('preValidation', (req, _reply, done) => {
      let at: string | null;
      try {
        at =
          unstorableTextAt(req.params, 'params') ??
          unstorableTextAt(req.query, 'querystring') ??
          unstorableTextAt(req.body, 'body');
      } catch (e) {
        return done(e as Error);
      }
      if (at !== null) {
        return done(
          new AppError('VALIDATION_FAILED', {
            detail: `${at}: ký tự NUL hoặc Unicode hỏng / a NUL or a broken Unicode character`,
          }),
        );
      }
      done();
    });
    app.setErrorHandler((err: FastifyError, req, reply) => {
      const lang = requestLang(req);
      let appError: AppError;
      if (err instanceof AppError) appError = err;
      else if (hasZodFastifySchemaValidationErrors(err)) {
        const detail = err.validation
          .map((v) => `${v.instancePath.replace(/^\//, '') || err.validationContext}: ${v.message}`)
          .join('; ');
        appError = new AppError('VALIDATION_FAILED', { detail }, err.validation);
      } else if (err.statusCode && err.statusCode < 500) {
        appError = new AppError('VALIDATION_FAILED', { detail: err.message });
      } else {
        req.log.error(err);
        appError = new AppError('INTERNAL', { requestId: req.id });
      }
      return reply.code(appError.status).send(appError.toJSON(lang));
    });
    app.setNotFoundHandler((req, reply) => {
      if (notFoundPage?.handler && wantsPage(req)) return notFoundPage.handler(req, reply);
      const e = new AppError('NOT_FOUND', { path: req.url.split('?')[0] });
      return reply.code(404).send(e.toJSON(requestLang(req)));
    });
  },
);
