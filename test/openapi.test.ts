/**
 * openapi.json is the API's contract: it must be what the code describes
 * (`npm run openapi` writes it, with the web app's types), and describe every
 * route fully: its success and error answers, its security, its parameters.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openapiFiles, openapiTexts } from '../scripts/openapi.js';
import { errorRegistry, type ErrorCode } from '../src/modules/errors.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: the test walks the OpenAPI document as loose JSON, checking shapes as it goes
type Json = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  op: Json;
}

let texts: Awaited<ReturnType<typeof openapiTexts>>;
let doc: Json;
let operations: Operation[];

beforeAll(async () => {
  texts = await openapiTexts();
  doc = JSON.parse(texts.document);
  operations = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
});

const name = (o: Operation) => `${o.method} ${o.path}`;
const codesOf = (answer: Json): string[] =>
  answer.content?.['application/json']?.schema?.allOf?.[1]?.properties?.error?.properties?.code?.enum ?? [];

describe('openapi.json', () => {
  it("is the one the code describes, and so are the web app's types", () => {
    for (const key of Object.keys(openapiFiles) as (keyof typeof openapiFiles)[]) {
      const committed = readFileSync(`${root}/${openapiFiles[key]}`, 'utf8');
      expect(committed === texts[key], `${openapiFiles[key]} is stale: run npm run openapi`).toBe(true);
    }
  });

  it('describes the JSON API, and only it', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.filter((o) => !o.path.startsWith('/api/')).map(name)).toEqual([]);
  });

  it('gives every route a summary, every answer a description, and every route a success answer', () => {
    const missing: string[] = [];
    for (const o of operations) {
      if (!o.op.summary) missing.push(`${name(o)}: no summary`);
      const statuses = Object.keys(o.op.responses);
      if (!statuses.some((s) => /^[23]/.test(s))) missing.push(`${name(o)}: no success answer`);
      for (const [status, answer] of Object.entries(o.op.responses as Json)) {
        if (!answer.description || answer.description === 'Default Response')
          missing.push(`${name(o)} ${status}: no description`);
        if (/^2/.test(status) && status !== '204' && !answer.content) missing.push(`${name(o)} ${status}: no schema`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('answers each error status with the error schema and the codes of that status', () => {
    const wrong: string[] = [];
    for (const o of operations) {
      for (const [status, answer] of Object.entries(o.op.responses as Json)) {
        if (Number(status) < 400) continue;
        const schema = answer.content?.['application/json']?.schema ?? {};
        const codes = codesOf(answer);
        // an import's refusal carries its summary beside the error: its schema is its own
        const isError =
          schema.allOf?.[0]?.$ref === '#/components/schemas/Error' || JSON.stringify(schema).includes('"error"');
        if (!isError) wrong.push(`${name(o)} ${status}: not the error schema`);
        const listed = codes.length > 0 ? codes : (answer.description.split(': ')[1] ?? '').split(', ');
        if (listed.filter(Boolean).length === 0) wrong.push(`${name(o)} ${status}: no code listed`);
        for (const code of listed) {
          if (!(code in errorRegistry)) wrong.push(`${name(o)} ${status}: unknown code ${code}`);
          else if (String(errorRegistry[code as ErrorCode].status) !== status)
            wrong.push(`${name(o)} ${status}: ${code} is ${errorRegistry[code as ErrorCode].status}`);
          if (!answer.description.includes(code)) wrong.push(`${name(o)} ${status}: ${code} not in the description`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message', 'messages']);
  });

  it('asks the session of every route but public ones, and the CSRF header on a POST; each answers 401, and 403 where it can', () => {
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['session', 'csrf']);
    expect(doc.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'grassroots_session',
    });
    expect(doc.components.securitySchemes.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-csrf-token' });
    const isPublic = (o: Operation) =>
      o.path === '/api/health' ||
      o.path === '/api/ready' ||
      o.path === '/api/auth/login' ||
      o.path.startsWith('/api/portal/');
    const wrong: string[] = [];
    for (const o of operations) {
      const r = o.op.responses;
      if (isPublic(o)) {
        if (o.op.security) wrong.push(`${name(o)}: public, yet asks a session`);
        const access = [...codesOf(r['401'] ?? {}), ...codesOf(r['403'] ?? {})].filter((c) => c !== 'AUTH_INVALID');
        if (access.length > 0) wrong.push(`${name(o)}: public, yet answers ${access.join(', ')}`);
        continue;
      }
      const expected = o.method === 'GET' ? [{ session: [] }] : [{ session: [], csrf: [] }];
      if (JSON.stringify(o.op.security) !== JSON.stringify(expected))
        wrong.push(`${name(o)}: security ${JSON.stringify(o.op.security)}`);
      if (!codesOf(r['401'] ?? {}).includes('AUTH_REQUIRED')) wrong.push(`${name(o)}: no 401 AUTH_REQUIRED`);
      if (o.method === 'POST' && !codesOf(r['403'] ?? {}).includes('CSRF_INVALID'))
        wrong.push(`${name(o)}: no 403 CSRF_INVALID`);
      // only routes open to every signed-in account (who am I, the template) answer no FORBIDDEN_ROLE
      const anyAccount = ['/api/auth/me', '/api/auth/logout', '/api/auth/password', '/api/imports/template'].includes(
        o.path,
      );
      if (!anyAccount && !codesOf(r['403'] ?? {}).includes('FORBIDDEN_ROLE'))
        wrong.push(`${name(o)}: no 403 FORBIDDEN_ROLE`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 on every route with a path parameter, and 400 on every route that takes input', () => {
    const wrong: string[] = [];
    for (const o of operations) {
      const takesInput = (o.op.parameters ?? []).length > 0 || o.op.requestBody || o.method === 'POST';
      if (takesInput && !codesOf(o.op.responses['400'] ?? {}).includes('VALIDATION_FAILED'))
        wrong.push(`${name(o)}: no 400`);
      if (o.path.includes('{') && !o.op.responses['404']) wrong.push(`${name(o)}: no 404`);
    }
    expect(wrong).toEqual([]);
  });

  it('describes every parameter and every field of a request body', () => {
    const missing: string[] = [];
    for (const o of operations) {
      for (const p of o.op.parameters ?? []) if (!p.description) missing.push(`${name(o)}: ${p.in} ${p.name}`);
      const body = o.op.requestBody?.content?.['application/json']?.schema;
      // a body of several shapes (the admission steps) has its fields in each
      for (const shape of body ? (body.oneOf ?? body.anyOf ?? [body]) : []) {
        for (const [field, s] of Object.entries((shape.properties ?? {}) as Json)) {
          if (!s.description && !(field === 'step' && s.enum)) missing.push(`${name(o)}: body ${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
