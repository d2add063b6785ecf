import { testActor } from './actor.js';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { exampleComparison, exampleRegister, exampleSnapshots } from './support/indicators/example.register.js';
import type { Database } from '../src/platform/db.js';
import { signIn, type Signed } from './auth.js';
import { createTestDatabase, engines } from './db.js';

describe.each(engines)('the HTTP API on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Signed;
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const r = await app.inject({ method: 'GET', url, headers: { ...admin.headers, ...headers } });
    return { status: r.statusCode, body: r.json() };
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const summary = await importRegister(database.db, exampleRegister(), { actor: testActor });
    expect(summary.errors).toEqual([]);
    app = await buildApp({ database });
    admin = await signIn(app, database.db);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers health', async () => {
    expect(await get('/api/health')).toEqual({ status: 200, body: { status: 'ok', engine } });
  });

  it.each(exampleSnapshots)('gives the figures of $scope at $at ($why)', async ({ scope, at, expected }) => {
    const { status, body } = await get(`/api/indicators?scope=${scope}&at=${at}`);
    expect(status).toBe(200);
    const { ratio, ...figures } = expected;
    expect(body).toMatchObject({ scope: { code: scope }, at, ...figures });
    expect(body.nonPartyHeadRatio.text).toBe(ratio);
  });

  it('compresses answers over 1 KB for a client that accepts it, and leaves small ones as they are', async () => {
    const plain = await app.inject({ url: '/api/rules', headers: admin.headers });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    for (const encoding of ['br', 'gzip'] as const) {
      const r = await app.inject({ url: '/api/rules', headers: { ...admin.headers, 'accept-encoding': encoding } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers.vary).toMatch(/accept-encoding/i);
      expect(r.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      const body = encoding === 'br' ? brotliDecompressSync(r.rawPayload) : gunzipSync(r.rawPayload);
      expect(JSON.parse(body.toString())).toEqual(plain.json());
    }
    const small = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('refuses a compressed request body rather than inflating it', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ username: 'x', password: 'y'.repeat(20) })),
    });
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
  });

  it('reads dates written dd/mm/yyyy', async () => {
    const { status, body } = await get('/api/indicators?scope=P&at=01/01/2013');
    expect(status).toBe(200);
    expect(body.at).toBe('2013-01-01');
  });

  it('compares two dates with flows', async () => {
    const { scope, from, to, changes } = exampleComparison;
    const { status, body } = await get(`/api/indicators?scope=${scope}&from=${from}&to=${to}`);
    expect(status).toBe(200);
    expect(body.changes).toEqual(changes);
    expect(body.from.at).toBe(from);
    expect(body.to.at).toBe(to);
  });

  it('lists the villages behind a number and behind a flow', async () => {
    const at = await get('/api/indicators/villages?scope=P&at=2013-06-01&category=nonPartyHead');
    expect(at.status).toBe(200);
    expect(at.body.villages.map((v: { code: string }) => v.code)).toEqual(['VB', 'VC']);
    const flow = await get('/api/indicators/villages?scope=X1&from=2013-06-01&to=2016-01-01&category=weak&flow=new');
    expect(flow.status).toBe(200);
    expect(flow.body.villages.map((v: { code: string }) => v.code)).toEqual(['VD']);
  });

  it.each([
    ['/api/indicators?scope=NOPE&at=2013-06-01', 404, 'UNIT_NOT_FOUND', 'NOPE'],
    ['/api/indicators?scope=X3&at=2013-06-01', 404, 'UNIT_NOT_VALID_AT', 'X3'],
    ['/api/indicators?scope=P&at=31/02/2013', 400, 'VALIDATION_FAILED', '31/02/2013'],
    ['/api/indicators?scope=P', 400, 'VALIDATION_FAILED', 'from'],
    ['/api/indicators?scope=P&from=2016-01-01&to=2013-01-01', 400, 'DATE_RANGE_INVALID', '2016-01-01'],
    ['/api/indicators/villages?scope=P&at=2013-06-01&category=purple', 400, 'UNKNOWN_CATEGORY', 'purple'],
    ['/api/villages/NOPE', 404, 'VILLAGE_NOT_FOUND', 'NOPE'],
    ['/api/people/NOPE', 404, 'PERSON_NOT_FOUND', 'NOPE'],
  ])('answers %s with %i %s, naming what is wrong', async (url, status, code, named) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.message).toContain(named);
    expect(r.body.error.messages.en).toBeTruthy();
    expect(r.body.error.message).toBe(r.body.error.messages.vi);
  });

  it('answers in English when asked', async () => {
    const r = await get('/api/indicators?scope=NOPE&at=2013-06-01', { 'accept-language': 'en-US,en;q=0.9' });
    expect(r.body.error.message).toBe('No unit with code "NOPE"');
    const q = await get('/api/indicators?scope=NOPE&at=2013-06-01&lang=en');
    expect(q.body.error.message).toBe('No unit with code "NOPE"');
  });

  it('gives the unit tree valid at a date', async () => {
    const codes = (nodes: { code: string; children: unknown[] }[]): string[] =>
      nodes.flatMap((n) => [n.code, ...codes(n.children as never)]);
    const before = await get('/api/units/tree?at=2015-12-31');
    expect(before.status).toBe(200);
    // the root is the country, which the import gave the province as its parent
    expect(before.body.units.map((u: { code: string }) => u.code)).toEqual(['VN']);
    expect(codes(before.body.units)).toEqual(['VN', 'P', 'X1', 'VA', 'VB', 'X2', 'VD']);
    const after = await get('/api/units/tree?at=2020-01-01&scope=X1');
    expect(codes(after.body.units)).toEqual(['X1', 'VA', 'VB', 'VD']);
    const shallow = await get('/api/units/tree?at=2020-01-01&depth=2');
    expect(codes(shallow.body.units)).toEqual(['VN', 'P', 'X1', 'X2', 'X3']);
  });

  it("gives a village's timeline: versions, cells, counts, heads", async () => {
    const { status, body } = await get('/api/villages/VD');
    expect(status).toBe(200);
    expect(
      body.versions.map((v: { parentCode: string; validFrom: string | null }) => [v.parentCode, v.validFrom]),
    ).toEqual([
      ['X2', null],
      ['X1', '2016-01-01'],
    ]);
    expect(body.cells).toEqual([]);
    expect(body.memberCounts).toEqual([
      { validFrom: '2013-01-01', validTo: '2014-01-01', total: 1, official: 0, probationary: 1 },
      { validFrom: '2014-01-01', validTo: '2017-01-01', total: 1, official: 1, probationary: 0 },
      { validFrom: '2017-01-01', validTo: null, total: 3, official: 3, probationary: 0 },
    ]);
    expect(body.membersByYear.find((y: { year: number }) => y.year === 2016)).toMatchObject({ total: 1, official: 1 });
    expect(body.heads).toEqual([
      {
        personCode: 'N9',
        fullName: 'Bùi Thị Chín',
        role: 'deputy',
        how: 'elected',
        validFrom: '2010-01-01',
        validTo: null,
        memberAtStart: false,
      },
    ]);
    const vc = await get('/api/villages/VC');
    expect(vc.body.lineage).toEqual([
      { direction: 'to', code: 'VA', name: 'Thôn A', on: '2015-01-01', kind: 'merge', decision: 'NQ 1/2014' },
    ]);
    expect(vc.body.cells[0]).toMatchObject({ code: 'CBC', otherVillages: ['VB'] });
    expect(vc.body.secretaries.map((s: { personCode: string }) => s.personCode)).toEqual(['N7']);
  });

  it('gives a person with memberships, placements and terms', async () => {
    const { status, body } = await get('/api/people/N2');
    expect(status).toBe(200);
    expect(body.fullName).toBe('Trần Văn Hai');
    expect(body.memberships).toEqual([
      { cardNo: null, admittedOn: '2010-01-01', officialOn: '2011-01-01', endedOn: null, endReason: null },
    ]);
    expect(body.placements.map((p: { kind: string; villageCode: string }) => [p.kind, p.villageCode])).toEqual([
      ['official', 'VA'],
      ['temporary', 'VD'],
    ]);
    const head = await get('/api/people/N1');
    expect(head.body.headTerms).toEqual([
      { villageCode: 'VA', role: 'head', how: 'elected', validFrom: '2010-01-01', validTo: null },
    ]);
    expect(head.body.secretaryTerms).toEqual([{ cellCode: 'CA', validFrom: '2010-01-01', validTo: null }]);
  });
});
