/**
 * GET /api/people/:code (where a person stands at a date: status, card, cell)
 * and GET /api/people?q= (each person found with birth year and the commune
 * of the residence village), on the residents' example register.
 */
import { describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { residentExampleRegister } from '../../../test/residents.js';

/** The residents' register with party cards on two memberships. */
function withCards() {
  const r = residentExampleRegister();
  for (const m of r.memberships) {
    if (m.personCode === 'N1') m.cardNo = '33.000001';
    if (m.personCode === 'N5') m.cardNo = '33.000005';
  }
  return r;
}

describe.each(engines)('people (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null], { register: withCards });

  it('answers where a member stands today: status, card, cell and its village, named', async () => {
    const r = await t.get('/api/people/N1');
    expect(r.statusCode).toBe(200);
    expect(r.json().standing).toEqual({
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      status: 'official',
      cardNo: '33.000001',
      admittedOn: '2010-01-01',
      officialOn: '2011-01-01',
      cell: {
        code: 'CA',
        name: 'Chi bộ thôn A',
        village: { code: 'VA', name: 'Thôn A' },
        since: '2010-01-01',
        until: null,
      },
      temporary: [],
    });
  });

  it("answers the standing at the page's date: the cell then, the temporary placement beside it", async () => {
    // N5's placement in VB ran 2012-01-01..2014-01-01; probationary until 2012-05-01
    const then = (await t.get('/api/people/N5?at=2012-03-01')).json().standing;
    expect(then).toMatchObject({
      at: '2012-03-01',
      status: 'probationary',
      cardNo: '33.000005',
      cell: { code: 'CBC', name: 'Chi bộ ghép B-C', village: { code: 'VB', name: 'Thôn B' } },
    });
    // today the membership holds but no placement does: the card stays, no cell
    expect((await t.get('/api/people/N5')).json().standing).toMatchObject({
      status: 'official',
      cardNo: '33.000005',
      cell: null,
    });
    // N2 took part in CBC for VD beside CA in 2013 (dd/mm/yyyy is taken too)
    const n2 = (await t.get('/api/people/N2?at=01/06/2013')).json().standing;
    expect(n2).toMatchObject({
      at: '2013-06-01',
      cell: { code: 'CA' },
      temporary: [{ code: 'CBC', name: 'Chi bộ ghép B-C', until: '2014-01-01' }],
    });
    // before admission: not a member, no card, no cell
    expect((await t.get('/api/people/N1?at=2009-01-01')).json().standing).toMatchObject({
      status: 'none',
      cardNo: null,
      cell: null,
      admittedOn: null,
    });
    // N8 left in 2013: a member before, not after
    expect((await t.get('/api/people/N8?at=2012-06-01')).json().standing.status).toBe('official');
    expect((await t.get('/api/people/N8?at=2013-01-01')).json().standing.status).toBe('none');
    expect((await t.get('/api/people/N1?at=2013-02-30')).statusCode).toBe(400);
  });

  it('shows the card to every reader that sees the person, as the memberships already do; ethnicity stays masked', async () => {
    const viewer = await t.signIn('viewer', 'X1');
    const r = (await t.get('/api/people/N1', viewer)).json();
    expect(r.standing.cardNo).toBe('33.000001');
    expect(r.memberships[0].cardNo).toBe('33.000001');
    expect(r).toMatchObject({ ethnicity: null, masked: ['ethnicity'] });
  });

  it('finds people with their birth year and the commune of their residence village, today or at a date', async () => {
    const today = (await t.get('/api/people?q=bui thi chin')).json();
    expect(today.items).toEqual([
      expect.objectContaining({
        code: 'N9',
        birthDate: '1970-01-01',
        birthYear: 1970,
        villageCode: 'VD',
        villageName: 'Thôn D',
        commune: { code: 'X1', name: 'Xã Một' },
      }),
    ]);
    expect(today.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // VD belonged to X2 until 2016
    const before = (await t.get('/api/people?q=bui thi chin&at=2015-06-01')).json();
    expect(before).toMatchObject({
      at: '2015-06-01',
      items: [{ code: 'N9', commune: { code: 'X2', name: 'Xã Hai' } }],
    });
    // the status and card are those of the date too
    expect((await t.get('/api/people?q=nguyen van mot&at=2009-06-01')).json().items[0]).toMatchObject({
      status: 'none',
      cardNo: null,
    });
    expect((await t.get('/api/people?q=nguyen van mot')).json().items[0]).toMatchObject({
      status: 'official',
      cardNo: '33.000001',
      commune: { code: 'X1', name: 'Xã Một' },
    });
    // no residence: no village, no commune
    expect((await t.get('/api/people?q=do van tam')).json().items[0]).toMatchObject({
      villageCode: null,
      commune: null,
      birthYear: 1970,
    });
  });

  it('keeps a scoped search within its scope, with the commune', async () => {
    const x2 = await t.signIn('commune', 'X2');
    // VD's residents, whom X2 still finds (VD was X2's until 2016), under today's commune; not N3 of VA
    const r = (await t.get('/api/people?q=thi', x2)).json();
    expect(r.items.map((p: { code: string }) => p.code)).toEqual(['N9', 'N11']);
    expect(r.items[0].commune).toEqual({ code: 'X1', name: 'Xã Một' });
  });
});
