/**
 * The OpenAPI description of the JSON API: the contract that openapi.json
 * holds (`npm run openapi` writes it, a test keeps it current) and the web
 * app's types are generated from. A route declares its schemas, its summary,
 * its access rule (`config.access`) and the error codes its own work can
 * answer (`schema.errors`); what follows from those is derived here, once:
 *
 * - its security: the session cookie, and on a POST the CSRF header, unless it is public;
 * - the errors every route of its kind can answer: VALIDATION_FAILED when it
 *   takes input, AUTH_REQUIRED and SESSION_EXPIRED unless it is public,
 *   CSRF_INVALID on a POST, FORBIDDEN_ROLE when it needs a permission, and INTERNAL;
 * - one answer per error status, with the one error schema (`Error`) and the
 *   codes it can carry, as an enum and in its description;
 * - a description of each success answer: its schema's, else the route's summary;
 *   a route that produces files answers them as binary, one that takes an upload takes its file.
 *
 * Only /api/ is described: the portal's pages and the web app's files are not part of the API.
 */
import type { FastifyDynamicSwaggerOptions, SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Access } from './modules/auth/access.js';
import { SESSION_COOKIE } from './modules/auth/access.js';
import { apiError, errorRegistry, type ErrorCode } from './modules/errors.js';

declare module 'fastify' {
  interface FastifySchema {
    /**
     * The error codes the route's own work can answer (its handler and the
     * services it calls), beside those every route of its kind can (openapi.ts).
     */
    errors?: readonly ErrorCode[];
  }
}

/** The session cookie and the CSRF header, as the access layer (modules/auth/access.ts) checks them. */
export const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The session, set by POST /api/auth/login (httpOnly, SameSite=Strict); ended by sign-out, 30 minutes idle or 12 hours',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      "The session's CSRF token, answered by POST /api/auth/login and GET /api/auth/me; required on every POST",
  },
} as const;

const safeMethods = new Set(['GET', 'HEAD']);

/** The security a route needs: none when public; the session; on a POST the CSRF header too. */
export function securityOf(
  method: string,
  access: Access,
): { [scheme in keyof typeof securitySchemes]?: [] }[] | undefined {
  if (access === 'public') return undefined;
  return safeMethods.has(method) ? [{ session: [] }] : [{ session: [], csrf: [] }];
}

/** The error codes any route of this kind can answer, whatever its own work does. */
export function routeKindErrors(method: string, access: Access, takesInput: boolean): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (takesInput) codes.push('VALIDATION_FAILED');
  if (access !== 'public') {
    codes.push('AUTH_REQUIRED', 'SESSION_EXPIRED');
    if (!safeMethods.has(method)) codes.push('CSRF_INVALID');
    if (access !== 'signedIn') codes.push('FORBIDDEN_ROLE');
  }
  codes.push('INTERNAL');
  return codes;
}

const statusTitles: Record<number, string> = {
  400: 'Refused input',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'In conflict with the register',
  413: 'Too large',
  415: 'Unsupported file type',
  422: 'Refused by the rules',
  429: 'Too many attempts',
  500: 'Internal error',
  502: 'Bad gateway',
  503: 'Unavailable',
};

type Json = Record<string, unknown>;
const errorRef = { $ref: `#/components/schemas/${z.globalRegistry.get(apiError)!.id}` };

/** The answer of one error status: the error schema with its codes narrowed, and the codes in its description. */
function errorAnswer(status: number, codes: ErrorCode[], schema: Json = { allOf: [errorRef, narrowed(codes)] }): Json {
  return {
    description: `${statusTitles[status] ?? `HTTP ${status}`}: ${codes.join(', ')}`,
    content: { 'application/json': { schema } },
  };
}

function narrowed(codes: ErrorCode[]): Json {
  return {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: codes } } },
    },
  };
}

const isNullSchema = (s: Json) =>
  s.type === 'null' || (s.nullable === true && Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null);

/** The description of a success answer: its schema's, else the route's summary. */
function successDescription(zodSchema: unknown, summary: string | undefined): string {
  const own = zodSchema instanceof z.ZodType ? zodSchema.description : undefined;
  return own ?? summary ?? 'Success';
}

/** The route's documentation, from its schemas, access rule and declared errors (see the top of this file). */
export const openapiTransform: SwaggerTransform = (input) => {
  const { route, url } = input;
  if (!url.startsWith('/api/')) return { schema: { hide: true }, url };
  const { schema: transformed } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const given = (input.schema ?? {}) as FastifySchema;
  const method = [route.method].flat()[0];
  const access = (route.config as { access?: Access } | undefined)?.access ?? 'public';
  const { errors: declared = [], ...schema } = transformed as FastifySchema & { response?: Record<string, Json> };

  const responses: Record<string, Json> = {};
  for (const [status, json] of Object.entries(schema.response ?? {})) {
    const code = Number(status);
    if (code >= 400) continue;
    const description = successDescription(
      (given.response as Record<string, unknown> | undefined)?.[status],
      given.summary,
    );
    responses[status] = isNullSchema(json)
      ? { type: 'null', description }
      : { description, content: { 'application/json': { schema: json } } };
  }
  const files = (given.produces ?? []).filter((type) => !type.includes('json'));
  if (files.length > 0 && !responses['200']) {
    responses['200'] = {
      description: given.summary ?? 'The file',
      headers: { 'content-disposition': { type: 'string', description: 'attachment, with the file name' } },
      content: Object.fromEntries(files.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    };
  }

  // an upload is read by the handler (@fastify/multipart), not validated: its body is documented here
  const upload = (given.consumes ?? []).some((type) => type.startsWith('multipart/')) && !given.body;
  const body = upload
    ? {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'The file: one, in a field of any name' },
        },
      }
    : schema.body;

  const takesInput = !!(given.params || given.querystring || given.body) || !safeMethods.has(method);
  const codes = [...new Set([...routeKindErrors(method, access, takesInput), ...declared])];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const c of codes) byStatus.set(errorRegistry[c].status, [...(byStatus.get(errorRegistry[c].status) ?? []), c]);
  // a route that answers an error with more than the error (an import's summary) keeps its own schema
  const own = Object.keys(schema.response ?? {})
    .map(Number)
    .filter((s) => s >= 400);
  for (const status of [...new Set([...byStatus.keys(), ...own])].sort((a, b) => a - b)) {
    const list = byStatus.get(status) ?? [];
    responses[status] = errorAnswer(status, list, schema.response?.[status]);
  }

  const security = securityOf(method, access);
  return {
    schema: {
      ...schema,
      ...(body ? { body } : {}),
      response: responses,
      ...(security ? { security } : {}),
    } as FastifySchema,
    // '/api/accounts/' (a prefix's root) is called as '/api/accounts'
    url: url.length > 1 ? url.replace(/\/$/, '') : url,
  };
};

/** Every `$ref` target under a value. */
function refsIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') into.add(v.replace('#/components/schemas/', ''));
      else refsIn(v, into);
    }
  }
  return into;
}

/**
 * The named schemas (zod's registry, with `meta({ id })`) that the paths use,
 * sorted by name: the registry holds an input and an output form of each, and
 * schemas no route of this process uses.
 */
export const openapiTransformObject: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as Json & {
    paths: Json;
    components: { schemas: Record<string, unknown> };
  };
  const all = doc.components.schemas;
  const used = refsIn(doc.paths, new Set());
  for (const pending = [...used]; pending.length > 0; ) {
    for (const name of refsIn(all[pending.pop()!], new Set())) {
      if (!used.has(name)) {
        pending.push(name);
        used.add(name);
      }
    }
  }
  const schemas = Object.fromEntries(
    [...used]
      .filter((n) => n in all)
      .sort()
      .map((n) => [n, all[n]]),
  );
  return { ...doc, components: { ...doc.components, schemas } } as ReturnType<SwaggerTransformObject>;
};

/** The options of @fastify/swagger: the document's head, the security schemes, and the transforms above. */
export const openapiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    info: {
      title: 'grassroots API',
      description:
        'Register and indicators of party building at the grassroots. Every error answers `{ "error": { "code", "message", "messages": { "vi", "en" }, "details"? } }` ' +
        'with a stable code of docs/errors.md; `?lang=en` or `Accept-Language: en` for English messages.',
      version: '0.1.0',
    },
    components: { securitySchemes },
  },
  transform: openapiTransform,
  transformObject: openapiTransformObject,
};
