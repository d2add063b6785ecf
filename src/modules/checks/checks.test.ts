import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../platform/db.js';
import { exampleApp } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { checksRegister, plantedFindings, plantRefusedFaults } from '../../../test/support/checks/fixture.js';
import { runChecks, type Finding } from './checks.service.js';

/** The record a finding is about, as plantedFindings names it. */
function record(f: Finding): string {
  if (f.code === 'CELL_TOO_FEW_OFFICIAL' || f.code === 'SECRETARY_OVERLAP') return f.cell!.code;
  if (f.code === 'OWN_CELL_NO_MEMBER' || f.code === 'HEAD_OVERLAP') return f.village!.code;
  return f.person!.code;
}
const summary = (f: Finding) => ({
  code: f.code,
  record: record(f),
  commune: f.commune?.code ?? null,
  from: f.validFrom,
  to: f.validTo,
});
/** The rows of a workbook's first sheet as the cells' shown text. */
async function sheetRows(payload: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws.eachRow((row) => out.push(Array.from({ length: ws.columnCount }, (_, c) => row.getCell(c + 1).text)));
  return out;
}
const sorted = <T extends { code: string; record: string }>(list: T[]) =>
  [...list].sort((a, b) => `${a.code} ${a.record}`.localeCompare(`${b.code} ${b.record}`));

describe.each(engines)('data-quality checks (%s)', (engine) => {
  describe('a register with each fault planted once', () => {
    const t = exampleApp(engine, ['admin', null], { register: () => checksRegister({ faults: true }) });
    beforeAll(() => plantRefusedFaults(t.database.db));

    it('finds exactly the planted faults over all history, at the right records', async () => {
      const r = await runChecks(t.database.db, { all: true });
      expect(sorted(r.findings.map(summary))).toEqual(sorted(plantedFindings));
      const byCode = new Map(r.findings.map((f) => [f.code, f]));
      expect(byCode.get('HEAD_UNDER_AGE')).toMatchObject({
        severity: 'error',
        rule: { id: '29-QĐ/TW' },
        village: { code: 'V2', name: 'Thôn Hai' },
        commune: { code: 'X1', name: 'Xã Một' },
        person: { code: 'Y1', name: 'Lâm Văn Vĩnh' },
        link: '/people/Y1',
      });
      expect(byCode.get('HEAD_OVERLAP')).toMatchObject({
        person: { code: 'A1' },
        other: { code: 'A2' },
        link: '/villages/V1',
      });
      expect(byCode.get('SECRETARY_NOT_MEMBER')).toMatchObject({
        cell: { code: 'C2', name: 'Chi bộ thôn Hai' },
        rule: { label: 'Điều lệ Đảng' },
      });
      expect(byCode.get('TRANSIT_TOO_LONG')!.message).toContain('73 ngày');
      expect(r.count.error + r.count.warning).toBe(plantedFindings.length);
    });

    it('at a date reports only the faults that hold then', async () => {
      const at = (d: string) =>
        runChecks(t.database.db, { at: d }).then((r) =>
          sorted(r.findings.map(summary)).map((f) => `${f.code} ${f.record}`),
        );
      expect(await at('2019-03-01')).toEqual([
        'AGE_IMPLAUSIBLE O1',
        'BIRTH_IN_FUTURE F1',
        'CELL_TOO_FEW_OFFICIAL C5',
        'HEAD_NOT_RESIDENT B1',
        'OWN_CELL_NO_MEMBER V4',
        'TWO_OFFICIAL_PLACEMENTS W1',
      ]);
      expect(await at('2018-02-01')).toContain('TRANSIT_TOO_LONG T1');
      expect(await at('2021-03-01')).toContain('SECRETARY_OVERLAP C1');
      expect(await at('2022-06-01')).toContain('HEAD_OVERLAP V1');
    });

    it('a scope shows only its communes', async () => {
      const r = await runChecks(t.database.db, { all: true, scope: 'X2' });
      expect(sorted(r.findings.map(summary))).toEqual(sorted(plantedFindings.filter((f) => f.commune === 'X2')));
    });

    it("GET /api/checks answers the findings of the account's scope", async () => {
      const all = await t.get('/api/checks?all=true');
      expect(all.statusCode).toBe(200);
      expect(all.json().findings).toHaveLength(plantedFindings.length);
      const x2 = await t.signIn('commune', 'X2');
      const mine = await t.get('/api/checks?all=true', x2);
      expect(mine.statusCode).toBe(200);
      expect(sorted(mine.json().findings.map(summary))).toEqual(
        sorted(plantedFindings.filter((f) => f.commune === 'X2')),
      );
      expect((await t.get('/api/checks?all=true&scope=X1', x2)).json().error.code).toBe('OUT_OF_SCOPE');
      const en = await t.get('/api/checks?at=2019-03-01&scope=X1&lang=en');
      expect(en.json().findings.map((f: Finding) => f.title)).toContain('Two official placements at once');
    });

    it('GET /api/checks/xlsx writes the same findings as a workbook, within the scope, and records the export', async () => {
      const r = await t.app.inject({ method: 'GET', url: '/api/checks/xlsx?all=true', headers: t.caller.headers });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(r.headers['content-disposition']).toBe('attachment; filename="kiem-tra-du-lieu_tat-ca_toan-bo.xlsx"');
      const sheet = await sheetRows(r.rawPayload);
      const json = (await t.get('/api/checks?all=true')).json() as {
        findings: Finding[];
        count: { error: number; warning: number };
      };
      expect(sheet[0][0]).toBe('Kiểm tra dữ liệu toàn bộ lịch sử');
      expect(sheet[1]).toEqual([
        'STT',
        'Xã, phường',
        'Mức độ',
        'Mã kiểm tra',
        'Phát hiện',
        'Hồ sơ',
        'Nội dung',
        'Từ ngày',
        'Đến ngày',
        'Căn cứ',
        'Trang hồ sơ',
      ]);
      // one row per finding, in the screen's order, each with its record and the record's page
      expect(sheet.slice(2, -1).map((x) => [x[3], x[6]])).toEqual(json.findings.map((f) => [f.code, f.message]));
      const underAge = sheet.find((x) => x[3] === 'HEAD_UNDER_AGE')!;
      expect(underAge.slice(1, 6)).toEqual([
        'Xã Một (X1)',
        'Lỗi',
        'HEAD_UNDER_AGE',
        'Trưởng thôn chưa đủ 21 tuổi ngày bắt đầu nhiệm kỳ',
        'Lâm Văn Vĩnh (Y1)',
      ]);
      expect(underAge[10]).toBe('http://localhost:80/admin/people/Y1');
      expect(sheet.at(-1)![0]).toBe(`${json.count.error} lỗi, ${json.count.warning} cảnh báo`);
      const [event] = await rows<{ actor: string; after: Record<string, unknown> }>(
        t.database.db,
        sql`select actor, after from audit_log where action = 'export' and entity = 'checks' order by id desc limit 1`,
      );
      expect(event.actor).toBe(`account:${t.caller.username}`);
      expect(event.after).toMatchObject({
        scope: null,
        at: null,
        all: true,
        format: 'xlsx',
        rows: plantedFindings.length,
      });

      // a commune's account: its own findings only, another commune refused; English on asking
      const x2 = await t.signIn('commune', 'X2');
      const own = await sheetRows(
        (await t.app.inject({ method: 'GET', url: '/api/checks/xlsx?all=true&lang=en', headers: x2.headers }))
          .rawPayload,
      );
      expect(own[0][0]).toBe('Data checks over all history, unit X2');
      expect(new Set(own.slice(2, -1).map((x) => x[1]))).toEqual(new Set(['Xã Hai (X2)']));
      expect(own.length - 3).toBe(plantedFindings.filter((f) => f.commune === 'X2').length);
      const out = await t.app.inject({ method: 'GET', url: '/api/checks/xlsx?all=true&scope=X1', headers: x2.headers });
      expect(out.statusCode).toBe(403);
      expect(out.json().error.code).toBe('OUT_OF_SCOPE');
    });
  });

  describe('a clean register', () => {
    const t = exampleApp(engine, ['admin', null], { register: () => checksRegister({ faults: false }) });

    it('yields no finding, at a date or over all history', async () => {
      expect((await runChecks(t.database.db, { all: true })).findings).toEqual([]);
      expect((await runChecks(t.database.db, {})).findings).toEqual([]);
    });
  });
});
