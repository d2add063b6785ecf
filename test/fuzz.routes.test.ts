/**
 * Every route of the app, fuzzed: path parameters, query strings, bodies,
 * content types and session headers, as a signed-in administrator (so bodies
 * reach the handlers) and anonymously. No answer is a 500; every error answer
 * carries a registered code with its status and a message in Vietnamese and
 * English; a refused request leaves the database as it was. The routes come
 * from the app itself (fuzz-requests.ts), so a new route is fuzzed, or the
 * coverage test says why it cannot be.
 */
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.js';
import { defaultSessionPolicy } from '../src/modules/auth/auth.service.js';
import { openDatabase, type Database } from '../src/platform/db.js';
import { loginAs, signIn, TEST_PASSWORD, type Signed } from './auth.js';
import { engines, firstEngineRun } from './db.js';
import { describeRequest, injection, planRoutes, type Plan } from './fuzz-requests.js';
import { ChangeWatch, exampleDatabase, expectRegisteredError, fuzzSeed } from './fuzz-support.js';

const adminRuns = 200;
const anonymousRuns = 100;

/** The app's routes, read from an app over a throwaway database: the same routes on every engine. */
async function withBareApp<T>(
  f: (app: FastifyInstance) => Promise<T> | T,
  extend?: (app: FastifyInstance) => void,
): Promise<T> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const app = await buildApp({ database });
  try {
    extend?.(app);
    await app.ready();
    return await f(app);
  } finally {
    await app.close();
    await database.close();
  }
}

const plans = await withBareApp(planRoutes);
const apiPlans = plans.filter((p) => p.access !== null && !p.error).map((p) => [p.key, p] as const);
const otherPlans = plans.filter((p) => p.access === null && !p.error);

describe.runIf(firstEngineRun)('the route fuzzer', () => {
  it('covers every route of the app', () => {
    // the OpenAPI description holds /api/ only: /metrics (text for Prometheus, no input) is outside it
    expect(plans.filter((p) => p.error && p.key !== 'GET /metrics').map((p) => p.error)).toEqual([]);
    expect(plans.map((p) => p.key)).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'GET /api/units/tree',
        'GET /api/villages/:code',
        'GET /api/people/:code',
        'POST /api/people',
        'GET /api/indicators',
        'GET /api/indicators/villages',
        'GET /docs/*',
      ]),
    );
    expect(
      plans
        .filter((p) => p.access === 'public')
        .map((p) => p.key)
        .sort(),
    ).toEqual([
      'GET /api/health',
      'GET /api/portal/stats',
      'GET /api/ready',
      'POST /api/auth/login',
      'POST /api/portal/polls/:id/vote',
      'POST /api/portal/views',
    ]);
  });

  it('fuzzes a new described route on its own, and reports one it cannot read', async () => {
    const extra = await withBareApp(planRoutes, (app) => {
      const ok = async () => ({});
      app.post(
        '/api/new-thing',
        { config: { access: 'signedIn' }, schema: { body: z.object({ name: z.string().max(9) }) } },
        ok,
      );
      app.get('/api/hidden', { config: { access: 'signedIn' }, schema: { hide: true } }, ok);
      app.put(
        '/api/odd',
        { config: { access: 'signedIn' }, schema: { body: z.object({ n: z.number().multipleOf(2) }) } },
        ok,
      );
    });
    const byKey = (k: string) => extra.find((p) => p.key === k);
    expect(byKey('POST /api/new-thing')?.error).toBeUndefined();
    const bodies = fc
      .sample(byKey('POST /api/new-thing')!.requests({ routable: false }), { seed: fuzzSeed, numRuns: 100 })
      .map((f) => f.body.payload ?? '');
    expect(bodies.some((b) => b.includes('"name"'))).toBe(true);
    expect(byKey('GET /api/hidden')?.error).toMatch(/not in the OpenAPI description/);
    expect(byKey('PUT /api/odd')?.error).toMatch(/multipleOf/);
  });
});

describe.each(engines)('fuzzing every route on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Signed;
  let watch: ChangeWatch;

  beforeAll(async () => {
    database = await exampleDatabase(engine);
    // FUZZ_LOG=1 logs what the server logs of a 500: its stack
    // no lock: the fuzzer's wrong current passwords would lock its own administrator (locks are tested in src/modules/auth)
    const sessionPolicy = { ...defaultSessionPolicy, lockAfter: 1_000_000_000 };
    app = await buildApp({ database, logger: process.env.FUZZ_LOG ? { level: 'error' } : false, sessionPolicy });
    admin = await signIn(app, database.db);
    watch = new ChangeWatch(database.db);
    await watch.reset();
  });
  // FUZZ_STATS=1 prints what each route answered, to see how far the fuzzed requests get.
  const stats = new Map<string, Map<string, number>>();
  afterAll(async () => {
    await app?.close();
    await database?.close();
    if (!process.env.FUZZ_STATS) return;
    for (const [k, m] of stats)
      console.log(
        `${engine} ${k}: ${[...m]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c}×${n}`)
          .join(' ')}`,
      );
  });

  /** No 500; an error answer is registered; a refused request changed nothing; a success becomes the new baseline. */
  async function check(plan: Plan, req: InjectOptions, res: LightMyRequestResponse, who: string): Promise<void> {
    const context = `${who} ${describeRequest(req)} -> ${res.statusCode}`;
    expect(res.statusCode, `${context} ${res.body.slice(0, 500)}`).toBeLessThan(500);
    // the portal's pages answer a person, not a program: a missing page is the portal's own 404 page, at any address
    // outside the API, the admin app, the documentation and /metrics (wantsPage, platform/http.ts), whatever route the request was made for
    const path = String(req.url ?? '').split('?')[0];
    const portalPage =
      plan.access === null &&
      !/^\/(?:(?:api|admin|metrics)(?:\/|$)|docs)/.test(path) &&
      String(res.headers['content-type']).startsWith('text/html');
    if (portalPage && res.statusCode >= 400) {
      expect(res.statusCode, context).toBe(404);
      expect(res.body, context).toContain('Không tìm thấy trang');
    }
    const code =
      res.statusCode >= 400
        ? portalPage
          ? 'PAGE_NOT_FOUND'
          : expectRegisteredError(res.statusCode, res.body, context)
        : String(res.statusCode);
    const seen = stats.get(`${plan.key} (${who})`) ?? new Map<string, number>();
    stats.set(`${plan.key} (${who})`, seen.set(code, (seen.get(code) ?? 0) + 1));
    if (res.statusCode >= 300 && res.statusCode < 400) {
      expect(plan.access, `${context}: a redirect from the API`).toBeNull();
      expect(res.headers.location, context).toBeTruthy();
    }
    const changed = await watch.changed();
    if (res.statusCode >= 300) expect(changed, `${context}: a refused request changed these tables`).toEqual([]);
  }

  it('fuzzes the API routes this app serves', () => {
    const apiKeys = (list: Plan[]) =>
      list
        .filter((p) => p.access !== null)
        .map((p) => p.key)
        .sort();
    expect(apiKeys(planRoutes(app))).toEqual(apiKeys(plans));
  });

  // What the fuzzer found: each answered 500 (a NUL reached PostgreSQL) or bypassed the error registry.
  it.each([
    ['GET', '/api/villages/%00', undefined],
    ['GET', '/api/people/a%00b', undefined],
    ['GET', '/api/indicators?scope=%00&at=2013-01-01', undefined],
    ['GET', '/api/units/tree?scope=P%00', undefined],
    ['POST', '/api/people', { code: 'Z1', fullName: 'Tên\u0000lỗi' }],
    ['POST', '/api/people', { code: 'Z2', fullName: 'Tên\ud800lỗi' }],
    ['POST', '/api/auth/login', { username: 'admin\u0000', password: 'x' }],
  ])(
    'refuses %s %s with a NUL or a lone surrogate: VALIDATION_FAILED, nothing stored',
    async (method, url, payload) => {
      const res = await app.inject({
        method: method as 'GET',
        url,
        payload,
        headers: admin.headers,
        remoteAddress: '10.0.0.9',
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.messages.en).toMatch(/NUL or a broken Unicode character/);
      expect(await watch.changed()).toEqual([]);
    },
  );

  it.each([['/api/villages/%FF'], ['/api/villages/%'], ['/api/people/%ED%A0%80'], [`/api/people/${'x'.repeat(150)}`]])(
    'answers %s, which the router cannot take, with a registered error',
    async (url) => {
      const res = await app.inject({ method: 'GET', url, headers: { ...admin.headers, 'accept-language': 'en' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/malformed percent-encoding|too long/),
      });
    },
  );

  it.each(apiPlans)(
    '%s, as an administrator: no 500, registered errors, nothing written when refused',
    async (_key, plan) => {
      await fc.assert(
        fc.asyncProperty(plan.requests({ routable: false }), async (f) => {
          const req = injection(plan, f, admin.headers);
          const res = await app.inject(req);
          await check(plan, req, res, 'administrator');
          if (plan.key === 'POST /api/auth/logout' && res.statusCode < 300) {
            // the fuzzer signed itself out: sign in again to keep reaching the handlers
            admin = await loginAs(app, admin.username, TEST_PASSWORD);
            await watch.reset();
          }
        }),
        { seed: fuzzSeed, numRuns: adminRuns },
      );
    },
  );

  it.each(apiPlans)('%s, anonymously: 401 unless public, never 500', async (_key, plan) => {
    await fc.assert(
      fc.asyncProperty(plan.requests({ routable: true }), async (f) => {
        const req = injection(plan, f, null);
        const res = await app.inject(req);
        await check(plan, req, res, 'anonymous');
        if (plan.access !== 'public') {
          expect(res.statusCode, describeRequest(req)).toBe(401);
          expect(['AUTH_REQUIRED', 'SESSION_EXPIRED']).toContain(res.json().error.code);
        }
      }),
      { seed: fuzzSeed, numRuns: anonymousRuns },
    );
  });

  it('pages and documentation: no 500, registered errors', async () => {
    const requests = fc
      .constantFrom(...otherPlans)
      .chain((plan) =>
        plan
          .requests({ routable: false })
          .map((f) => ({ plan, f, [fc.toStringMethod]: () => `${plan.key} ${fc.stringify(f)}` })),
      );
    await fc.assert(
      fc.asyncProperty(requests, async ({ plan, f }) => {
        const req = injection(plan, f, null);
        await check(plan, req, await app.inject(req), 'anyone');
      }),
      { seed: fuzzSeed, numRuns: 300 },
    );
  });
});
