/**
 * `grassroots report` with --xlsx, --pdf and --narrative: files written whole,
 * the narrative printed, each export in the audit log; --number in the
 * document's number line; the figures and comparison it printed before are
 * unchanged.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../src/modules/imports/imports.service.js';
import { reportRegister } from './support/reports/fixture.js';
import { openDatabase, rows } from '../src/platform/db.js';
import { cli } from './process.js';

describe('the report command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-report-cli-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the workbook and the PDF, prints the narrative, and records each export', async () => {
    const file = join(dir, 'register.xlsx');
    await writeWorkbook(reportRegister(), file);
    expect(cli(['import', file, '--data', data]).status).toBe(0);

    const [xlsx, pdf] = [join(dir, 'bao-cao.xlsx'), join(dir, 'bao-cao.pdf')];
    const made = cli([
      'report',
      '--scope',
      'P',
      '--from',
      '01/06/2013',
      '--to',
      '2016-01-01',
      '--xlsx',
      xlsx,
      '--pdf',
      pdf,
      '--narrative',
      '--signer',
      'Nguyễn Văn An',
      '--number',
      '12',
      '--data',
      data,
    ]);
    expect(made.stderr).toContain(`Đã ghi: ${xlsx}`);
    expect(made.status).toBe(0);
    expect(made.stdout.trim()).toMatch(
      /^Từ năm 2013 đến năm 2016, .* Trong thời gian đó, đã kết nạp 2 đảng viên ở các thôn, tổ dân phố\.$/,
    );
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('Báo cáo')!.getCell('D1').value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(wb.getWorksheet('Báo cáo')!.getCell('A4').value).toBe('Số 12-BC/BTCTU');
    // the command line reads the whole register: the heads who are not party members are named
    expect(wb.getWorksheet('Phụ lục 4')!.getRow(7).getCell(4).value).toBe('Vũ Văn Bảy');
    expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).toMatch(/^\s*Số 12-BC\/BTCTU\s*$/m);
    const badNumber = cli([
      'report',
      '--scope',
      'P',
      '--from',
      '2013-06-01',
      '--to',
      '2016-01-01',
      '--xlsx',
      join(dir, 'n.xlsx'),
      '--number',
      'XII',
      '--data',
      data,
    ]);
    expect(badNumber.stderr).toContain('VALIDATION_FAILED');
    expect(existsSync(join(dir, 'n.xlsx'))).toBe(false);

    const en = cli([
      'report',
      '--scope',
      'P',
      '--from',
      '2013-06-01',
      '--to',
      '2016-01-01',
      '--narrative',
      '--lang',
      'en',
      '--data',
      data,
    ]);
    expect(en.stdout).toMatch(/^From 2013 to 2016, /);

    // the figures as before
    const before = cli(['report', '--scope', 'P', '--from', '2013-06-01', '--to', '2016-01-01', '--data', data]);
    expect(before.stdout).toContain('So sánh Tỉnh Mẫu (P)');

    // a file needs a period; a bad one leaves no file behind
    const atOnly = cli(['report', '--scope', 'P', '--at', '2016-01-01', '--xlsx', join(dir, 'x.xlsx'), '--data', data]);
    expect(atOnly.status).toBe(1);
    expect(atOnly.stderr).toContain('VALIDATION_FAILED');
    const reversed = cli([
      'report',
      '--scope',
      'P',
      '--from',
      '2016-01-01',
      '--to',
      '2013-01-01',
      '--pdf',
      join(dir, 'y.pdf'),
      '--data',
      data,
    ]);
    expect(reversed.stderr).toContain('DATE_RANGE_INVALID');
    expect(existsSync(join(dir, 'x.xlsx')) || existsSync(join(dir, 'y.pdf'))).toBe(false);
    const noBrowser = cli(
      [
        'report',
        '--scope',
        'P',
        '--from',
        '2013-06-01',
        '--to',
        '2016-01-01',
        '--pdf',
        join(dir, 'z.pdf'),
        '--data',
        data,
      ],
      { CHROMIUM_PATH: join(dir, 'none') },
    );
    expect(noBrowser.stderr).toContain('PDF_BROWSER_MISSING');
    expect(existsSync(join(dir, 'z.pdf'))).toBe(false);

    const database = await openDatabase({ kind: 'pglite', dataDir: data });
    try {
      const formats = await rows<{ format: string; n: number }>(
        database.db,
        sql`select after->>'format' as format, count(*)::int as n from audit_log where action = 'export' and entity = 'report' and actor like 'cli:%'
            group by 1 order by 1`,
      );
      expect(formats).toEqual([
        { format: 'narrative', n: 2 },
        { format: 'pdf', n: 1 },
        { format: 'text', n: 1 },
        { format: 'xlsx', n: 1 },
      ]);
    } finally {
      await database.close();
    }
  }, 300_000);

  it('asks for the country with --scope VN as for a province', async () => {
    if (!existsSync(data)) {
      const file = join(dir, 'register.xlsx');
      await writeWorkbook(reportRegister(), file);
      expect(cli(['import', file, '--data', data]).status).toBe(0);
    }
    // the register has one province, attached to the country by the import: the country's figures are the province's
    const figures = (scope: string) => {
      const r = cli(['report', '--scope', scope, '--at', '2016-01-01', '--json', '--data', data]);
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as { scope: { code: string; name: string } };
    };
    const { scope, ...country } = figures('VN');
    expect(scope).toEqual({ code: 'VN', name: 'Việt Nam' });
    const { scope: _, ...province } = figures('P');
    expect(country).toEqual(province);
    const period = cli(['report', '--scope', 'VN', '--from', '2013-06-01', '--to', '2016-01-01', '--data', data]);
    expect(period.status).toBe(0);
    expect(period.stdout).toContain('So sánh Việt Nam (VN)');
  }, 300_000);
});
