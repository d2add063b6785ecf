/**
 * Abuse of the portal's public endpoints and of the proxy setting: the client
 * address is the one the trusted proxy saw, and new visitor sessions and guest
 * ballots are limited per address and per network prefix.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { rows, type Database } from '../../platform/db.js';
import { createTestDatabase, engines, firstEngineRun } from '../../../test/db.js';
import { testActor } from '../../../test/actor.js';
import { signIn, type Signed } from '../../../test/auth.js';
import { loadPortalDemo } from '../demo/demo.portal.js';
import { GUEST_BALLOT_LIMIT, NEW_SESSION_LIMIT } from './portal.routes.js';

const browserUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
/** What nginx in front sends: whatever the client claimed, then the address nginx saw. */
const viaProxy = (claimed: string, seen: string) => ({
  remoteAddress: '127.0.0.1',
  headers: { 'x-forwarded-for': `${claimed}, ${seen}` },
});

describe.runIf(firstEngineRun)('the client address behind the proxy setting', () => {
  let database: Database;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await database?.close();
  });

  const ipOf = async (hops: number, req: { remoteAddress: string; headers?: Record<string, string> }) => {
    const app = await buildApp({ database, trustProxy: hops, only: 'portal' });
    apps.push(app);
    app.get('/test/ip', { config: { access: 'public' } }, async (r) => ({ ip: r.ip }));
    return (await app.inject({ method: 'GET', url: '/test/ip', ...req })).json().ip as string;
  };

  it('is the address the outermost trusted proxy saw, not the leftmost header value; with no trusted hop the header is ignored', async () => {
    expect(await ipOf(1, viaProxy('6.6.6.6', '1.2.3.4'))).toBe('1.2.3.4');
    expect(await ipOf(0, viaProxy('6.6.6.6', '1.2.3.4'))).toBe('127.0.0.1');
    expect(
      await ipOf(2, { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '6.6.6.6, 1.2.3.4, 10.0.0.2' } }),
    ).toBe('1.2.3.4');
    expect(await ipOf(1, { remoteAddress: '127.0.0.1' })).toBe('127.0.0.1');
  });
});

describe.each(engines)('abuse of the portal on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let editor: Signed;
  let article: number;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadPortalDemo(database.db, testActor);
    [{ id: article }] = await rows<{ id: number }>(
      database.db,
      sql`select min(id) as id from portal_articles where published_at <= now()`,
    );
    app = await buildApp({ database, trustProxy: 1 });
    editor = await signIn(app, database.db, 'admin');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const beacon = (claimed: string, seen: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/portal/views',
      ...viaProxy(claimed, seen),
      headers: { ...viaProxy(claimed, seen).headers, 'user-agent': browserUa, ...(cookie ? { cookie } : {}) },
      payload: { article },
    });
  const figures = async () => ({
    views: await app.portal!.counter.views(article),
    online: app.portal!.counter.online().total,
    visits: (await app.portal!.counter.stats()).visits,
  });

  it('throttles failed sign-ins by the address the proxy saw, whatever the client claims', async () => {
    const attempt = (i: number, seen: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        ...viaProxy(`6.6.${i >> 8}.${i & 255}`, seen),
        payload: { username: `nobody-${i}`, password: 'wrong password here' },
      });
    for (let i = 0; i < 20; i++) expect((await attempt(i, '198.51.100.7')).json().error.code).toBe('AUTH_INVALID');
    expect((await attempt(20, '198.51.100.7')).json().error.code).toBe('AUTH_THROTTLED');
    // another client is not held back by it
    expect((await attempt(21, '198.51.100.8')).json().error.code).toBe('AUTH_INVALID');
  });

  it('moves views and online now by at most the per-address limit under 300 cookie-less beacons from one address', async () => {
    const before = await figures();
    const answers = [];
    for (let i = 0; i < 300; i++) answers.push(await beacon(`6.6.6.${i % 250}`, '203.0.113.5'));
    // over the limit: answered with the figures, no cookie, nothing counted
    expect(answers.every((r) => r.statusCode === 200)).toBe(true);
    expect(answers.filter((r) => r.headers['set-cookie']).length).toBe(NEW_SESSION_LIMIT.perAddress);
    const after = await figures();
    expect(after.views - before.views).toBeLessThanOrEqual(NEW_SESSION_LIMIT.perAddress);
    expect(after.online - before.online).toBeLessThanOrEqual(NEW_SESSION_LIMIT.perAddress);
    expect(after.visits - before.visits).toBeLessThanOrEqual(NEW_SESSION_LIMIT.perAddress);
    expect(answers.at(-1)!.json().views).toBe(after.views);
    // a session it already has goes on being served as one (its view of this article was counted once)
    const cookie = String(answers[0].headers['set-cookie']).split(';')[0];
    expect((await beacon('6.6.6.6', '203.0.113.5', cookie)).headers['set-cookie']).toBeUndefined();
    expect((await figures()).views).toBe(after.views);
    // a made-up cookie is a new session like no cookie: still limited
    expect(
      (await beacon('6.6.6.6', '203.0.113.5', 'grassroots_visitor=made-up-session-id-000')).headers['set-cookie'],
    ).toBeUndefined();
    expect((await figures()).views).toBe(after.views);
    await app.portal!.counter.flush();
  });

  it('bounds a flood from many addresses of one /24 by the prefix limit, and keeps other /24s apart', async () => {
    const before = await figures();
    // the bucket refills as it is used: over a period T, at most burst × (1 + T / window) (rateLimit.ts)
    const bound = (since: number) =>
      Math.floor(NEW_SESSION_LIMIT.perPrefix * (1 + (Date.now() - since) / NEW_SESSION_LIMIT.windowMs));
    let since = Date.now();
    // 30 addresses of 198.18.7.0/24, 10 beacons each: each within its own limit, together over the prefix's
    for (let a = 1; a <= 30; a++) for (let i = 0; i < 10; i++) await beacon('6.6.6.6', `198.18.7.${a}`);
    const after = await figures();
    expect(after.views - before.views).toBeGreaterThanOrEqual(NEW_SESSION_LIMIT.perPrefix);
    expect(after.views - before.views).toBeLessThanOrEqual(bound(since));
    expect(after.online - before.online).toBe(after.views - before.views);
    // the next /24 counts from its own allowance
    const other = await beacon('6.6.6.6', '198.18.8.1');
    expect(other.headers['set-cookie']).toBeDefined();
    expect((await figures()).views).toBe(after.views + 1);
    // so does an IPv6 client, by its /64
    const v6 = (addr: string) =>
      app.inject({
        method: 'POST',
        url: '/api/portal/views',
        remoteAddress: addr,
        headers: { 'user-agent': browserUa },
        payload: { article },
      });
    let counted = 0;
    since = Date.now();
    for (let i = 0; i < 300; i++)
      if ((await v6(`2001:db8:1:2::${(i % 25).toString(16)}`)).headers['set-cookie']) counted++;
    // 25 addresses of one /64, 12 beacons each
    expect(counted).toBeGreaterThanOrEqual(NEW_SESSION_LIMIT.perPrefix);
    expect(counted).toBeLessThanOrEqual(bound(since));
    expect((await v6('2001:db8:1:3::1')).headers['set-cookie']).toBeDefined();
    await app.portal!.counter.flush();
  });

  it('limits guest ballots per address and per /24, whatever cookie and browser; accounts vote by the unique index', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/editorial/polls',
      headers: editor.headers,
      payload: {
        question: 'Câu hỏi thử giới hạn',
        multiple: false,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        options: ['A', 'B'],
      },
    });
    expect(created.statusCode).toBe(201);
    const poll = created.json() as { id: number; options: { id: number }[] };
    const option = poll.options[0].id;
    const ballot = (claimed: string, seen: string, ua: string, form = false) =>
      app.inject({
        method: 'POST',
        url: `/api/portal/polls/${poll.id}/vote`,
        ...viaProxy(claimed, seen),
        headers: {
          ...viaProxy(claimed, seen).headers,
          'user-agent': ua,
          'accept-language': 'en',
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        payload: form ? `option=${option}&back=/` : { option },
      });
    // one address: a new browser and no cookie each time, and a spoofed header
    const codes = [];
    for (let i = 0; i < 30; i++) codes.push((await ballot(`6.6.6.${i}`, '192.0.2.10', `browser ${i}`)).statusCode);
    expect(codes.filter((c) => c === 200).length).toBe(GUEST_BALLOT_LIMIT.perAddress);
    expect(codes.filter((c) => c === 429).length).toBe(30 - GUEST_BALLOT_LIMIT.perAddress);
    const refused = await ballot('6.6.6.6', '192.0.2.10', 'yet another');
    expect(refused.json().error.code).toBe('POLL_RATE_LIMITED');
    expect(refused.json().error.message).toContain('Too many guest ballots');
    const form = await ballot('6.6.6.6', '192.0.2.10', 'a form', true);
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe(`/?binh-chon=${poll.id}&kq=gioi-han#binh-chon`);
    expect((await app.inject({ method: 'GET', url: `/?binh-chon=${poll.id}&kq=gioi-han` })).body).toContain(
      'Có quá nhiều phiếu bình chọn',
    );
    const [{ n: counted }] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from portal_poll_ballots where poll_id = ${poll.id}`,
    );
    expect(counted).toBe(GUEST_BALLOT_LIMIT.perAddress);
    // a refused ballot costs nothing: the same guest again is POLL_ALREADY_VOTED, as often as it likes
    expect((await ballot('6.6.6.6', '192.0.5.1', 'same')).statusCode).toBe(200);
    for (let i = 0; i < 15; i++) expect((await ballot('6.6.6.6', '192.0.5.1', 'same')).statusCode).toBe(409);
    for (let i = 1; i < GUEST_BALLOT_LIMIT.perAddress; i++)
      expect((await ballot('6.6.6.6', '192.0.5.1', `new ${i}`)).statusCode).toBe(200);
    expect((await ballot('6.6.6.6', '192.0.5.1', 'one too many')).statusCode).toBe(429);
    // many addresses of one /24: the prefix's limit
    let fromPrefix = 0;
    for (let a = 1; a <= 20; a++)
      for (let i = 0; i < 5; i++)
        if ((await ballot('6.6.6.6', `192.0.3.${a}`, `b ${a} ${i}`)).statusCode === 200) fromPrefix++;
    expect(fromPrefix).toBe(GUEST_BALLOT_LIMIT.perPrefix);
    // another /24 votes freely; a signed-in account is not limited by address, once per account
    expect((await ballot('6.6.6.6', '192.0.4.1', 'elsewhere')).statusCode).toBe(200);
    const member = {
      ...viaProxy('6.6.6.6', '192.0.2.10'),
      headers: { ...viaProxy('6.6.6.6', '192.0.2.10').headers, ...editor.headers },
    };
    expect(
      (await app.inject({ method: 'POST', url: `/api/portal/polls/${poll.id}/vote`, ...member, payload: { option } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'POST', url: `/api/portal/polls/${poll.id}/vote`, ...member, payload: { option } }))
        .statusCode,
    ).toBe(409);
  });
});
