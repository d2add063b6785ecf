import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type Lang } from './errors.js';

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
      throw new AppError('VALIDATION_FAILED', { detail: `${path}: lồng nhau quá ${MAX_INPUT_DEPTH} cấp / nested deeper than ${MAX_INPUT_DEPTH} levels` });
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
  const what = err.code === 'FST_ERR_MAX_PARAM_LENGTH'
    ? 'một phần của địa chỉ quá dài / a part of the address is too long'
    : 'địa chỉ có ký tự mã hóa sai / the address has a malformed percent-encoding';
  const e = new AppError('VALIDATION_FAILED', { detail: `${req.url.split('?')[0].slice(0, 120)}: ${what}` });
  void reply.code(e.status).send(e.toJSON(requestLang(req)));
}

/**
 * Maps every error to the registry's wire shape: { error: { code, message, messages, details } },
 * and refuses, before validation, text that cannot be stored as it was sent.
 */
export const errorHandling = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', (req, _reply, done) => {
    let at: string | null;
    try {
      at = unstorableTextAt(req.params, 'params') ?? unstorableTextAt(req.query, 'querystring') ?? unstorableTextAt(req.body, 'body');
    } catch (e) {
      return done(e as Error);
    }
    if (at !== null) {
      return done(new AppError('VALIDATION_FAILED', { detail: `${at}: ký tự NUL hoặc Unicode hỏng / a NUL or a broken Unicode character` }));
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
    const e = new AppError('NOT_FOUND', { path: req.url.split('?')[0] });
    return reply.code(404).send(e.toJSON(requestLang(req)));
  });
});
