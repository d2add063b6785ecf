/**
 * The write check against the reported escapes: a link (secretary, head,
 * candidate, task-force member, introducer) never brings a person into a
 * scope, and a person who has left the commune is readable there but no
 * longer writable. Every refusal is OUT_OF_SCOPE, names no one, and writes
 * nothing (the audit log included).
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { multipart } from '../../../test/upload.js';
import { rows } from '../../platform/db.js';
import { outsiders, twoCommunes } from '../../../test/two-communes.js';

const NAMES = outsiders;

describe.each(engines)('the write check (%s)', (engine) => {
  const t = exampleApp(engine, ['commune', 'X1'], { register: twoCommunes });
  const { get, post } = t;

  /** Row counts of what a refused write must leave alone, the audit log included. */
  const fingerprint = async () =>
    rows<{ t: string; n: number }>(
      t.database.db,
      sql`select 'audit' as t, count(*)::int as n from audit_log union all select 'memberships', count(*)::int from memberships
          union all select 'placements', count(*)::int from placements union all select 'secretaries', count(*)::int from secretary_terms
          union all select 'heads', count(*)::int from head_terms union all select 'elections', count(*)::int from elections
          union all select 'candidates', count(*)::int from election_candidates union all select 'task forces', count(*)::int from task_forces
          union all select 'introducers', count(*)::int from prospect_introducers union all select 'people', count(*)::int from people`,
    );

  /** The call is refused with OUT_OF_SCOPE for the code, names no one, and changes nothing. */
  const refused = async (
    call: () => Promise<{ statusCode: number; body: string; json(): { error: { code: string } } }>,
    code: string,
  ) => {
    const before = await fingerprint();
    const r = await call();
    expect({ status: r.statusCode, error: r.json().error?.code }).toEqual({ status: 403, error: 'OUT_OF_SCOPE' });
    expect(r.body).toContain(code);
    for (const name of NAMES) expect(r.body).not.toContain(name);
    expect(await fingerprint()).toEqual(before);
  };

  it('refuses to name a person of another commune secretary of its own cell, whatever the date', async () => {
    await refused(
      () => post('/api/orgs/CA/secretaries', { personCode: 'O1', validFrom: '1990-01-01', validTo: '1991-01-01' }),
      'O1',
    );
    await refused(() => post('/api/orgs/CA/secretaries', { personCode: 'O1', validFrom: '2025-01-01' }), 'O1');
    // nor through an import
    const body = multipart([
      {
        name: 'secretary_terms.csv',
        content: 'cell_code,person_code,valid_from,valid_to\nCA,O1,1990-01-01,1991-01-01\n',
      },
    ]);
    await refused(
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/imports?dryRun=false',
          payload: body.payload,
          headers: { ...t.caller.headers, ...body.headers },
        }),
      'O1',
    );
    expect((await get('/api/people/O1')).statusCode).toBe(404);
  });

  it('a secretary link made by the province does not make the person writable for the commune', async () => {
    const admin = await t.signIn('admin');
    expect(
      (
        await post(
          '/api/orgs/CA/secretaries',
          { personCode: 'O1', validFrom: '1990-01-01', validTo: '1991-01-01' },
          admin,
        )
      ).statusCode,
    ).toBe(200);
    // reads follow history: the commune sees its former secretary
    expect((await get('/api/people/O1')).statusCode).toBe(200);
    await refused(() => post('/api/people/O1/transfer-out', { on: '2024-01-01', destination: 'Tỉnh Khác' }), 'CE');
    await refused(() => post('/api/people/O1/end', { endedOn: '2024-01-01', endReason: 'resigned' }), 'CE');
    await refused(() => post('/api/people/O1/official', { officialOn: '1986-01-01', cardNo: '99.000001' }), 'O1');
    await refused(() => post('/api/people/O1/transfer', { on: '2024-01-01', cellCode: 'CA', kind: 'official' }), 'CE');
  });

  it('refuses to end the membership of a person who left the commune in 2008, though it still reads them', async () => {
    expect((await get('/api/people/L1')).statusCode).toBe(200);
    await refused(() => post('/api/people/L1/end', { endedOn: '2024-01-01', endReason: 'resigned' }), 'CE');
    await refused(() => post('/api/people/L1/transfer-out', { on: '2024-01-01', destination: 'Tỉnh Khác' }), 'CE');
    await refused(
      () =>
        post('/api/people/L1/transfer', { on: '2024-01-01', cellCode: 'CA', kind: 'temporary', reasonKind: 'other' }),
      'L1',
    );
    // a change without a date of its own (the card number) takes effect today, when L1 is elsewhere
    await refused(() => post('/api/people/L1/official', { officialOn: '2006-01-01', cardNo: '12.000777' }), 'L1');
    // the province may do all of it
    const province = await t.signIn('province', 'P');
    expect(
      (await post('/api/people/L1/official', { officialOn: '2006-01-01', cardNo: '12.000777' }, province)).statusCode,
    ).toBe(200);
  });

  it('refuses out-of-scope candidates, task-force members and introducers, naming no one', async () => {
    await refused(
      () => post('/api/villages/VA/elections/planned', { plannedOn: '2026-12-20', candidateCodes: ['N1', 'O1'] }),
      'O1',
    );
    await refused(
      () =>
        post('/api/villages/VA/elections', {
          on: '2026-06-01',
          candidates: [{ personCode: 'O1' }, { personCode: 'N2' }],
          winnerCode: 'N2',
        }),
      'O1',
    );
    await refused(
      () =>
        post('/api/task-forces', {
          name: 'Tổ công tác',
          unitCode: 'X1',
          validFrom: '2020-01-01',
          memberCodes: ['N1', 'L1'],
          villageCodes: ['VA'],
        }),
      'L1',
    );
    // a village outside reads as unknown, as elsewhere
    expect(
      (
        await post('/api/task-forces', {
          name: 'Tổ công tác',
          unitCode: 'X1',
          validFrom: '2020-01-01',
          villageCodes: ['VA', 'VE'],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await post('/api/people', {
          code: 'PR1',
          fullName: 'Người Được Giới Thiệu',
          birthDate: '2000-01-01',
          residenceVillageCode: 'VA',
        })
      ).statusCode,
    ).toBe(201);
    await refused(
      () => post('/api/prospects', { personCode: 'L1', villageCode: 'VA', recommendedOn: '2024-01-01' }),
      'L1',
    );
    const p = await post('/api/prospects', {
      personCode: 'PR1',
      villageCode: 'VA',
      cellCode: 'CA',
      recommendedOn: '2024-01-01',
    });
    expect(p.statusCode).toBe(201);
    await refused(
      () =>
        post(`/api/prospects/${p.json().id}/steps`, {
          step: 'introducers',
          introducers: [
            { kind: 'member', personCode: 'N1' },
            { kind: 'member', personCode: 'O1' },
          ],
        }),
      'O1',
    );
    // in scope, all of it goes through (a candidate lives in the village, as a head must)
    expect(
      (await post('/api/villages/VA/elections/planned', { plannedOn: '2026-12-20', candidateCodes: ['PR1'] }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await post('/api/task-forces', {
          name: 'Tổ công tác',
          unitCode: 'X1',
          validFrom: '2020-01-01',
          memberCodes: ['N1'],
          villageCodes: ['VA'],
        })
      ).statusCode,
    ).toBe(201);
  });

  it('refuses a head of its village who lives and takes part elsewhere', async () => {
    await refused(
      () =>
        post('/api/villages/VA/heads', {
          personCode: 'O1',
          validFrom: '1990-01-01',
          validTo: '1991-01-01',
          how: 'elected',
        }),
      'O1',
    );
  });
});
