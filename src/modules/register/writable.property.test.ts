/**
 * The write check as a property: random scoped accounts call random register
 * write routes (and the importer) about people, cells and villages drawn
 * inside and outside their scope, at random dates. Each call is either
 * refused, writing nothing (the audit log included), or whatever it wrote
 * references only what lay in the scope at the date of the change, judged on
 * the register as it was before the call.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import type { Signed } from '../../../test/auth.js';
import { engines } from '../../../test/db.js';
import { twoCommunes } from '../../../test/two-communes.js';
import { multipart } from '../../../test/upload.js';
import { rows } from '../../platform/db.js';
import { outOfScopeRefs, type WriteRef } from './writable.js';

interface Pick {
  person: string;
  cell: string;
  village: string;
  at: string;
}

/** A write route: the request about the picks, and what it references at the date. */
type Route = (p: Pick, n: number) => { request: InjectOptions; refs: WriteRef['kind'][] };

const csv = (name: string, content: string): InjectOptions => {
  const body = multipart([{ name, content }]);
  return { method: 'POST', url: '/api/imports?dryRun=false', payload: body.payload, headers: body.headers };
};

const routes: Record<string, Route> = {
  secretary: (p) => ({
    request: {
      method: 'POST',
      url: `/api/orgs/${p.cell}/secretaries`,
      payload: { personCode: p.person, validFrom: p.at },
    },
    refs: ['person', 'org'],
  }),
  head: (p) => ({
    request: {
      method: 'POST',
      url: `/api/villages/${p.village}/heads`,
      payload: { personCode: p.person, validFrom: p.at, how: 'elected' },
    },
    refs: ['person', 'unit'],
  }),
  admission: (p) => ({
    request: {
      method: 'POST',
      url: `/api/people/${p.person}/admission`,
      payload: { admittedOn: p.at, cellCode: p.cell },
    },
    refs: ['person', 'org'],
  }),
  official: (p) => ({
    request: { method: 'POST', url: `/api/people/${p.person}/official`, payload: { officialOn: p.at } },
    refs: ['person'],
  }),
  transfer: (p) => ({
    request: {
      method: 'POST',
      url: `/api/people/${p.person}/transfer`,
      payload: { on: p.at, cellCode: p.cell, kind: 'temporary', reasonKind: 'other' },
    },
    refs: ['person', 'org'],
  }),
  transferOut: (p) => ({
    request: {
      method: 'POST',
      url: `/api/people/${p.person}/transfer-out`,
      payload: { on: p.at, destination: 'Tỉnh Khác' },
    },
    refs: ['person'],
  }),
  end: (p) => ({
    request: { method: 'POST', url: `/api/people/${p.person}/end`, payload: { endedOn: p.at, endReason: 'resigned' } },
    refs: ['person'],
  }),
  plan: (p) => ({
    request: {
      method: 'POST',
      url: `/api/villages/${p.village}/elections/planned`,
      payload: { plannedOn: p.at, candidateCodes: [p.person] },
    },
    refs: ['person', 'unit'],
  }),
  election: (p) => ({
    request: {
      method: 'POST',
      url: `/api/villages/${p.village}/elections`,
      payload: { on: p.at, candidates: [{ personCode: p.person }], winnerCode: p.person },
    },
    refs: ['person', 'unit'],
  }),
  taskForce: (p, n) => ({
    request: {
      method: 'POST',
      url: '/api/task-forces',
      payload: {
        name: `Tổ ${n}`,
        unitCode: p.village,
        validFrom: p.at,
        memberCodes: [p.person],
        villageCodes: [p.village],
      },
    },
    refs: ['person', 'unit'],
  }),
  prospect: (p) => ({
    request: {
      method: 'POST',
      url: '/api/prospects',
      payload: { personCode: p.person, villageCode: p.village, recommendedOn: p.at },
    },
    refs: ['person', 'unit'],
  }),
  importSecretary: (p) => ({
    request: csv('secretary_terms.csv', `cell_code,person_code,valid_from,valid_to\n${p.cell},${p.person},${p.at},\n`),
    refs: ['person', 'org'],
  }),
  importPlacement: (p) => ({
    request: csv(
      'placements.csv',
      `person_code,cell_code,village_code,valid_from,valid_to,kind,reason\n${p.person},${p.cell},${p.village},${p.at},,temporary,other\n`,
    ),
    refs: ['person', 'org', 'unit'],
  }),
};

const scopes = ['X1', 'X2', 'VA', 'P'] as const;
const draw = fc.record({
  scope: fc.constantFrom(...scopes),
  route: fc.constantFrom(...Object.keys(routes)),
  person: fc.constantFrom('N1', 'N2', 'N4', 'N7', 'N9', 'O1', 'L1'),
  cell: fc.constantFrom('CA', 'CBC', 'CE'),
  village: fc.constantFrom('VA', 'VB', 'VD', 'VE'),
  at: fc.constantFrom('1990-01-01', '2006-06-01', '2012-01-01', '2015-05-05', '2020-01-01', '2025-01-01'),
});

describe.each(engines)('the write check as a property (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null], { register: twoCommunes });

  const fingerprint = async () =>
    rows<{ t: string; n: number }>(
      t.database.db,
      sql`select 'audit_log' as t, count(*)::int as n from audit_log union all select 'memberships', count(*)::int from memberships
          union all select 'placements', count(*)::int from placements union all select 'head_terms', count(*)::int from head_terms
          union all select 'secretary_terms', count(*)::int from secretary_terms union all select 'elections', count(*)::int from elections
          union all select 'task_forces', count(*)::int from task_forces union all select 'prospects', count(*)::int from prospects`,
    );

  it('refuses with OUT_OF_SCOPE and writes nothing, or writes only within the scope at the dates', async () => {
    const signed = new Map<string, Signed>();
    for (const s of scopes) signed.set(s, await t.signIn(s === 'P' ? 'province' : 'commune', s));
    let n = 0;
    const seen = { refused: 0, written: 0 };
    await fc.assert(
      fc.asyncProperty(draw, async (d) => {
        const { request, refs } = routes[d.route](d, ++n);
        const codes = { person: d.person, org: d.cell, unit: d.village };
        const wanted: WriteRef[] = refs.map((kind) => ({ kind, code: codes[kind], at: d.at }));
        // judged before the call, on the register as it stands
        const outsideBefore = await outOfScopeRefs(t.database.db, d.scope === 'P' ? 'P' : d.scope, wanted);
        const before = await fingerprint();
        const who = signed.get(d.scope)!;
        const r = await t.app.inject({ ...request, headers: { ...who.headers, ...(request.headers ?? {}) } });
        const after = await fingerprint();
        if (r.statusCode >= 400) {
          expect(after, `${d.route} ${r.body}`).toEqual(before);
          if (r.json().error.code === 'OUT_OF_SCOPE') seen.refused++;
          return;
        }
        const wrote = JSON.stringify(after) !== JSON.stringify(before);
        if (wrote) {
          seen.written++;
          expect(outsideBefore, `${d.route} by ${d.scope}: ${r.body}`).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
    // the draws reach both outcomes
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.written).toBeGreaterThan(0);
  });
});
