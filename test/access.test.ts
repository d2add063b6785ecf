/**
 * The access matrix: every /api route the app registers, for every role and
 * for accounts inside and outside the scope of what is asked, and without a
 * session. A route missing from the matrix fails the test, so a new route
 * cannot slip through unchecked. Out-of-scope reads must answer 403 or 404
 * and name nothing; out-of-scope writes must change nothing. Every route that
 * writes the register is also called by commune X1's account naming a
 * person, cell or village outside X1 at the dates the change takes effect
 * (the object level, `outside` below): refused, nothing written.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { addAccount } from '../src/modules/auth/auth.service.js';
import { importRegister } from '../src/modules/register/register.service.js';
import type { Role } from '../src/db/schema/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import unzipper from 'unzipper';
import { withActor } from '../src/platform/audit.js';
import { rows, type Database } from '../src/platform/db.js';
import { testActor } from './actor.js';
import { loginAs, signIn, type Signed } from './auth.js';
import { createTestDatabase, engines } from './db.js';
import { outsiders, twoCommunes } from './two-communes.js';
import { multipart } from './upload.js';

type Who =
  | 'anonymous'
  | 'admin'
  | 'province'
  | 'communeIn'
  | 'communeOut'
  | 'viewer'
  | 'viewerOut'
  | 'editor'
  | 'oneTime';
/** Every caller but `oneTime`, an administrator with a one-time password (added in beforeAll). */
const accounts: Record<Exclude<Who, 'anonymous' | 'oneTime'>, [Role, string | null]> = {
  admin: ['admin', null],
  province: ['province', 'P'],
  communeIn: ['commune', 'X1'],
  communeOut: ['commune', 'X2'],
  viewer: ['viewer', 'P'],
  viewerOut: ['viewer', 'X2'],
  editor: ['editor', 'P'],
};

/** N1's ethnicity, sensitive data: only roles with sensitive.read may find it in any answer or file. */
const sensitiveValue = 'Ê Đê (dữ liệu nhạy cảm)';
const seesSensitive: Who[] = ['admin', 'province'];

/** What a caller could read in an answer: its bytes, and the inflated files of a zip or xlsx. */
async function readable(r: LightMyRequestResponse): Promise<string> {
  const raw = r.rawPayload;
  if (raw.subarray(0, 2).toString() !== 'PK') return raw.toString('utf8');
  const dir = mkdtempSync(join(tmpdir(), 'gr-access-'));
  try {
    writeFileSync(join(dir, 'answer.zip'), raw);
    const zip = await unzipper.Open.file(join(dir, 'answer.zip'));
    return (await Promise.all(zip.files.map((f) => text(f.stream())))).join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Names in commune X1 that an outsider must never see (the codes they asked for may be echoed back). */
const secrets = ['Thôn A', 'Nguyễn Văn Một', 'Xã Một'];

interface Case {
  /** The request, about commune X1 and what it holds. */
  request: InjectOptions;
  /** The status each caller gets; `oneTime` is derived (see withOneTime). */
  expect: Record<Exclude<Who, 'oneTime'>, number>;
  /** Whether the route writes: out-of-scope and refused calls must leave the database unchanged. */
  writes?: boolean;
  /** A route whose answer is the same for everyone, naming nothing of X1 (health). */
  public?: boolean;
}

const read = (ok: number, scopedOut: number, editor: number): Case['expect'] => ({
  anonymous: 401,
  admin: ok,
  province: ok,
  communeIn: ok,
  communeOut: scopedOut,
  viewer: ok,
  viewerOut: scopedOut,
  editor,
});

/** Routes of administrators only (accounts.manage). */
const adminOnly = (ok: number): Case['expect'] => ({
  anonymous: 401,
  admin: ok,
  province: 403,
  communeIn: 403,
  communeOut: 403,
  viewer: 403,
  viewerOut: 403,
  editor: 403,
});

let n = 0;
const matrix: Record<string, () => Case> = {
  'GET /api/health': () => ({
    request: { method: 'GET', url: '/api/health' },
    expect: { ...read(200, 200, 200), anonymous: 200 },
    public: true,
  }),
  'GET /api/ready': () => ({
    request: { method: 'GET', url: '/api/ready' },
    expect: { ...read(200, 200, 200), anonymous: 200 },
    public: true,
  }),
  // from another machine: administrators only (from this one it needs no session: test/metrics.test.ts)
  'GET /metrics': () => ({
    request: { method: 'GET', url: '/metrics', remoteAddress: '10.0.0.1' },
    expect: adminOnly(200),
  }),
  'POST /api/auth/login': () => ({
    // a wrong password: sign-in itself is tested in src/modules/auth/auth.test.ts
    // a new name each time: an unknown name locks after 5 failures, as an account does
    request: {
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: `nobody-${++n}`, password: 'wrong-password-here' },
    },
    expect: read(401, 401, 401),
    public: true,
  }),
  'GET /api/auth/me': () => ({
    request: { method: 'GET', url: '/api/auth/me' },
    expect: read(200, 200, 200),
    public: true,
  }),
  'POST /api/auth/password': () => ({
    request: {
      method: 'POST',
      url: '/api/auth/password',
      payload: { current: 'not-the-password', next: 'a-new-long-password-1' },
    },
    expect: read(400, 400, 400),
    writes: true,
    public: true,
  }),
  'POST /api/auth/logout': () => ({
    // run last per caller (it ends the session): the matrix below orders it so
    request: { method: 'POST', url: '/api/auth/logout' },
    expect: read(204, 204, 204),
    public: true,
  }),
  'GET /api/accounts': () => ({ request: { method: 'GET', url: '/api/accounts' }, expect: adminOnly(200) }),
  'POST /api/accounts': () => ({
    request: {
      method: 'POST',
      url: '/api/accounts',
      payload: { username: `acc-${++n}`, role: 'viewer', scopeCode: 'X1' },
    },
    expect: adminOnly(201),
    writes: true,
  }),
  'POST /api/accounts/:username/reset': () => ({
    request: { method: 'POST', url: '/api/accounts/no-such-account/reset' },
    expect: adminOnly(404),
    writes: true,
  }),
  'POST /api/accounts/:username/disable': () => ({
    request: { method: 'POST', url: '/api/accounts/no-such-account/disable' },
    expect: adminOnly(404),
    writes: true,
  }),
  'GET /api/units/tree': () => ({
    request: { method: 'GET', url: '/api/units/tree?scope=X1&at=2020-06-01' },
    expect: read(200, 403, 200),
  }),
  'GET /api/indicators': () => ({
    request: { method: 'GET', url: '/api/indicators?scope=X1&at=2020-06-01' },
    expect: read(200, 403, 200),
  }),
  'GET /api/indicators/villages': () => ({
    request: { method: 'GET', url: '/api/indicators/villages?scope=X1&at=2020-06-01&category=all' },
    expect: read(200, 403, 403),
  }),
  // the list as a workbook: the same access and scope as the list (it names heads)
  'GET /api/indicators/villages.xlsx': () => ({
    request: { method: 'GET', url: '/api/indicators/villages.xlsx?scope=X1&at=2020-06-01&category=all' },
    expect: read(200, 403, 403),
  }),
  // findings name people: register.read, like the village lists
  'GET /api/checks': () => ({
    request: { method: 'GET', url: '/api/checks?scope=X1&at=2020-06-01' },
    expect: read(200, 403, 403),
  }),
  'GET /api/checks/xlsx': () => ({
    request: { method: 'GET', url: '/api/checks/xlsx?scope=X1&at=2020-06-01' },
    expect: read(200, 403, 403),
  }),
  // the report names villages, not people: the portal editor may read it
  'GET /api/reports': () => ({
    request: { method: 'GET', url: '/api/reports?scope=X1&from=2013-06-01&to=2016-01-01' },
    expect: read(200, 403, 200),
  }),
  'GET /api/reports/xlsx': () => ({
    request: { method: 'GET', url: '/api/reports/xlsx?scope=X1&from=2013-06-01&to=2016-01-01' },
    expect: read(200, 403, 200),
  }),
  'GET /api/reports/pdf': () => ({
    request: { method: 'GET', url: '/api/reports/pdf?scope=X1&from=2013-06-01&to=2016-01-01' },
    expect: read(200, 403, 200),
  }),
  'POST /api/reports/publish': () => ({
    request: {
      method: 'POST',
      url: '/api/reports/publish',
      payload: { scope: 'X1', from: '2013-06-01', to: '2016-01-01' },
    },
    expect: {
      anonymous: 401,
      admin: 201,
      province: 403,
      communeIn: 403,
      communeOut: 403,
      viewer: 403,
      viewerOut: 403,
      editor: 201,
    },
    writes: true,
  }),
  'GET /api/villages/:code': () => ({
    request: { method: 'GET', url: '/api/villages/VA' },
    expect: read(200, 404, 403),
  }),
  // a list: outsiders get an empty one (checked below)
  'GET /api/people': () => ({
    request: { method: 'GET', url: '/api/people?q=nguyen%20van%20mot' },
    expect: read(200, 200, 403),
  }),
  // a list: outsiders get one without X1's cells
  'GET /api/orgs': () => ({ request: { method: 'GET', url: '/api/orgs?at=2020-06-01' }, expect: read(200, 200, 403) }),
  'GET /api/orgs/:code': () => ({
    request: { method: 'GET', url: '/api/orgs/CA?at=2020-06-01' },
    expect: read(200, 404, 403),
  }),
  'GET /api/prospects': () => ({ request: { method: 'GET', url: '/api/prospects' }, expect: read(200, 200, 403) }),
  'GET /api/prospects/due': () => ({
    request: { method: 'GET', url: '/api/prospects/due' },
    expect: read(200, 200, 403),
  }),
  'GET /api/prospects/:id': () => ({
    request: { method: 'GET', url: '/api/prospects/999999' },
    expect: read(404, 404, 403),
  }),
  'POST /api/prospects': () => ({
    request: {
      method: 'POST',
      url: '/api/prospects',
      payload: { personCode: 'N1', villageCode: 'VA', recommendedOn: '2024-01-01' },
    },
    expect: {
      anonymous: 401,
      admin: 201,
      province: 201,
      communeIn: 201,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  'POST /api/prospects/:id/steps': () => ({
    request: { method: 'POST', url: '/api/prospects/999999/steps', payload: { step: 'check', date: '2024-02-01' } },
    expect: {
      anonymous: 401,
      admin: 404,
      province: 404,
      communeIn: 404,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  'GET /api/villages/:code/reinforcement': () => ({
    request: { method: 'GET', url: '/api/villages/VA/reinforcement?at=2020-06-01' },
    expect: read(200, 404, 403),
  }),
  'POST /api/villages/:code/cell': () => ({
    // VA has its own cell: insiders reach the rule that refuses a second one
    request: {
      method: 'POST',
      url: '/api/villages/VA/cell',
      payload: { on: '2020-01-01', cellCode: 'CX', cellName: 'Chi bộ X', parentOrgCode: 'DB' },
    },
    expect: {
      anonymous: 401,
      admin: 409,
      province: 409,
      communeIn: 409,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  'GET /api/elections/due': () => ({
    request: { method: 'GET', url: '/api/elections/due' },
    expect: read(200, 200, 403),
  }),
  'POST /api/villages/:code/elections/planned': () => ({
    // an unknown candidate: insiders pass the scope check and stop at the person (404), nothing is written
    request: {
      method: 'POST',
      url: '/api/villages/VA/elections/planned',
      payload: { plannedOn: '2026-12-20', candidateCodes: ['NOBODY'] },
    },
    expect: {
      anonymous: 401,
      admin: 404,
      province: 404,
      communeIn: 404,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  'POST /api/villages/:code/elections': () => ({
    request: {
      method: 'POST',
      url: '/api/villages/VA/elections',
      payload: { on: '2026-06-01', candidates: [{ personCode: 'N1' }], winnerCode: 'N2' },
    },
    expect: {
      anonymous: 401,
      admin: 400,
      province: 400,
      communeIn: 400,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  'GET /api/targets': () => ({
    request: { method: 'GET', url: '/api/targets?scope=X1&year=2020' },
    expect: read(200, 403, 200),
  }),
  'POST /api/targets': () => ({
    request: { method: 'POST', url: '/api/targets', payload: { unitCode: 'X1', year: 2020, admissions: 5 } },
    expect: {
      anonymous: 401,
      admin: 204,
      province: 204,
      communeIn: 204,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  'GET /api/task-forces': () => ({ request: { method: 'GET', url: '/api/task-forces' }, expect: read(200, 200, 403) }),
  'POST /api/task-forces': () => ({
    request: {
      method: 'POST',
      url: '/api/task-forces',
      payload: { name: 'Tổ công tác', unitCode: 'X1', validFrom: '2020-01-01', villageCodes: ['VB'] },
    },
    expect: {
      anonymous: 401,
      admin: 201,
      province: 201,
      communeIn: 201,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  'GET /api/calendar': () => ({
    request: { method: 'GET', url: '/api/calendar?year=2025' },
    expect: read(200, 200, 200),
    public: true,
  }),
  // an empty notice of a year that has none: the administrator's call succeeds and changes nothing
  'PUT /api/calendar': () => ({
    request: { method: 'PUT', url: '/api/calendar', payload: { year: 2030, days: [] } },
    expect: adminOnly(200),
    writes: true,
  }),
  // the dated rule sets: no personal data, read by every signed-in role (rules.read)
  'GET /api/rules': () => ({
    request: { method: 'GET', url: '/api/rules' },
    expect: read(200, 200, 200),
    public: true,
  }),
  'GET /api/people/:code': () => ({ request: { method: 'GET', url: '/api/people/N1' }, expect: read(200, 404, 403) }),
  'POST /api/imports': () => {
    // one new person of village VA, as a people.csv
    const body = multipart([
      {
        name: 'people.csv',
        content: `person_code,full_name,birth_date,gender,ethnicity,residence_village_code,commune_official\nI${++n},Người Nhập,,,,VA,không\n`,
      },
    ]);
    return {
      request: { method: 'POST', url: '/api/imports?dryRun=false', payload: body.payload, headers: body.headers },
      expect: {
        anonymous: 401,
        admin: 200,
        province: 200,
        communeIn: 200,
        communeOut: 403,
        viewer: 403,
        viewerOut: 403,
        editor: 403,
      },
      writes: true,
    };
  },
  'GET /api/imports/template': () => ({
    request: { method: 'GET', url: '/api/imports/template' },
    expect: read(200, 200, 200),
    public: true,
  }),
  'GET /api/exports/register': () => ({
    request: { method: 'GET', url: '/api/exports/register?scope=X1&format=zip' },
    expect: read(200, 403, 403),
  }),
  'POST /api/people': () => ({
    request: {
      method: 'POST',
      url: '/api/people',
      payload: { code: `M${++n}`, fullName: 'Người Mới', residenceVillageCode: 'VA' },
    },
    expect: {
      anonymous: 401,
      admin: 201,
      province: 201,
      communeIn: 201,
      communeOut: 404,
      viewer: 403,
      viewerOut: 403,
      editor: 403,
    },
    writes: true,
  }),
  // The portal's public endpoints: the same for everyone, naming nothing of the register
  'POST /api/portal/views': () => ({
    request: { method: 'POST', url: '/api/portal/views', payload: {} },
    expect: { ...read(200, 200, 200), anonymous: 200 },
    public: true,
  }),
  'GET /api/portal/stats': () => ({
    request: { method: 'GET', url: '/api/portal/stats' },
    expect: { ...read(200, 200, 200), anonymous: 200 },
    public: true,
  }),
  'POST /api/portal/polls/:id/vote': () => ({
    request: { method: 'POST', url: '/api/portal/polls/999999/vote', payload: { option: 1 } },
    expect: { ...read(404, 404, 404), anonymous: 404 },
    writes: true,
    public: true,
  }),
  // The editors' API: admin and editor only
  ...Object.fromEntries(
    (
      [
        ['GET /api/editorial/categories', 'GET', '/api/editorial/categories', undefined, 200],
        ['GET /api/editorial/articles', 'GET', '/api/editorial/articles', undefined, 200],
        ['GET /api/editorial/articles/:id', 'GET', '/api/editorial/articles/999999', undefined, 404],
        // an empty title: refused before anything is written
        ['POST /api/editorial/articles', 'POST', '/api/editorial/articles', { title: '' }, 400],
        ['POST /api/editorial/articles/:id', 'POST', '/api/editorial/articles/999999', { title: 'Tiêu đề' }, 404],
        ['POST /api/editorial/articles/:id/publish', 'POST', '/api/editorial/articles/999999/publish', {}, 404],
        ['POST /api/editorial/articles/:id/unpublish', 'POST', '/api/editorial/articles/999999/unpublish', {}, 404],
        [
          'POST /api/editorial/articles/:id/images',
          'POST',
          '/api/editorial/articles/999999/images',
          { data: 'iVBORw0KGgoAAAANSUhEUg==' },
          404,
        ],
        ['GET /api/editorial/polls', 'GET', '/api/editorial/polls', undefined, 200],
        [
          'POST /api/editorial/polls',
          'POST',
          '/api/editorial/polls',
          { question: 'Q', opensAt: '2026-01-01T00:00:00Z', options: ['only one'] },
          400,
        ],
        [
          'POST /api/editorial/polls/:id',
          'POST',
          '/api/editorial/polls/999999',
          { question: 'Q', opensAt: '2026-01-01T00:00:00Z', options: ['A', 'B'] },
          404,
        ],
        ['GET /api/editorial/visits', 'GET', '/api/editorial/visits?days=30', undefined, 200],
      ] as const
    ).map(([key, method, url, payload, insider]) => [
      key,
      (): Case => ({
        request: payload === undefined ? { method, url } : { method, url, payload },
        expect: {
          anonymous: 401,
          admin: insider,
          province: 403,
          communeIn: 403,
          communeOut: 403,
          viewer: 403,
          viewerOut: 403,
          editor: insider,
        },
        writes: method === 'POST',
      }),
    ]),
  ),
  // Forms: insiders send a change the rules refuse (so nothing changes), outsiders never reach the rules.
  ...Object.fromEntries(
    (
      [
        [
          'POST /api/people/:code/admission',
          '/api/people/N1/admission',
          { admittedOn: '2010-06-01', cellCode: 'CA' },
          422,
        ],
        ['POST /api/people/:code/official', '/api/people/N1/official', { officialOn: '2000-01-01' }, 422],
        [
          'POST /api/people/:code/transfer',
          '/api/people/N1/transfer',
          { on: '2012-01-01', until: '2013-01-01', cellCode: 'CA', kind: 'official' },
          400,
        ],
        // no placement runs before the admission: nothing to end
        [
          'POST /api/people/:code/transfer-out',
          '/api/people/N1/transfer-out',
          { on: '2000-01-01', destination: 'Tỉnh Khác' },
          404,
        ],
        ['POST /api/people/:code/end', '/api/people/N1/end', { endedOn: '2000-01-01', endReason: 'resigned' }, 422],
        [
          'POST /api/orgs/:code/secretaries',
          '/api/orgs/CA/secretaries',
          { personCode: 'N1', validFrom: '2012-01-01', validTo: '2011-01-01' },
          422,
        ],
        // N1 heads VA from 2010 but the register has no residence for N1: a head must live in the village
        [
          'POST /api/villages/:code/heads',
          '/api/villages/VA/heads',
          { personCode: 'N1', validFrom: '2010-01-01' },
          422,
        ],
      ] as const
    ).map(([key, url, payload, insider]) => [
      key,
      (): Case => ({
        request: { method: 'POST', url, payload },
        expect: {
          anonymous: 401,
          admin: insider,
          province: insider,
          communeIn: insider,
          communeOut: 404,
          viewer: 403,
          viewerOut: 403,
          editor: 403,
        },
        writes: true,
      }),
    ]),
  ),
};

/**
 * What an administrator with a one-time password gets: as any administrator on
 * the public routes and on the three it needs (who am I, change the password,
 * sign out), 403 PASSWORD_CHANGE_REQUIRED everywhere else.
 */
const oneTimeAllowed = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);
const oneTimeStatus = (key: string, access: string, c: Case): number =>
  access === 'public' || oneTimeAllowed.has(key) ? c.expect.admin : 403;

/**
 * The object level of every register write, by X1's account (an insider of the
 * route): each request names something outside X1 at the dates it takes effect
 * (O1 of commune X2 with its cell CE and village VE, or L1, who left X1 for X2
 * in 2008). A subject of the path or a unit outside reads as not found (404); a
 * person or cell the change names or changes is OUT_OF_SCOPE (403).
 */
const outside: Record<string, (ids: { prospect: number }) => { request: InjectOptions; status: 403 | 404 }> = {
  'POST /api/people': () => ({
    request: {
      method: 'POST',
      url: '/api/people',
      payload: { code: 'OUT9', fullName: 'Người Ngoài', residenceVillageCode: 'VE' },
    },
    status: 404,
  }),
  'POST /api/people/:code/admission': () => ({
    request: { method: 'POST', url: '/api/people/N1/admission', payload: { admittedOn: '2030-01-01', cellCode: 'CE' } },
    status: 404,
  }),
  'POST /api/people/:code/official': () => ({
    request: {
      method: 'POST',
      url: '/api/people/L1/official',
      payload: { officialOn: '2006-01-01', cardNo: '12.000999' },
    },
    status: 403,
  }),
  'POST /api/people/:code/transfer': () => ({
    request: {
      method: 'POST',
      url: '/api/people/L1/transfer',
      payload: { on: '2024-01-01', cellCode: 'CA', kind: 'temporary', reasonKind: 'other' },
    },
    status: 403,
  }),
  'POST /api/people/:code/transfer-out': () => ({
    request: {
      method: 'POST',
      url: '/api/people/L1/transfer-out',
      payload: { on: '2024-01-01', destination: 'Tỉnh Khác' },
    },
    status: 403,
  }),
  'POST /api/people/:code/end': () => ({
    request: { method: 'POST', url: '/api/people/L1/end', payload: { endedOn: '2024-01-01', endReason: 'resigned' } },
    status: 403,
  }),
  'POST /api/orgs/:code/secretaries': () => ({
    request: {
      method: 'POST',
      url: '/api/orgs/CA/secretaries',
      payload: { personCode: 'O1', validFrom: '1990-01-01', validTo: '1991-01-01' },
    },
    status: 403,
  }),
  'POST /api/villages/:code/heads': () => ({
    request: {
      method: 'POST',
      url: '/api/villages/VA/heads',
      payload: { personCode: 'O1', validFrom: '1990-01-01', validTo: '1991-01-01' },
    },
    status: 403,
  }),
  'POST /api/prospects': () => ({
    request: {
      method: 'POST',
      url: '/api/prospects',
      payload: { personCode: 'L1', villageCode: 'VA', recommendedOn: '2024-01-01' },
    },
    status: 403,
  }),
  'POST /api/prospects/:id/steps': ({ prospect }) => ({
    request: {
      method: 'POST',
      url: `/api/prospects/${prospect}/steps`,
      payload: {
        step: 'introducers',
        introducers: [
          { kind: 'member', personCode: 'N1' },
          { kind: 'member', personCode: 'O1' },
        ],
      },
    },
    status: 403,
  }),
  'POST /api/villages/:code/cell': () => ({
    request: {
      method: 'POST',
      url: '/api/villages/VE/cell',
      payload: { on: '2020-01-01', cellCode: 'CX', cellName: 'Chi bộ X', parentOrgCode: 'DB' },
    },
    status: 404,
  }),
  'POST /api/villages/:code/elections/planned': () => ({
    request: {
      method: 'POST',
      url: '/api/villages/VA/elections/planned',
      payload: { plannedOn: '2026-12-20', candidateCodes: ['N1', 'O1'] },
    },
    status: 403,
  }),
  'POST /api/villages/:code/elections': () => ({
    request: {
      method: 'POST',
      url: '/api/villages/VA/elections',
      payload: { on: '2026-06-01', candidates: [{ personCode: 'L1' }, { personCode: 'N2' }], winnerCode: 'N2' },
    },
    status: 403,
  }),
  'POST /api/targets': () => ({
    request: { method: 'POST', url: '/api/targets', payload: { unitCode: 'X2', year: 2020, admissions: 5 } },
    status: 404,
  }),
  'POST /api/task-forces': () => ({
    request: {
      method: 'POST',
      url: '/api/task-forces',
      payload: {
        name: 'Tổ công tác',
        unitCode: 'X1',
        validFrom: '2020-01-01',
        memberCodes: ['N1', 'L1'],
        villageCodes: ['VA'],
      },
    },
    status: 403,
  }),
  'POST /api/imports': () => {
    const body = multipart([
      {
        name: 'secretary_terms.csv',
        content: 'cell_code,person_code,valid_from,valid_to\nCA,O1,1990-01-01,1991-01-01\n',
      },
    ]);
    return {
      request: { method: 'POST', url: '/api/imports?dryRun=false', payload: body.payload, headers: body.headers },
      status: 403,
    };
  },
};

describe.each(engines)('access to every route (%s)', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  const signed = {} as Record<Exclude<Who, 'anonymous'>, Signed>;
  const accessOf = (key: string) => app.apiRoutes.find((r) => `${r.method} ${r.url}` === key)!.access;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, twoCommunes(), { actor: testActor })).errors).toEqual([]);
    // a change of N1's ethnicity, so that the audit history holds it before and after too
    await withActor(database.db, testActor, (tx) =>
      tx.execute(sql`update people set ethnicity = ${sensitiveValue} where code = 'N1'`),
    );
    app = await buildApp({ database });
    for (const [who, [role, scope]] of Object.entries(accounts))
      signed[who as keyof typeof signed] = await signIn(app, database.db, role, scope);
    const username = `one-time-admin-${engine}`;
    signed.oneTime = await loginAs(
      app,
      username,
      await addAccount(database.db, testActor, { username, role: 'admin', scopeCode: null }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** Row counts of every table but the audit log and sessions, which record refused attempts too. */
  const fingerprint = async () =>
    rows<{ t: string; n: number }>(
      database.db,
      sql`select 'people' as t, count(*)::int as n from people union all select 'accounts', count(*)::int from accounts
          union all select 'memberships', count(*)::int from memberships union all select 'units', count(*)::int from units`,
    );

  it('has a case for every registered /api route, and no case for a route that does not exist', () => {
    const registered = app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered.length).toBeGreaterThan(8);
    expect(Object.keys(matrix).sort()).toEqual(registered);
  });

  const callers: Who[] = [
    'anonymous',
    'admin',
    'province',
    'communeIn',
    'communeOut',
    'viewer',
    'viewerOut',
    'editor',
    'oneTime',
  ];
  const routeKeys = Object.keys(matrix).sort((a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')));

  it.each(routeKeys)('%s answers each role and scope as it should', async (key) => {
    for (const who of callers) {
      const c = matrix[key]();
      const headers = who === 'anonymous' ? {} : signed[who].headers;
      const before = await fingerprint();
      const r = await app.inject({ ...c.request, headers: { ...headers, ...(c.request.headers ?? {}) } });
      const expected = who === 'oneTime' ? oneTimeStatus(key, accessOf(key), c) : c.expect[who];
      expect({ who, status: r.statusCode }).toEqual({ who, status: expected });
      if (who === 'oneTime' && expected === 403) expect(r.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      if (!seesSensitive.includes(who))
        expect(await readable(r), `${who} read the sensitive value from ${key}`).not.toContain(sensitiveValue);
      if (r.statusCode >= 400) {
        // refused: a registered error, and nothing changed
        expect(r.json().error.code).toMatch(/^[A-Z_]+$/);
        expect(await fingerprint()).toEqual(before);
      }
      if (r.statusCode >= 400 && !c.public) {
        for (const s of secrets) expect(r.body, `${who} got "${s}" from ${key}`).not.toContain(s);
        expect(r.body).not.toMatch(/"(villages|white|weak|strong|total)":\s*\d/);
      }
      if (key.endsWith('/logout') && who !== 'anonymous' && r.statusCode === 204) {
        // the session is over on the server, whatever the browser keeps
        const again = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
        expect(again.statusCode).toBe(401);
      }
    }
  });

  it('masks sensitive fields in one place: the person, the histories and the exports; the roles that may see them do', async () => {
    const [commune, province] = [
      await signIn(app, database.db, 'commune', 'X1'),
      await signIn(app, database.db, 'province', 'P'),
    ];
    const get = (url: string, who: Signed) => app.inject({ method: 'GET', url, headers: who.headers });
    for (const url of [
      '/api/people/N1',
      '/api/villages/VA',
      '/api/exports/register?scope=X1&format=xlsx',
      '/api/exports/register?scope=X1&format=zip',
    ]) {
      const [c, p] = [await get(url, commune), await get(url, province)];
      expect([c.statusCode, p.statusCode], url).toEqual([200, 200]);
      expect(await readable(c), url).not.toContain(sensitiveValue);
      // the village's history holds the rows that name its unit (a person's change is on their page)
      if (!url.startsWith('/api/villages/')) expect(await readable(p), url).toContain(sensitiveValue);
    }
    const person = (await get('/api/people/N1', commune)).json();
    expect(person).toMatchObject({ ethnicity: null, masked: ['ethnicity'] });
    expect(
      person.history.some(
        (e: { entity: string; after: { ethnicity?: unknown } | null }) =>
          e.entity === 'people' && e.after && 'ethnicity' in e.after,
      ),
    ).toBe(true);
    // the commune's own (masked) export imports back changing nothing, and the value stays
    const zip = await get('/api/exports/register?scope=X1&format=zip', commune);
    const body = multipart([{ name: 'so-dang-ky.zip', content: zip.rawPayload }]);
    const back = await app.inject({
      method: 'POST',
      url: '/api/imports?dryRun=false',
      headers: { ...commune.headers, ...body.headers },
      payload: body.payload,
    });
    expect(back.statusCode).toBe(200);
    expect(back.json().changes.people).toMatchObject({ inserted: 0, updated: 0 });
    expect(await rows(database.db, sql`select ethnicity from people where code = 'N1'`)).toEqual([
      { ethnicity: sensitiveValue },
    ]);
  });

  /** Each route that answers a person's fields, and each role: the value itself for the roles with sensitive.read, masked (or refused) for the others. */
  const personRoutes: Record<string, (k: number) => { method: 'GET' | 'POST'; url: string; payload?: object }> = {
    'GET /api/people/:code': () => ({ method: 'GET', url: '/api/people/N1' }),
    'POST /api/people': (k) => ({
      method: 'POST',
      url: '/api/people',
      payload: { code: `SV${k}`, fullName: 'Người Có Dân Tộc', residenceVillageCode: 'VA', ethnicity: sensitiveValue },
    }),
    'GET /api/exports/register (xlsx)': () => ({ method: 'GET', url: '/api/exports/register?scope=X1&format=xlsx' }),
    'GET /api/exports/register (zip)': () => ({ method: 'GET', url: '/api/exports/register?scope=X1&format=zip' }),
  };
  const roleCases: [
    Exclude<Who, 'anonymous' | 'oneTime'>,
    'shown' | 'masked' | 'refused',
    'shown' | 'masked' | 'refused',
  ][] = [
    // [caller, on reads, on the creation of a person]
    ['admin', 'shown', 'shown'],
    ['province', 'shown', 'shown'],
    ['communeIn', 'masked', 'masked'],
    ['viewer', 'masked', 'refused'],
    ['editor', 'refused', 'refused'],
  ];
  let created = 0;
  it.each(Object.keys(personRoutes))(
    '%s shows sensitive fields to admin and province only: commune and viewer get them masked, editor nothing',
    async (route) => {
      for (const [who, onRead, onWrite] of roleCases) {
        const req = personRoutes[route](++created);
        const expected = req.method === 'POST' ? onWrite : onRead;
        // a session of its own: the matrix's logout case ends the shared ones
        const caller = await signIn(app, database.db, ...accounts[who]);
        const r = await app.inject({ ...req, headers: caller.headers });
        const body = await readable(r);
        if (expected === 'refused') {
          expect({ who, status: r.statusCode }).toEqual({ who, status: 403 });
          expect(body).not.toContain(sensitiveValue);
          continue;
        }
        expect({ who, status: r.statusCode }).toEqual({ who, status: req.method === 'POST' ? 201 : 200 });
        if (expected === 'shown') expect(body, `${who} on ${route}`).toContain(sensitiveValue);
        else expect(body, `${who} on ${route}`).not.toContain(sensitiveValue);
        if (route.startsWith('GET /api/people/') || route.startsWith('POST /api/people')) {
          expect({ who, ethnicity: r.json().ethnicity, masked: r.json().masked }).toEqual(
            expected === 'shown'
              ? { who, ethnicity: sensitiveValue, masked: [] }
              : { who, ethnicity: null, masked: ['ethnicity'] },
          );
        }
      }
    },
  );

  it('has an object-level case for every route that writes the register', () => {
    const writes = app.apiRoutes
      .filter((r) => r.access === 'register.write')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(writes.length).toBeGreaterThan(10);
    expect(Object.keys(outside).sort()).toEqual(writes);
  });

  /** Row counts of everything a register write may touch, the audit log included. */
  const registerFingerprint = async () =>
    rows<{ t: string; n: number }>(
      database.db,
      sql`select 'audit_log' as t, count(*)::int as n from audit_log
          union all select 'people', count(*)::int from people union all select 'memberships', count(*)::int from memberships
          union all select 'placements', count(*)::int from placements union all select 'head_terms', count(*)::int from head_terms
          union all select 'secretary_terms', count(*)::int from secretary_terms union all select 'party_orgs', count(*)::int from party_orgs
          union all select 'elections', count(*)::int from elections union all select 'election_candidates', count(*)::int from election_candidates
          union all select 'targets', count(*)::int from targets union all select 'task_forces', count(*)::int from task_forces
          union all select 'task_force_members', count(*)::int from task_force_members union all select 'prospects', count(*)::int from prospects
          union all select 'prospect_introducers', count(*)::int from prospect_introducers`,
    );

  it.each(Object.keys(outside).sort())(
    '%s refuses what lies outside the scope at its dates, writing nothing',
    async (key) => {
      const admin = await signIn(app, database.db, 'admin', null);
      const person = `PR${++n}`;
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/people',
            headers: admin.headers,
            payload: {
              code: person,
              fullName: 'Người Được Giới Thiệu',
              birthDate: '2000-01-01',
              residenceVillageCode: 'VA',
            },
          })
        ).statusCode,
      ).toBe(201);
      const p = await app.inject({
        method: 'POST',
        url: '/api/prospects',
        headers: admin.headers,
        payload: { personCode: person, villageCode: 'VA', cellCode: 'CA', recommendedOn: '2024-01-01' },
      });
      expect(p.statusCode).toBe(201);
      const insider = await signIn(app, database.db, 'commune', 'X1');
      const c = outside[key]({ prospect: p.json().id });
      const before = await registerFingerprint();
      const r = await app.inject({ ...c.request, headers: { ...insider.headers, ...(c.request.headers ?? {}) } });
      expect({ status: r.statusCode, body: r.body }).toMatchObject({ status: c.status });
      expect(r.json().error.code).toMatch(c.status === 403 ? /^OUT_OF_SCOPE$/ : /_NOT_FOUND$/);
      for (const s of outsiders) expect(r.body).not.toContain(s);
      expect(await registerFingerprint()).toEqual(before);
    },
  );

  it('finds a person without diacritics, and only within the scope', async () => {
    const search = async (who: Signed, q: string) =>
      (await app.inject({ method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}`, headers: who.headers })).json();
    // the matrix signed everyone out: fresh sessions
    const [communeIn, province, communeOut] = [
      await signIn(app, database.db, 'commune', 'X1'),
      await signIn(app, database.db, 'province', 'P'),
      await signIn(app, database.db, 'commune', 'X2'),
    ];
    const inside = await search(communeIn, 'nguyen van mot');
    expect(inside.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Nguyễn Văn Một']);
    expect((await search(province, 'NGUYỄN văn MỘT')).total).toBe(1);
    const outside = await search(communeOut, 'nguyen van mot');
    expect(outside).toMatchObject({ total: 0, items: [] });
  });

  it("the write of an outsider leaves no row, and the insider's write is audited with its account and request id", async () => {
    const outsider = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: (await signIn(app, database.db, 'commune', 'X2')).headers,
      payload: { code: 'OUT1', fullName: 'Người Ngoài', residenceVillageCode: 'VA' },
    });
    expect(outsider.statusCode).toBe(404);
    expect(await rows(database.db, sql`select 1 from people where code = 'OUT1'`)).toEqual([]);
    const insider = await signIn(app, database.db, 'commune', 'X1');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: insider.headers,
      payload: { code: 'IN1', fullName: 'Người Trong', residenceVillageCode: 'VA', reason: 'bổ sung hồ sơ' },
    });
    expect(ok.statusCode).toBe(201);
    const [a] = await rows<{
      actor: string;
      request_id: string | null;
      reason: string | null;
      after: { full_name: string };
    }>(
      database.db,
      sql`select actor, request_id, reason, after from audit_log where entity = 'people' and action = 'insert'
          and person_id = (select id from people where code = 'IN1')`,
    );
    expect(a.actor).toBe(`account:${insider.username}`);
    expect(a.request_id).toMatch(/[0-9a-f-]{36}/);
    expect(a.reason).toBe('bổ sung hồ sơ');
    expect(a.after.full_name).toBe('Người Trong');
  });
});
