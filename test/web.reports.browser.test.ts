/**
 * The reports page in Chromium against a server with the demo province: the
 * narrative and tables as the API gives them, both files downloaded and read
 * back, and the portal draft made by the portal editor (and offered to no one
 * else).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/modules/reports/reports.schema.js';
import { browserSuite } from './browser.js';
import { root } from './process.js';
import { DEMO_PASSWORD as PASSWORD } from './demo-accounts.js';

const shots = join(root, 'test/screenshots');
const n = (x: number) => new Intl.NumberFormat('vi-VN').format(x);
const period = 'scope=33&from=2013-01-01&to=2017-01-01';

describe('the reports page in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite('gr-web-reports-');
  const downloads = mkdtempSync(join(tmpdir(), 'gr-web-reports-dl-'));
  afterAll(() => {
    rmSync(downloads, { recursive: true, force: true });
  });

  async function signIn(username: string, path: string): Promise<Page> {
    const context = await suite.browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}${path}`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  }
  const api = <T>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

  async function download(page: Page, button: string): Promise<{ name: string; data: Buffer }> {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId(button).click(),
    ]);
    const path = join(downloads, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), data: readFileSync(path) };
  }

  it('shows the report of a period, downloads its workbook and its PDF, and posts a draft to the portal', async () => {
    const page = await signIn('demo-bientap', `/admin/reports?${period}`);
    await page.getByTestId('report-narrative').waitFor({ timeout: 60_000 });
    const report = await api<Report>(page, `/api/reports?${period}`);
    expect(await page.getByTestId('report-narrative').innerText()).toBe(report.narrative.vi);
    expect(report.narrative.vi).toMatch(
      /^Từ năm 2013 đến năm 2017, đã xóa được \d+ thôn, tổ dân phố chưa có đảng viên; giảm \d+ thôn, tổ dân phố có từ 1–2 đảng viên\./,
    );
    const total = page.locator('[data-testid="report-units"] tr.report-total');
    expect(await total.innerText()).toContain(n(report.total.figures.villages));
    expect(await total.innerText()).toContain(n(report.total.admissions));
    expect(await page.locator('[data-testid="report-units"] tbody tr.ant-table-row').count()).toBe(
      report.rows.length + 1,
    );
    expect(await page.getByTestId('main-menu').innerText()).toContain('Báo cáo');
    await page.screenshot({ path: join(shots, 'reports.png'), fullPage: true });

    // the number typed goes into the document's number line, digits only
    await page.getByTestId('report-number').fill('12a');
    expect(await page.getByTestId('report-number').inputValue()).toBe('12');
    const xlsx = await download(page, 'report-xlsx');
    expect(xlsx.name).toBe('bao-cao-tinh-hung-yen-2013-01-01-2017-01-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Báo cáo')!.getCell('A1').value).toBe('TỈNH ỦY HƯNG YÊN');
    expect(wb.getWorksheet('Báo cáo')!.getCell('A4').value).toBe('Số 12-BC/BTCTU');
    // the portal editor reads figures only: no head is named
    expect(report.headNames).toBe(false);
    expect(wb.getWorksheet('Phụ lục 4')!.getRow(6).values).not.toContain('Họ và tên trưởng thôn, tổ trưởng tổ dân phố');
    const pdf = await download(page, 'report-pdf');
    expect(pdf.name.endsWith('.pdf')).toBe(true);
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByTestId('report-publish').click();
    await page.getByTestId('report-publish-ok').click();
    const published = page.getByTestId('report-published');
    // the server draws the chart and writes the draft: slow when every browser test runs at once
    await published.waitFor({ timeout: 60_000 });
    expect(await published.innerText()).toMatch(
      /^Đã tạo bài viết nháp "Kết quả xây dựng Đảng ở thôn, tổ dân phố của Tỉnh Hưng Yên từ ngày 01\/01\/2013 đến ngày 01\/01\/2017" \(số \d+\)/,
    );
    await page.screenshot({ path: join(shots, 'reports-published.png') });

    // in English: the narrative the API wrote in English
    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('report-narrative').innerText()).toBe(report.narrative.en);
    expect(await page.getByTestId('main-menu').innerText()).toContain('Reports');
    await page.screenshot({ path: join(shots, 'reports-en.png') });
    await page.context().close();
  }, 180_000);

  it('offers the leaders the files but not the portal, and names the heads who are not party members to them', async () => {
    const page = await signIn('demo-xem', `/admin/reports?${period}`);
    await page.getByTestId('report-narrative').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-xlsx').isEnabled()).toBe(true);
    expect(await page.getByTestId('report-publish').count()).toBe(0);
    const report = await api<Report>(page, `/api/reports?${period}`);
    expect(report.headNames).toBe(true);
    const first = report.appendices.nonPartyHead[0];
    expect(first.head).toBeTruthy();
    expect(first.district).not.toBeNull();
    // the appendix of non-party heads: the district (2017 is before 1/7/2025), the commune and the head
    await page
      .getByTestId('report-appendices')
      .getByText(/trưởng thôn, tổ trưởng chưa là đảng viên/)
      .click();
    const table = page.getByTestId('report-appendices').locator('.ant-collapse-item-active table');
    await table.waitFor();
    expect(await table.locator('thead').innerText()).toMatch(
      /Huyện, thị xã, thành phố[\s\S]*Xã, phường[\s\S]*Trưởng thôn, tổ trưởng/,
    );
    expect(await table.locator('tbody tr').first().innerText()).toContain(first.head!);
    await page.getByTestId('report-appendices').screenshot({ path: join(shots, 'reports-heads.png') });
    await page.context().close();
  }, 120_000);
});
