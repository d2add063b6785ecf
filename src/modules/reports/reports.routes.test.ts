/**
 * The report over HTTP: the JSON model, the workbook read back with exceljs,
 * the PDF read back with poppler (pdftotext for its text, pdftoppm for page
 * images saved to test/screenshots/), the portal draft, and the audit log.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { rows, type Database } from '../../platform/db.js';
import { importRegister } from '../register/register.service.js';
import { findArticle } from '../portal/articles.repository.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { testActor } from '../../../test/actor.js';
import { signIn, type Signed } from '../../../test/auth.js';
import { root } from '../../../test/process.js';
import { reportChartSvg } from './reports.chart.js';
import type { Report } from './reports.schema.js';
import { reportRegister } from '../../../test/support/reports/fixture.js';
import { viCountFormat } from './reports.xlsx.js';

const period = 'scope=P&from=2013-06-01&to=2016-01-01&issuedOn=2026-11-27&signer=Nguy%E1%BB%85n%20V%C4%83n%20An';
const shots = join(root, 'test/screenshots');

/**
 * A cell's value as a reader sees it: a formula's cached result (read through
 * `result`: exceljs leaves a result of 0 out of `value`).
 */
const shown = (c: ExcelJS.Cell) => (c.type === ExcelJS.ValueType.Formula ? c.result : c.value);

/** The text of a worksheet, row by row, cells joined by " | " (formulas by their results). */
function sheetText(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((c) => {
      const v = shown(c);
      if (v !== undefined && v !== null && v !== '') cells.push(String(v));
    });
    out.push(cells.join(' | '));
  });
  return out;
}

/** The row of a worksheet whose column B reads `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === text) found ??= row;
  });
  return found!;
}

const headColumn = 'Họ và tên trưởng thôn, tổ trưởng tổ dân phố';

describe.each(engines)('reports over HTTP (%s)', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Signed;
  const dir = mkdtempSync(join(tmpdir(), 'gr-report-'));

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, reportRegister(), { actor: testActor })).errors).toEqual([]);
    app = await buildApp({ database });
    admin = await signIn(app, database.db, 'admin');
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, who = admin) => app.inject({ method: 'GET', url, headers: who.headers });
  const exports = async (format: string) =>
    (
      await rows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from audit_log where action = 'export' and entity = 'report' and after->>'format' = ${format}`,
      )
    )[0].n;

  it('answers the model: rows adding up to the total, the narrative in both languages', async () => {
    const r = await get(`/api/reports?${period}`);
    expect(r.statusCode).toBe(200);
    const body = r.json() as Report;
    expect(body.rows.map((x) => x.unit.code)).toEqual(['X1', 'X2']);
    expect(body.rows.reduce((a, x) => a + x.figures.villages, 0)).toBe(body.total.figures.villages);
    expect(body.heading.signer.name).toBe('Nguyễn Văn An');
    expect(body.narrative.en).toMatch(/^From 2013 to 2016, /);
    const bad = await get('/api/reports?scope=P&from=2016-01-01&to=2013-01-01&lang=en');
    expect(bad.json().error).toMatchObject({ code: 'DATE_RANGE_INVALID' });
  });

  it('writes a workbook with the heading and its number, the tables, the totals as formulas, and a print set-up on every sheet', async () => {
    const before = await exports('xlsx');
    const r = await get(`/api/reports/xlsx?${period}&number=12`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toBe(
      `attachment; filename="bao-cao-tinh-mau-2013-06-01-2016-01-01.xlsx"; filename*=UTF-8''${encodeURIComponent('Báo cáo Tỉnh Mẫu 01-06-2013 đến 01-01-2016.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Báo cáo', 'Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']);
    const main = wb.getWorksheet('Báo cáo')!;
    expect(main.getCell('A1').value).toBe('TỈNH ỦY MẪU');
    expect(main.getCell('A2').value).toBe('BAN TỔ CHỨC');
    expect(main.getCell('A4').value).toBe('Số 12-BC/BTCTU');
    expect(main.getCell('D1').value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(main.getCell('D1').font).toMatchObject({ bold: true, underline: true });
    expect(main.getCell('D4').value).toBe('Mẫu, ngày 27 tháng 11 năm 2026');
    expect(main.getCell('D4').font.italic).toBe(true);
    expect(main.getCell('A6').value).toBe('BÁO CÁO');
    expect(main.getCell('A12').value).toMatch(/^Từ năm 2013 đến năm 2016, /);
    const text = sheetText(main).join('\n');
    expect(text).toContain('TRƯỞNG BAN');
    expect(text).toContain('Nguyễn Văn An');
    expect(main.getCell('A17').border.top?.style).toBe('thin');

    const units = wb.getWorksheet('Phụ lục 1')!;
    const lines = sheetText(units);
    const total = lines.find((l) => l.startsWith('Tổng cộng'));
    // villages 3: 1 white, 1 weak, 1 strong; 2 own cells; heads 1 party, 1 not, 1 vacant; 5 members; 2 admissions
    expect(total).toBe('Tổng cộng | 3 | 1 | 1 | 1 | 2 | 0 | 1 | 1 | 1 | 1 | 33,33% | 5 | 2');
    // the total's counts are SUMs of the rows above, their cached results the engine's totals
    const model = (await get(`/api/reports?${period}`)).json() as Report;
    const f = model.total.figures;
    const engineTotals = [
      f.villages,
      f.white,
      f.weak,
      f.strong,
      f.ownCell,
      f.combinedOnly,
      f.noCell,
      f.heads.party,
      f.heads.nonParty,
      f.heads.vacant,
      null,
      f.members.total,
      model.total.admissions,
    ];
    const totalRow = rowOf(units, 'Tổng cộng');
    const first = rowOf(units, 'Xã Một').number;
    expect(totalRow.number).toBe(first + model.rows.length);
    for (const [i, expected] of engineTotals.entries()) {
      const cell = totalRow.getCell(i + 3);
      if (expected === null) {
        expect(cell.value).toBe('33,33%');
        continue;
      }
      expect(cell.formula).toBe(
        `SUM(${cell.address.replace(/\d+/, '')}${first}:${cell.address.replace(/\d+/, '')}${totalRow.number - 1})`,
      );
      expect(cell.result).toBe(expected);
      let sum = 0;
      for (let row = first; row < totalRow.number; row++) sum += units.getCell(row, i + 3).value as number;
      expect(sum).toBe(expected);
    }
    expect(totalRow.getCell(3).numFmt).toBe(viCountFormat);
    expect(totalRow.getCell(3).font.bold).toBe(true);

    // every sheet prints on A4 fitted to the width; each appendix repeats its table's header rows
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    expect(wb.worksheets.map((ws) => ws.pageSetup.orientation)).toEqual([
      'portrait',
      'landscape',
      'portrait',
      'portrait',
      'portrait',
    ]);
    expect(wb.worksheets.slice(1).map((ws) => ws.pageSetup.printTitlesRow)).toEqual(['6:7', '6:6', '6:6', '6:6']);
    expect(units.getRow(6).getCell(1).value).toBe('TT');

    expect(sheetText(wb.getWorksheet('Phụ lục 2')!).join('\n')).toContain('Thôn B | Xã Một');
    // the list of non-party heads names them for an account that may read the register
    const heads = wb.getWorksheet('Phụ lục 4')!;
    expect(heads.getRow(6).values).toContain(headColumn);
    expect(sheetText(heads)).toContain('1 | Thôn B | Xã Một | Vũ Văn Bảy | 0 | 0 | Riêng');
    expect(await exports('xlsx')).toBe(before + 1);
    const [audited] = await rows<{ after: Record<string, unknown> }>(
      database.db,
      sql`select after from audit_log where action = 'export' and entity = 'report' order by id desc limit 1`,
    );
    expect(audited.after).toMatchObject({ format: 'xlsx', headNames: true });
  });

  it('names no head to an account that may read only figures (the portal editor)', async () => {
    const editor = await signIn(app, database.db, 'editor', 'P');
    const model = (await get(`/api/reports?${period}`, editor)).json() as Report;
    expect(model.headNames).toBe(false);
    expect(model.appendices.nonPartyHead.map((v) => [v.code, v.head])).toEqual([['VB', null]]);
    const r = await get(`/api/reports/xlsx?${period}`, editor);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const heads = wb.getWorksheet('Phụ lục 4')!;
    expect(heads.getRow(6).values).not.toContain(headColumn);
    expect(sheetText(heads).join('\n')).not.toContain('Vũ Văn Bảy');
    expect(sheetText(heads)).toContain('1 | Thôn B | Xã Một | 0 | 0 | Riêng');
    const [audited] = await rows<{ after: Record<string, unknown> }>(
      database.db,
      sql`select after from audit_log where action = 'export' and entity = 'report' order by id desc limit 1`,
    );
    expect(audited.after).not.toHaveProperty('headNames');
    expect((await get(`/api/reports?${period}&number=12a`)).json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('prints a tagged A4 PDF in Liberation Serif whose text holds the heading with its number, the title, the totals and the heads; its pages as images', async () => {
    const before = await exports('pdf');
    const r = await get(`/api/reports/pdf?${period}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const numbered = await get(`/api/reports/pdf?${period}&number=12`);
    writeFileSync(join(dir, 'numbered.pdf'), numbered.rawPayload);
    expect(execFileSync('pdftotext', ['-layout', join(dir, 'numbered.pdf'), '-'], { encoding: 'utf8' })).toMatch(
      /^\s*Số 12-BC\/BTCTU\s*$/m,
    );
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, r.rawPayload);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    // tagged, for screen readers
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    // set in Liberation Serif (Times New Roman's metric twin) only: every Vietnamese letter from it, no other font, no Type 3 glyphs
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts)
      expect(line).toMatch(
        /^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/,
      );
    expect(fonts.join('\n')).not.toMatch(/Noto|DejaVu|Type 3/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const s of [
      'TỈNH ỦY MẪU',
      'BAN TỔ CHỨC',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Mẫu, ngày 27 tháng 11 năm 2026',
      'BÁO CÁO',
      'Kết quả xây dựng Đảng ở thôn, tổ dân phố',
      'TRƯỞNG BAN',
      'Nguyễn Văn An',
      'PHỤ LỤC 4',
    ]) {
      expect(text).toContain(s);
    }
    // the number left blank to fill in by hand, under the issuing body
    const lines = text.split('\n');
    const board = lines.findIndex((l) => l.includes('BAN TỔ CHỨC'));
    const numberAt = lines.findIndex((l) => /^\s*Số\s{3,}-BC\/BTCTU\s*$/.test(l));
    expect(numberAt).toBeGreaterThan(board);
    // the appendix of non-party heads with its commune column and the head's name
    expect(text).toMatch(/1\s+Thôn B\s+Xã Một\s+Vũ Văn Bảy\s+0\s+0\s+Riêng/);
    expect(text).toMatch(/Tổng cộng\s+3\s+1\s+1\s+1\s+2\s+0\s+1\s+1\s+1\s+1\s+33,33%\s+5\s+2/);
    // the landscape page of the table by unit
    expect(execFileSync('pdfinfo', ['-f', '2', '-l', '9', pdf], { encoding: 'utf8' })).toMatch(
      /Page\s+\d+ size:\s+841\.92 x 594\.96 pts/,
    );
    const prefix = join(shots, `report-${engine}`);
    for (const f of readdirSync(shots)) if (f.startsWith(`report-${engine}-`)) rmSync(join(shots, f));
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, prefix]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(readdirSync(shots).filter((f) => f.startsWith(`report-${engine}-`))).toHaveLength(pages);
    expect(await exports('pdf')).toBe(before + 2);
  }, 60_000);

  it('answers PDF_BROWSER_MISSING when there is no Chromium', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-chromium');
    try {
      const r = await get(`/api/reports/pdf?${period}&lang=en`);
      expect(r.statusCode).toBe(503);
      expect(r.json().error.code).toBe('PDF_BROWSER_MISSING');
      expect(r.json().error.message).toContain("Install Debian's chromium package");
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('publishes a draft article with the narrative, the table and the chart, unpublished', async () => {
    const editor = await signIn(app, database.db, 'editor', 'P');
    const r = await app.inject({
      method: 'POST',
      url: '/api/reports/publish',
      headers: editor.headers,
      payload: { scope: 'P', from: '2013-06-01', to: '2016-01-01' },
    });
    expect(r.statusCode).toBe(201);
    const { id, imageId, imageUrl, title } = r.json();
    expect(title).toBe('Kết quả xây dựng Đảng ở thôn, tổ dân phố của Tỉnh Mẫu từ ngày 01/06/2013 đến ngày 01/01/2016');
    const a = await findArticle(database.db, id);
    expect(a?.publishedAt).toBeNull();
    expect(a?.source).toMatchObject({ kind: 'report', scope: 'P', from: '2013-06-01', to: '2016-01-01' });
    expect(a?.bodyHtml).toContain('<p>Từ năm 2013 đến năm 2016, ');
    expect(a?.bodyHtml).toContain(`<img src="${imageUrl}"`);
    expect(a?.bodyHtml).toMatch(/<td class="name">Tổng cộng<\/td>/);
    expect(a?.images).toEqual([{ id: imageId, contentType: 'image/svg+xml', alt: title }]);
    const [img] = await rows<{ data: Buffer }>(database.db, sql`select data from portal_images where id = ${imageId}`);
    expect(Buffer.from(img.data).toString('utf8')).toMatch(/^<svg [^>]*width="760"/);
    // the draft is the editor's, in the audit log
    const [audited] = await rows<{ actor: string }>(
      database.db,
      sql`select actor from audit_log where entity = 'portal_articles' and action = 'insert' order by id desc limit 1`,
    );
    expect(audited.actor).toBe(`account:${editor.username}`);

    // published by the editor, the report is a public article with its table and chart
    const published = await app.inject({
      method: 'POST',
      url: `/api/editorial/articles/${id}/publish`,
      headers: editor.headers,
      payload: {},
    });
    expect(published.statusCode).toBe(200);
    const page = await app.inject({ method: 'GET', url: `/tin-tuc/${id}-${a!.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Từ năm 2013 đến năm 2016, ');
    expect(page.body).toContain('Tổng cộng</td>');
    expect(page.body).toContain(`<img src="${imageUrl}"`);
    const chart = await app.inject({ method: 'GET', url: imageUrl });
    expect(chart.headers['content-type']).toBe('image/svg+xml');
    expect(chart.headers['content-security-policy']).toContain('sandbox');
  });

  it('escapes names in the chart it draws', async () => {
    const r = { scope: { name: 'Xã <script>x</script>' }, from: '2013-01-01', to: '2016-01-01' } as Report;
    const s = { white: 1, weak: 2, strong: 3, noCell: 4, heads: { nonParty: 5 } };
    const svg = await reportChartSvg({ ...r, comparison: { from: s, to: s } } as unknown as Report);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
