import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type Lang } from './errors.js';

/** The language a request asks for: ?lang=en, else Accept-Language, else Vietnamese. */
export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'vi') return q;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'vi';
}

/** Maps every error to the registry's wire shape: { error: { code, message, messages, details } }. */
export const errorHandling = fp(async (app: FastifyInstance) => {
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
