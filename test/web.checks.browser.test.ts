/**
 * The data-quality checks in Chromium over the demo province: the
 * dashboard's card counts today's findings, the screen lists them by commune
 * with links to each record's page, the workbook holds the same rows, and a
 * commune's account sees its own commune only. Also the demo portal's
 * results article as a visitor reads it. Screenshots: test/screenshots/checks*.png,
 * portal-results*.png.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/modules/checks/checks.service.js';
import { browserSuite } from './browser.js';
import { DEMO_PASSWORD as PASSWORD } from './demo-accounts.js';
import { root } from './process.js';

const shots = join(root, 'test/screenshots');

describe('the data checks and the results article of the demo in Chromium', { timeout: 180_000 }, () => {
  const suite = browserSuite('gr-web-checks-');
  const downloads = mkdtempSync(join(tmpdir(), 'gr-web-checks-dl-'));
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));

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
  /** The communes of the findings, in their order. */
  const communes = (r: CheckResult) => [...new Set(r.findings.map((f) => f.commune?.code ?? ''))];

  it("counts today's findings on the dashboard, lists them by commune with links to their records, and downloads them as a workbook", async () => {
    const page = await signIn('demo-tinh', '/admin/');
    const card = page.getByTestId('checks-card');
    await card.waitFor({ timeout: 60_000 });
    const today = await api<CheckResult>(page, '/api/checks');
    // the demo has findings: cells left with fewer than 3 official members
    expect(today.findings.length).toBeGreaterThan(0);
    expect(today.scope).toBe('33');
    await expect(card.innerText()).resolves.toContain(`${today.count.error} lỗi, ${today.count.warning} cảnh báo`);

    await card.getByRole('link', { name: 'Xem chi tiết' }).click();
    await page.waitForURL(/\/admin\/checks/);
    await page.getByTestId('checks-page').waitFor();
    await page.locator('[data-testid^="checks-commune-"]').first().waitFor({ timeout: 60_000 });
    // one card per commune, in the API's order, each with its findings
    const cards = await page
      .locator('[data-testid^="checks-commune-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('checks-commune-'.length)));
    expect(cards).toEqual(communes(today));
    const first = today.findings[0];
    const firstCard = page.getByTestId(`checks-commune-${first.commune!.code}`);
    await expect(firstCard.locator('.ant-card-head-title').innerText()).resolves.toBe(
      `${first.commune!.name} (${first.commune!.code})`,
    );
    await expect(firstCard.locator('tbody tr.ant-table-row').count()).resolves.toBe(
      today.findings.filter((f) => f.commune?.code === first.commune!.code).length,
    );
    await expect(firstCard.innerText()).resolves.toContain(first.message);
    await page.screenshot({ path: join(shots, 'checks.png'), fullPage: false });

    // the workbook: the same findings, in the same order
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('checks-xlsx').click(),
    ]);
    const path = join(downloads, file.suggestedFilename());
    await file.saveAs(path);
    expect(file.suggestedFilename()).toMatch(/^kiem-tra-du-lieu_33_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const lines: string[][] = [];
    ws.eachRow((row) => lines.push(Array.from({ length: 11 }, (_, c) => row.getCell(c + 1).text)));
    expect(lines.slice(2, -1).map((x) => [x[1], x[3], x[6]])).toEqual(
      today.findings.map((f) => [`${f.commune!.name} (${f.commune!.code})`, f.code, f.message]),
    );
    expect(lines[2][10]).toBe(`${suite.server.url}/admin${first.link}`);

    // the record's link opens its page, where the forms that change it are
    const record = first.record;
    await firstCard.getByRole('link', { name: `${record!.name} (${record!.code})` }).click();
    await page.waitForURL(new RegExp(`/admin${first.link!.replace(/[/]/g, '\\/')}`));
    await page
      .getByRole('heading', { name: new RegExp(record!.name!) })
      .first()
      .waitFor({ timeout: 60_000 });
    // a cell's page: its members, and the form of its secretary's term
    if (first.link!.startsWith('/orgs/')) await page.getByRole('button', { name: 'Nhập nhiệm kỳ bí thư' }).waitFor();
    await page.screenshot({ path: join(shots, 'checks-record.png'), fullPage: false });
    await page.context().close();
  });

  it("shows a commune's account the findings of its own commune only", async () => {
    const page = await signIn('demo-xa', '/admin/checks');
    await page.getByTestId('checks-page').waitFor({ timeout: 60_000 });
    const mine = await api<CheckResult>(page, '/api/checks');
    expect(mine.scope).toBe('11953');
    expect(new Set(mine.findings.map((f) => f.commune?.code))).toEqual(new Set(mine.findings.length ? ['11953'] : []));
    if (mine.findings.length) await page.getByTestId('checks-commune-11953').waitFor({ timeout: 60_000 });
    else await page.getByText('Không phát hiện sai sót nào').waitFor({ timeout: 60_000 });
    const cards = await page
      .locator('[data-testid^="checks-commune-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(cards).toEqual(communes(mine).map((c) => `checks-commune-${c}`));
    // another commune's findings are refused
    const other = await page.evaluate(async () => (await fetch('/api/checks?scope=12004')).status);
    expect(other).toBe(403);
    await page.screenshot({ path: join(shots, 'checks-commune.png'), fullPage: false });
    await page.context().close();
  });

  it("publishes the results article on the portal: the report's narrative, chart and tables", async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/tin-tuc/chuyen-muc/xay-dung-dang`);
    await page
      .getByRole('link', {
        name: /Kết quả xây dựng Đảng ở thôn, tổ dân phố của Tỉnh Hưng Yên từ ngày 15\/03\/2013 đến ngày 31\/12\/2017/,
      })
      .first()
      .click();
    await page.locator('article h1').waitFor();
    await expect(page.locator('article').innerText()).resolves.toMatch(
      /Từ năm 2013 đến năm 2017, đã xóa được \d+ thôn, tổ dân phố chưa có đảng viên/,
    );
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.article .body img');
      return img?.complete && img.naturalWidth > 0;
    });
    await expect(page.locator('.article .body table').count()).resolves.toBe(2);
    await page.screenshot({ path: join(shots, 'portal-results.png'), fullPage: true });
    await context.close();
  });
});
