import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { exampleApp } from '../../../test/app.js';
import { rows } from '../../platform/db.js';
import { exampleComparison, exampleRegister } from '../../../test/support/indicators/example.register.js';

/** The rows of a workbook's first sheet, each as its cells' text (empty cells as ''). */
async function sheetRows(payload: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : String(v));
    }
    out.push(cells);
  });
  return out;
}

describe.each(engines)('GET /api/indicators (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null]);

  const get = async (url: string) => {
    const r = await t.app.inject({ method: 'GET', url, headers: t.caller.headers });
    return { status: r.statusCode, body: r.json() };
  };

  it('answers a snapshot with the documented JSON shape', async () => {
    const { status, body } = await get('/api/indicators?scope=P&at=01/06/2013');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      scope: { code: 'P', name: 'Tỉnh Mẫu' },
      at: '2013-06-01',
      villages: 4,
      white: 1,
      weak: 2,
      strong: 1,
      heads: { party: 1, nonParty: 2, vacant: 1 },
      members: { total: 5, official: 4, probationary: 1 },
      nonPartyHeadRatio: { count: 2, total: 4, percent: 50, text: '50,00% (2/4)' },
    });
  });

  it('answers a comparison', async () => {
    const { status, body } = await get('/api/indicators?scope=X1&from=2013-06-01&to=2016-01-01');
    expect(status).toBe(200);
    expect(body.changes).toEqual(exampleComparison.changes);
    expect(body.from.at).toBe('2013-06-01');
  });

  it('lists the villages behind a number and behind a flow', async () => {
    const at = await get('/api/indicators/villages?scope=P&at=2013-06-01&category=nonPartyHead');
    expect(at.status).toBe(200);
    expect(at.body.villages.map((v: { code: string }) => v.code)).toEqual(['VB', 'VC']);
    const flow = await get(
      '/api/indicators/villages?scope=X1&from=2013-06-01&to=2016-01-01&category=white&flow=ceased',
    );
    expect(flow.status).toBe(200);
    expect(flow.body).toMatchObject({
      count: 1,
      villages: [{ code: 'VC', to: null, from: { code: 'VC', category: 'white' } }],
    });
  });

  it('lists the villages that stayed in a group, and those of a flow that went to one group', async () => {
    // VA stayed strong; VB had 1 member at D1 and none at D2
    const stayed = await get(
      '/api/indicators/villages?scope=X1&from=2013-06-01&to=2016-01-01&category=strong&flow=stayed',
    );
    expect(stayed.status).toBe(200);
    expect(stayed.body).toMatchObject({
      flow: 'stayed',
      toCategory: null,
      count: 1,
      villages: [{ code: 'VA', from: { category: 'strong' }, to: { category: 'strong' } }],
    });
    const toWhite = await get(
      '/api/indicators/villages?scope=X1&from=2013-06-01&to=2016-01-01&category=weak&flow=left&toCategory=white',
    );
    expect(toWhite.body).toMatchObject({
      toCategory: 'white',
      count: 1,
      villages: [{ code: 'VB', to: { category: 'white' } }],
    });
    const toStrong = await get(
      '/api/indicators/villages?scope=X1&from=2013-06-01&to=2016-01-01&category=weak&flow=left&toCategory=strong',
    );
    expect(toStrong.body).toMatchObject({ count: 0, villages: [] });
  });

  it('exports a list as a workbook: title with figure, scope and date, header, villages with their commune, a total; audited', async () => {
    const count = async () =>
      (
        await rows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from audit_log where action = 'export' and entity = 'village-list'`,
        )
      )[0].n;
    const before = await count();
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/indicators/villages.xlsx?scope=P&at=2013-06-01&category=nonPartyHead',
      headers: t.caller.headers,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.headers['content-disposition']).toBe(
      'attachment; filename="danh-sach-thon_nonPartyHead_P_2013-06-01.xlsx"',
    );
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet[0][0]).toBe(
      'Danh sách thôn, tổ dân phố: Thôn có trưởng thôn chưa là đảng viên — Tỉnh Mẫu (P), ngày 01/06/2013',
    );
    expect(sheet[1]).toEqual([
      'STT',
      'Mã',
      'Tên thôn, tổ dân phố',
      'Xã, phường, thị trấn',
      'Đảng viên',
      'Chính thức',
      'Dự bị',
      'Nhóm',
      'Chi bộ',
      'Trưởng thôn',
      'Trưởng thôn là đảng viên',
    ]);
    // the same villages as the list, in its order, with what it shows
    const list = (await get('/api/indicators/villages?scope=P&at=2013-06-01&category=nonPartyHead')).body;
    expect(sheet.slice(2, -1).map((x) => x[1])).toEqual(list.villages.map((v: { code: string }) => v.code));
    expect(sheet[2]).toEqual(['1', 'VB', 'Thôn B', 'Xã Một', '1', '1', '0', '1–2 ĐV', 'Ghép', 'Vũ Văn Bảy', 'Chưa']);
    expect(sheet[3].slice(0, 4)).toEqual(['2', 'VC', 'Thôn C', 'Xã Một']);
    expect(sheet.at(-1)!.slice(1, 7)).toEqual(['Cộng', '2 thôn, tổ dân phố', '', '1', '1', '0']);
    expect(await count()).toBe(before + 1);
    const [event] = await rows<{ actor: string; after: Record<string, unknown> }>(
      t.database.db,
      sql`select actor, after from audit_log where action = 'export' and entity = 'village-list' order by id desc limit 1`,
    );
    expect(event.actor).toBe(`account:${t.caller.username}`);
    expect(event.after).toMatchObject({
      scope: 'P',
      category: 'nonPartyHead',
      at: '2013-06-01',
      format: 'xlsx',
      rows: 2,
    });
  });

  it("exports a flow with both dates, in English on asking, and answers the list's mistakes alike", async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/indicators/villages.xlsx?scope=X1&from=2013-06-01&to=2016-01-01&category=weak&flow=left&toCategory=white&lang=en',
      headers: t.caller.headers,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toBe(
      'attachment; filename="danh-sach-thon_weak-left-white_X1_2013-06-01_2016-01-01.xlsx"',
    );
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet[0][0]).toBe(
      'Villages: Villages with 1–2 members, left the group to White — Xã Một (X1), from 01/06/2013 to 01/01/2016',
    );
    expect(sheet[1]).toEqual([
      'No.',
      'Code',
      'Village',
      'Commune',
      'Members 01/06/2013',
      'Members 01/01/2016',
      'Group 01/06/2013',
      'Group 01/01/2016',
      'Cell 01/06/2013',
      'Cell 01/01/2016',
      'Head',
      'Head is a member',
    ]);
    expect(sheet[2]).toEqual([
      '1',
      'VB',
      'Thôn B',
      'Xã Một',
      '1',
      '0',
      '1–2 members',
      'White',
      'Combined',
      'Own',
      'Vũ Văn Bảy',
      'No',
    ]);
    // a village gone by D2 is "not there" then
    const ceased = await sheetRows(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/indicators/villages.xlsx?scope=X1&from=2013-06-01&to=2016-01-01&category=white&flow=ceased',
          headers: t.caller.headers,
        })
      ).rawPayload,
    );
    expect(ceased[2].slice(1, 6)).toEqual(['VC', 'Thôn C', 'Xã Một', '0', 'không có']);
    // an empty list says so
    const none = await sheetRows(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/indicators/villages.xlsx?scope=X1&from=2013-06-01&to=2016-01-01&category=weak&flow=left&toCategory=strong',
          headers: t.caller.headers,
        })
      ).rawPayload,
    );
    expect(none[2][0]).toBe('Không có thôn nào.');
    for (const [url, status, code] of [
      ['/api/indicators/villages.xlsx?scope=P&at=2013-06-01&category=purple', 400, 'UNKNOWN_CATEGORY'],
      ['/api/indicators/villages.xlsx?scope=NOPE&at=2013-06-01&category=all', 404, 'UNIT_NOT_FOUND'],
      ['/api/indicators/villages.xlsx?scope=P&at=2013-06-01&category=white&toCategory=weak', 400, 'VALIDATION_FAILED'],
      ['/api/indicators/villages?scope=P&at=2013-06-01&category=white&flow=left', 400, 'VALIDATION_FAILED'],
    ] as const) {
      const x = await get(url);
      expect([url, x.status, x.body.error?.code]).toEqual([url, status, code]);
    }
  });

  it("keeps an export within the account's scope, as the list", async () => {
    const x2 = await t.signIn('commune', 'X2');
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/indicators/villages.xlsx?scope=X1&at=2013-06-01&category=all',
      headers: x2.headers,
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('OUT_OF_SCOPE');
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/indicators/villages.xlsx?scope=X2&at=2013-06-01&category=all',
      headers: x2.headers,
    });
    expect((await sheetRows(own.rawPayload)).slice(2, -1).map((x) => x[1])).toEqual(['VD']);
  });

  it('answers mistakes with registry codes', async () => {
    const cases: [string, number, string][] = [
      ['/api/indicators?scope=P&at=2013-02-30', 400, 'VALIDATION_FAILED'],
      ['/api/indicators?scope=NOPE&at=2013-06-01', 404, 'UNIT_NOT_FOUND'],
      ['/api/indicators?scope=X3&at=2013-06-01', 404, 'UNIT_NOT_VALID_AT'],
      ['/api/indicators?scope=P&from=2016-01-01&to=2013-06-01', 400, 'DATE_RANGE_INVALID'],
      ['/api/indicators?scope=P&from=2016-01-01', 400, 'VALIDATION_FAILED'],
      ['/api/indicators/villages?scope=P&at=2013-06-01&category=purple', 400, 'UNKNOWN_CATEGORY'],
      ['/api/indicators/villages?scope=P&from=2013-06-01&to=2016-01-01&category=white', 400, 'VALIDATION_FAILED'],
      ['/api/indicators/villages?scope=P&from=2013-06-01&to=2016-01-01&category=white&flow=gone', 400, 'UNKNOWN_FLOW'],
    ];
    for (const [url, status, code] of cases) {
      const r = await get(url);
      expect([url, r.status, r.body.error?.code]).toEqual([url, status, code]);
    }
    const en = await get('/api/indicators/villages?scope=P&at=2013-06-01&category=purple&lang=en');
    expect(en.body.error.message).toContain('valid categories: white, weak');
  });
});

/** The example register with a district over both communes until the reform of 1/7/2025, the communes under the province after. */
function withDistrict() {
  const r = exampleRegister();
  const reform = '2025-07-01';
  const units = r.units.flatMap((u) => {
    if (u.code !== 'X1' && u.code !== 'X2') return [u];
    return [
      { ...u, parentCode: 'H', validTo: reform },
      { ...u, parentCode: 'P', validFrom: reform },
    ];
  });
  units.splice(1, 0, {
    code: 'H',
    name: 'Huyện Mẫu',
    level: 'district',
    subtype: 'Huyện',
    parentCode: 'P',
    validFrom: null,
    validTo: reform,
    row: 0,
  });
  r.units = units.map((u, i) => ({ ...u, row: i + 2 }));
  return r;
}

describe.each(engines)('village list workbooks with districts (%s)', (engine) => {
  const t = exampleApp(engine, ['province', 'P'], { register: withDistrict });
  const sheet = async (url: string) =>
    sheetRows((await t.app.inject({ method: 'GET', url, headers: t.caller.headers })).rawPayload);

  it("names each village's district while there were districts, and none after", async () => {
    const before = await sheet('/api/indicators/villages.xlsx?scope=P&at=2020-06-01&category=all');
    expect(before[1].slice(0, 5)).toEqual([
      'STT',
      'Mã',
      'Tên thôn, tổ dân phố',
      'Huyện, thị xã, thành phố',
      'Xã, phường, thị trấn',
    ]);
    expect(before.slice(2, -1).map((x) => x.slice(1, 5))).toEqual([
      ['VA', 'Thôn A', 'Huyện Mẫu', 'Xã Một'],
      ['VB', 'Thôn B', 'Huyện Mẫu', 'Xã Một'],
      ['VD', 'Thôn D', 'Huyện Mẫu', 'Xã Một'],
    ]);
    const after = await sheet('/api/indicators/villages.xlsx?scope=P&at=2025-08-01&category=all');
    expect(after[1][3]).toBe('Xã, phường, thị trấn');
    expect(after.slice(2, -1).map((x) => x.slice(1, 4))).toEqual([
      ['VA', 'Thôn A', 'Xã Một'],
      ['VB', 'Thôn B', 'Xã Một'],
      ['VD', 'Thôn D', 'Xã Một'],
    ]);
  });
});
