import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestDatabase, engines, firstEngineRun } from '../../test/db.js';
import type { Database } from './db.js';
import { MAX_INPUT_DEPTH, unstorableTextAt } from './http.js';

describe.runIf(firstEngineRun)('unstorableTextAt', () => {
  it('finds a NUL or a lone surrogate in a value or a key, and passes storable text', () => {
    expect(unstorableTextAt({ a: 'ok', b: ['x', 'y\u0000'] }, 'body')).toBe('body.b.1');
    expect(unstorableTextAt({ a: { 'k\ud800': 1 } }, 'body')).toBe('body.a');
    expect(unstorableTextAt({ a: 'tiếng Việt 😀', b: [1, null, true] }, 'body')).toBeNull();
  });

  it('walks any nesting without recursion, and refuses nesting over the limit', () => {
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) ok = [ok];
    expect(unstorableTextAt(ok, 'body')).toBeNull();
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(() => unstorableTextAt(deep, 'body')).toThrowError(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe.each(engines)('request bodies nested too deep (%s)', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    app = await buildApp({ database });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.each([
    ['an array', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['an object', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
  ])('answers JSON %s nested 100,000 deep with 400 VALIDATION_FAILED, not 500', async (_what, payload) => {
    for (const url of ['/api/auth/login', '/api/portal/polls/1/vote']) {
      const r = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
      expect({ url, status: r.statusCode, code: r.json().error.code }).toEqual({
        url,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(r.json().error.messages.en).toContain('nested deeper than');
    }
  });
});
