/**
 * The public portal in a real browser (Debian's Chromium, playwright-core)
 * against a real server whose data directory holds the demo portal: pages,
 * the view counter, polls with and without JavaScript (and their results
 * after a reload), online now, the back-to-top control, phone width, the 404
 * page, the icon, and the editors' screen. Screenshots go
 * to test/screenshots/portal-*.png.
 */
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addAccount } from '../src/modules/auth/auth.service.js';
import { loadPortalDemo } from '../src/modules/demo/demo.portal.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { exampleRegister } from './support/indicators/example.register.js';
import { openDatabase } from '../src/platform/db.js';
import { testActor } from './actor.js';
import { browserSuite } from './browser.js';
import { root } from './process.js';

const shots = join(root, 'test/screenshots');
const PASSWORD = 'Cong-thong-tin-2026-thu-nghiem';
const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };
// headless Chromium names itself HeadlessChrome, which the counter rightly takes for a robot
const userAgent =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

describe('the public portal in Chromium', () => {
  const suite = browserSuite('gr-portal-', {
    prepare: async (dataDir) => {
      // the demo portal and an editor, without the minute-long demo register
      const database = await openDatabase({ kind: 'pglite', dataDir });
      await importRegister(database.db, exampleRegister(), { actor: testActor });
      await loadPortalDemo(database.db, testActor);
      await addAccount(database.db, testActor, {
        username: 'bien-tap',
        role: 'editor',
        scopeCode: 'P',
        password: PASSWORD,
      });
      await database.close();
    },
  });

  /** A new browser context is a new visitor (no cookies). */
  async function visit(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await suite.browser.newContext({
      viewport: desktop,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      userAgent,
      ...options,
    });
    const page = await context.newPage();
    const beacon =
      options.javaScriptEnabled === false ? null : page.waitForResponse((r) => r.url().endsWith('/api/portal/views'));
    await page.goto(`${suite.server.url}${path}`);
    await beacon;
    // the script has filled in the live figures
    if (beacon) await page.locator('body[data-live]').waitFor({ state: 'attached' });
    return page;
  }
  /** Waits until no animation runs (a drawer, a message, a chart drawing in), for a screenshot of the settled page. */
  const settled = (page: Page) =>
    page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: join(shots, `portal-${name}.png`), fullPage });
  const number = async (page: Page, selector: string) =>
    Number((await page.locator(selector).innerText()).replace(/\./g, ''));
  const firstArticle = async () => {
    const home = await visit('/');
    const href = (await home.locator('.news h2 a').first().getAttribute('href'))!;
    await home.context().close();
    return href;
  };

  /** The editors' API as the editor of prepare(), signed in from here. */
  async function editorApi() {
    const login = await fetch(`${suite.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bien-tap', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const headers = {
      'content-type': 'application/json',
      cookie: String(login.headers.get('set-cookie')).split(';')[0],
      'x-csrf-token': (await login.json()).csrfToken,
    };
    return {
      async post(path: string, body: object) {
        const r = await fetch(`${suite.server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
        expect(r.status, await r.clone().text()).toBeLessThan(300);
        return r.json() as Promise<{ id: number; question: string; options: { id: number; label: string }[] }>;
      },
    };
  }

  // first of all: online now counts the sessions of the last five minutes, and on a busy machine the visits of
  // the tests before would leave that window between two readings; here the two browsers are the only sessions
  it('counts a second browser in online now', async () => {
    const a = await visit('/');
    await expect(number(a, '[data-stat="online"]')).resolves.toBe(1);
    const b = await visit('/tin-tuc');
    await expect(number(b, '[data-stat="online"]')).resolves.toBe(2);
    await expect(number(b, '[data-stat="guests"]')).resolves.toBe(2);
    await expect(number(b, '[data-stat="members"]')).resolves.toBe(0);
    await expect(number(b, '[data-stat="visits"]')).resolves.toBeGreaterThanOrEqual(2);
    await a.context().close();
    await b.context().close();
  });

  it('shows the home page and an article, on a desktop and on a phone', async () => {
    const home = await visit('/');
    await expect(home.title()).resolves.toContain('Cổng thông tin điện tử Tỉnh ủy Hưng Yên');
    expect(await home.locator('.news li').count()).toBe(10);
    await expect(home.getByRole('heading', { name: 'Bình chọn' }).isVisible()).resolves.toBe(true);
    await expect(home.getByRole('heading', { name: 'Thống kê truy cập' }).isVisible()).resolves.toBe(true);
    await shot(home, 'home');
    await home
      .getByRole('link', { name: /Hội nghị sơ kết công tác xây dựng Đảng/ })
      .first()
      .click();
    await home.locator('article h1').waitFor();
    await expect(home.locator('.article .author').innerText()).resolves.toBe('HY- VPTU');
    await expect(home.locator('.article .views').innerText()).resolves.toMatch(/^\d+ lượt xem$/);
    // the image loads after the heading is there: waited for, not read at once
    await home.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.article .body img');
      return img?.complete && img.naturalWidth > 0;
    });
    await shot(home, 'article');
    await home.context().close();

    const small = await visit('/', { viewport: phone, isMobile: true, hasTouch: true });
    // nothing wider than the screen
    await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(phone.width);
    await shot(small, 'home-phone');
    await small.locator('.news h2 a').first().click();
    await small.locator('article h1').waitFor();
    await shot(small, 'article-phone', false);
    // back to top: hidden at the top, shown after scrolling, and it goes back up
    const top = small.locator('#len-dau');
    await expect(top.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('0');
    await small.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await small.waitForFunction(() => getComputedStyle(document.getElementById('len-dau')!).opacity === '1');
    await shot(small, 'article-phone-scrolled', false);
    await top.click();
    await small.waitForFunction(() => window.scrollY === 0);
    await small.emulateMedia({ media: 'print' });
    await expect(small.locator('aside').isVisible()).resolves.toBe(false);
    await small.context().close();
  });

  it('counts a view from a new session on the article, and not a reload from the same one', async () => {
    const href = await firstArticle();
    const first = await visit(href);
    const before = await number(first, '[data-views]');
    await first.reload();
    await first.locator('body[data-live]').waitFor({ state: 'attached' });
    await expect(number(first, '[data-views]')).resolves.toBe(before);
    const second = await visit(href);
    await expect(number(second, '[data-views]')).resolves.toBe(before + 1);
    await shot(second, 'article-counted', false);
    await first.context().close();
    await second.context().close();
  });

  it('takes a vote and shows the results, after a reload too; a second vote from the same guest is refused with a clear message', async () => {
    const page = await visit('/');
    const poll = page.locator('#binh-chon');
    const open = poll.locator('.poll:not(.closed)');
    await poll.getByLabel('Tăng cường kết nạp đảng viên mới tại thôn').check();
    await poll.getByRole('button', { name: 'Bình chọn' }).click();
    await poll.getByText('Cảm ơn bạn đã bình chọn.').waitFor();
    await expect(open.locator('.poll-results').innerText()).resolves.toContain('1 phiếu (100%)');
    await expect(open.locator('.poll-results').innerText()).resolves.toContain('Tỷ lệ tính trên tổng số 1 phiếu.');
    await shot(page, 'poll-voted', false);
    // a reload, and another page: the results, not the form
    for (const reload of [() => page.reload(), () => page.goto(`${suite.server.url}/tin-tuc`)]) {
      const response = await reload();
      expect(response?.status()).toBe(200);
      await open.locator('.poll-results').waitFor();
      await expect(open.locator('form.poll-form').count()).resolves.toBe(0);
      await expect(open.locator('.poll-results').innerText()).resolves.toContain('Tổng số người bình chọn: 1');
    }
    // a browser that lost the voted hint (but kept the visitor cookie) is shown the form, and refused with the results
    await page.context().clearCookies({ name: 'grassroots_voted' });
    await page.reload();
    await poll.getByLabel('Cử tổ công tác của cấp trên về thôn').check();
    await poll.getByRole('button', { name: 'Bình chọn' }).click();
    await poll.getByText('Bạn đã bình chọn trong cuộc bình chọn này; mỗi người chỉ được bình chọn một lần').waitFor();
    await expect(open.locator('.poll-results').innerText()).resolves.toContain('Tổng số người bình chọn: 1');
    await shot(page, 'poll-refused', false);
    // the refusal gave the hint back: the next reload shows the results again
    await page.reload();
    await open.locator('.poll-results').waitFor();
    await expect(open.locator('form.poll-form').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('takes a vote without JavaScript by a form and a redirect, shows the results after a reload, and refuses the second', async () => {
    const opts = { javaScriptEnabled: false, userAgent: 'Mozilla/5.0 (no script) Chromium' };
    const page = await visit('/tin-tuc', opts);
    const poll = page.locator('#binh-chon');
    const open = poll.locator('.poll:not(.closed)');
    await poll.getByLabel('Giới thiệu đảng viên ứng cử trưởng thôn').check();
    await Promise.all([
      page.waitForURL(/binh-chon=\d+&kq=ok/),
      poll.getByRole('button', { name: 'Bình chọn' }).click(),
    ]);
    expect(new URL(page.url()).pathname).toBe('/tin-tuc');
    await expect(poll.getByText('Cảm ơn bạn đã bình chọn.').isVisible()).resolves.toBe(true);
    await expect(open.locator('.poll-results').innerText()).resolves.toContain('Tổng số người bình chọn: 2');
    // the page without the outcome in its address, loaded again: the results, not the form
    for (const path of ['/tin-tuc', '/tin-tuc', '/']) {
      await page.goto(`${suite.server.url}${path}`);
      await expect(open.locator('form.poll-form').count()).resolves.toBe(0);
      await expect(open.locator('.poll-results').innerText()).resolves.toContain('Tổng số người bình chọn: 2');
    }
    await shot(page, 'poll-no-script-reload', false);
    // without the voted hint the form is back, and the guard refuses the second ballot
    await page.context().clearCookies({ name: 'grassroots_voted' });
    await page.goto(`${suite.server.url}/tin-tuc`);
    await poll.getByLabel('Giới thiệu đảng viên ứng cử trưởng thôn').check();
    await Promise.all([page.waitForURL(/kq=da-binh-chon/), poll.getByRole('button', { name: 'Bình chọn' }).click()]);
    await expect(poll.getByText('mỗi người chỉ được bình chọn một lần').isVisible()).resolves.toBe(true);
    await shot(page, 'poll-no-script', false);
    await page.context().close();
  });

  it('says what the shares of a multiple-choice poll are of, on the page and after a vote by the script', async () => {
    // the demo's closed poll, multiple-choice: every page shows its results
    const home = await visit('/');
    const closed = home.locator('#binh-chon .poll.closed .poll-results');
    const text = await closed.innerText();
    const voters = Number(/Tổng số người bình chọn: ([\d.]+)/.exec(text)![1].replace(/\./g, ''));
    expect(voters).toBeGreaterThan(0);
    expect(text).toContain(
      `Tỷ lệ tính trên ${voters} người bình chọn; mỗi người chọn được nhiều phương án nên tổng các tỷ lệ có thể vượt quá 100%.`,
    );
    // each share is of the voters: the first option's votes over them
    const votes = Number(/^(\d+) phiếu/m.exec(await closed.locator('.votes').first().innerText())![1]);
    await expect(closed.locator('.votes').first().innerText()).resolves.toBe(
      `${votes} phiếu (${new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(votes / voters)})`,
    );
    await home.context().close();

    // an open multiple-choice poll, voted in with the script: the results it draws say the same
    const editor = await editorApi();
    const created = await editor.post('/api/editorial/polls', {
      question: 'Những nội dung nào cần ưu tiên?',
      multiple: true,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      options: ['Sinh hoạt chi bộ', 'Kết nạp đảng viên', 'Phát triển kinh tế'],
    });
    const page = await visit('/');
    const mine = page.locator(`[data-poll="${created.id}"]`);
    await mine.getByLabel('Sinh hoạt chi bộ').check();
    await mine.getByLabel('Phát triển kinh tế').check();
    await mine.getByRole('button', { name: 'Bình chọn' }).click();
    await mine.getByText('Cảm ơn bạn đã bình chọn.').waitFor();
    const drawn = await mine.locator('.poll-results').innerText();
    expect(drawn).toContain('1 phiếu (100%)');
    expect(drawn).toContain('0 phiếu (0%)');
    expect(drawn).toContain(
      'Tỷ lệ tính trên 1 người bình chọn; mỗi người chọn được nhiều phương án nên tổng các tỷ lệ có thể vượt quá 100%.',
    );
    await shot(page, 'poll-multiple', false);
    // the page rendered by the server after a reload says the same
    await page.reload();
    await expect(mine.locator('.poll-results').innerText()).resolves.toBe(drawn);
    await page.context().close();
    // moved into the past, so the editor's test below finds the demo's one open poll, and the demo's closed poll stays the last closed
    await editor.post(`/api/editorial/polls/${created.id}`, {
      question: created.question,
      multiple: true,
      opensAt: '2020-01-01T00:00:00Z',
      closesAt: '2020-01-02T00:00:00Z',
      options: created.options.map((o) => o.label),
    });
  });

  it("answers an unknown address with the portal's 404 page and serves the icon", async () => {
    const context = await suite.browser.newContext({ viewport: desktop, locale: 'vi-VN', userAgent });
    const page = await context.newPage();
    for (const path of ['/khong-co-trang', '/tin-tuc/khong-co', '/tin-tuc/khong/co']) {
      const response = await page.goto(`${suite.server.url}${path}`);
      expect({ path, status: response?.status(), type: response?.headers()['content-type'] }).toEqual({
        path,
        status: 404,
        type: 'text/html; charset=utf-8',
      });
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Không tìm thấy trang');
      // in the portal's layout: its menu, its side blocks, a way home
      await expect(page.getByRole('navigation', { name: 'Chuyên mục' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('heading', { name: 'Bình chọn' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('link', { name: 'Về trang chủ' }).isVisible()).resolves.toBe(true);
    }
    await shot(page, 'not-found', false);
    // the API's unknown addresses stay JSON
    const api = await page.goto(`${suite.server.url}/api/khong-co`);
    expect(api?.status()).toBe(404);
    expect((await api!.json()).error.code).toBe('NOT_FOUND');
    // the icon the pages name: an SVG, and an ICO the browser draws at 32×32
    const svg = await page.request.get(`${suite.server.url}/favicon.svg`);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<polygon');
    await page.goto(`${suite.server.url}/`);
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href')).resolves.toBe(
      '/favicon.svg',
    );
    const sizes = await page.evaluate(() =>
      Promise.all(
        ['/favicon.svg', '/favicon.ico'].map(
          (src) =>
            new Promise<number[]>((resolve, reject) => {
              const img = new Image();
              img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
              img.onerror = () => reject(new Error(`${src} does not load`));
              img.src = src;
            }),
        ),
      ),
    );
    expect(sizes[0][0]).toBeGreaterThan(0);
    expect(sizes[1]).toEqual([32, 32]);
    await context.close();
  });

  it('lets an editor publish an article and close the poll; the portal then says that no poll is active', async () => {
    const context = await suite.browser.newContext({
      viewport: desktop,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const admin = await context.newPage();
    await admin.goto(`${suite.server.url}/admin/portal`);
    await admin.getByLabel('Tên đăng nhập').fill('bien-tap');
    await admin.getByLabel('Mật khẩu').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await admin.getByTestId('articles-table').waitFor();
    await admin.getByTestId('article-new').click();
    await admin.getByTestId('article-title').fill('Bài thử nghiệm của biên tập viên');
    await admin.getByTestId('article-summary').fill('Tóm tắt bài thử nghiệm.');
    await admin
      .getByTestId('article-body')
      .fill('Đoạn thứ nhất.\n\nĐoạn thứ hai <b>đậm</b> và <script>alert(1)</script>.');
    await admin.getByTestId('article-publish').click();
    await admin.getByTestId('article-state').filter({ hasText: 'Đang đăng' }).waitFor();
    await settled(admin);
    await shot(admin, 'admin-article', false);
    await admin.keyboard.press('Escape');

    const home = await visit('/');
    await expect(home.locator('.news h2 a').first().innerText()).resolves.toBe('Bài thử nghiệm của biên tập viên');
    await home.locator('.news h2 a').first().click();
    await home.locator('article h1').waitFor();
    await expect(home.locator('.article .body').innerHTML()).resolves.toBe(
      '<p>Đoạn thứ nhất.</p>\n<p>Đoạn thứ hai <b>đậm</b> và .</p>',
    );
    await home.context().close();

    await admin.getByRole('tab', { name: 'Bình chọn' }).click();
    await admin.getByTestId('polls-table').waitFor();
    // the editors' results say what their shares are of, as the portal does
    const demoClosed = admin.getByTestId('polls-table').getByRole('row').filter({ hasText: 'Bạn thường đọc tin tức' });
    await expect(demoClosed.innerText()).resolves.toMatch(
      /Tỷ lệ tính trên \d+ người bình chọn; mỗi người chọn được nhiều phương án/,
    );
    await expect(demoClosed.innerText()).resolves.toMatch(/: \d+ \(\d+(,\d)?%\)/);
    await expect(
      admin.getByTestId('polls-table').getByRole('row').filter({ hasText: 'giải pháp nào hiệu quả nhất' }).innerText(),
    ).resolves.toContain('Tỷ lệ tính trên tổng số 2 phiếu.');
    await admin
      .getByTestId('polls-table')
      .getByText(/giải pháp nào hiệu quả nhất/)
      .click();
    const closes = admin.getByLabel('Đóng lúc');
    await closes.click();
    await closes.fill('01/01/2020 00:00');
    await closes.press('Enter');
    await admin.getByRole('button', { name: 'Lưu' }).click();
    // a poll cannot close before it opens: the server says so
    const refusal = admin.getByTestId('poll-form').getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain('phải trước ngày kết thúc');
    const now = new Date(Date.now() + 7 * 3600_000 - 60_000).toISOString();
    await closes.click();
    await closes.fill(`${now.slice(8, 10)}/${now.slice(5, 7)}/${now.slice(0, 4)} ${now.slice(11, 16)}`);
    await closes.press('Enter');
    await admin.getByRole('button', { name: 'Lưu' }).click();
    await admin.locator('.ant-modal').waitFor({ state: 'hidden' });
    await admin.getByText('Đã lưu.').waitFor();
    // the table is fetched again after the save: waited for, not counted at once (it may still show the poll open)
    await admin.getByTestId('polls-table').getByText('Đang mở').waitFor({ state: 'detached' });
    await settled(admin);
    await shot(admin, 'admin-polls', false);
    await admin.getByRole('tab', { name: 'Lượt truy cập' }).click();
    await admin.getByTestId('visits-chart').waitFor();
    await settled(admin);
    await shot(admin, 'admin-visits', false);
    await context.close();

    const after = await visit('/');
    await expect(after.locator('#binh-chon .no-poll').innerText()).resolves.toBe(
      'Hiện tại không có bình chọn nào đang hoạt động.',
    );
    await expect(after.locator('#binh-chon').innerText()).resolves.toContain('Kết quả bình chọn đã kết thúc');
    await shot(after, 'no-active-poll', false);
    await after.context().close();
  });
});
