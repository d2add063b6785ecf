/**
 * Accessibility and narrow screens, in Chromium against one demo server:
 * axe-core (serious and critical violations) and the overflow check of
 * test/axe.ts on every screen of the admin app and every kind of portal page,
 * at desktop (1366×768) and phone (390×844) width; and the keyboard paths
 * (sign-in, a figure's list, a register search, a portal poll). Screenshots
 * go to test/screenshots/a11y-*.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overflowProblems, seriousViolations } from './axe.js';
import { browserSuite } from './browser.js';
import { DEMO_PASSWORD as PASSWORD } from './demo-accounts.js';
import { root } from './process.js';

const shots = join(root, 'test/screenshots');
const widths = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** Every screen of the admin app, by its address under /admin/. */
const adminScreens: [string, string][] = [
  ['dashboard', ''],
  ['reports', 'reports'],
  ['villages', 'villages'],
  ['village', 'villages/11953-001'],
  ['people', 'people'],
  ['person', 'people/P000154'],
  ['orgs', 'orgs'],
  ['cell', 'orgs/CB-11953-005'],
  ['transfer', 'transfer'],
  ['admissions', 'admissions'],
  ['cells', 'cells'],
  ['elections', 'elections'],
  ['targets', 'targets'],
  ['rules', 'rules'],
  ['checks', 'checks'],
  ['accounts', 'accounts'],
  ['portal-editor', 'portal'],
  ['account', 'account'],
];

/** Waits until the screen has asked for and drawn its data: no request, spinner or skeleton left, charts drawn. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton, .page-loading'), undefined, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
}

async function signIn(browser: Browser, url: string, viewport: { width: number; height: number }, username = 'demo-admin'): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}/admin/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('main-menu').or(page.getByRole('button', { name: 'Mở menu' })).first().waitFor();
  return page;
}

/** Tables wider than their box (they scroll sideways), described by their first heading. */
function tablesScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body'))
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `a table scrolls sideways at desktop width (${el.scrollWidth} px in ${el.clientWidth}): "${el.closest('.ant-table-wrapper')?.querySelector('th')?.textContent ?? ''}"`),
  );
}

/** One h1, no serious or critical axe violation, nothing wider than the screen or cut off: all listed at once. */
async function expectAccessible(page: Page, label: string) {
  const h1 = await page.locator('h1').count();
  const problems = [
    ...(h1 === 1 ? [] : [`${h1} h1 elements`]),
    ...(await seriousViolations(page)).map((v) => `axe ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} ${v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)).join(' ')}`),
    ...(await overflowProblems(page)),
    // on a desktop every table fits: nothing hides past its right edge
    ...(page.viewportSize()!.width >= 1366 ? await tablesScrolling(page) : []),
  ];
  expect(problems, label).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `a11y-${name}.png`), fullPage: true });

describe('accessibility and narrow screens in Chromium', () => {
  const suite = browserSuite('gr-a11y-');

  for (const [wide, viewport] of Object.entries(widths)) {
    describe(`at ${wide} width (${viewport.width} px)`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await signIn(suite.browser, suite.server.url, viewport);
      }, 120_000);
      afterAll(async () => {
        await page?.context().close();
      });

      it('the sign-in page', async () => {
        const context = await suite.browser.newContext({ viewport, locale: 'vi-VN', bypassCSP: true });
        const login = await context.newPage();
        await login.goto(`${suite.server.url}/admin/login`);
        await login.getByRole('button', { name: 'Đăng nhập' }).waitFor();
        await settle(login);
        await shot(login, `${wide}-login`);
        await expectAccessible(login, `sign-in (${wide})`);
        await context.close();
      }, 60_000);

      for (const [name, path] of adminScreens) {
        it(`the ${name} screen`, async () => {
          await page.goto(`${suite.server.url}/admin/${path}`);
          await settle(page);
          await shot(page, `${wide}-${name}`);
          await expectAccessible(page, `${name} (${wide})`);
        }, 90_000);
      }

      it('the list of villages behind a figure', async () => {
        await page.goto(`${suite.server.url}/admin/?at=2013-06-30`);
        await settle(page);
        await page.locator('[data-figure="white"] .figure-link').click();
        await page.getByTestId('village-table').waitFor();
        await settle(page);
        await shot(page, `${wide}-drill-down`);
        await expectAccessible(page, `drill-down (${wide})`);
      }, 90_000);

      it('the forms in dialogs: a new account, a head election planned and held', async () => {
        for (const [path, button] of [['accounts', 'account-add'], ['elections', 'plan-other'], ['elections', 'record-other']]) {
          await page.goto(`${suite.server.url}/admin/${path}`);
          await settle(page);
          await page.getByTestId(button).click();
          await page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal, .ant-drawer-open').first().waitFor();
          await settle(page);
          await shot(page, `${wide}-dialog-${button}`);
          await expectAccessible(page, `${path}'s dialog ${button} (${wide})`);
        }
      }, 120_000);

      it('the dashboard\'s map, and the moves between groups of two dates', async () => {
        // the map of the communes is there from 1/7/2025; the moves need two dates
        for (const [tab, name, query] of [['Bản đồ', 'map', ''], ['Chuyển nhóm giữa hai ngày', 'sankey', '?at=2017-06-30&cmp=2013-06-30']]) {
          await page.goto(`${suite.server.url}/admin/${query}`);
          await settle(page);
          await page.getByRole('tab', { name: tab }).click();
          await page.getByTestId(`chart-${name}`).waitFor();
          await settle(page);
          await page.getByTestId(`chart-${name}`).scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(shots, `a11y-${wide}-chart-${name}.png`) });
          await expectAccessible(page, `dashboard ${name} (${wide})`);
        }
        // on a phone the sankey's labels are listed below it rather than drawn over the bands
        expect(await page.getByTestId('sankey-key').count()).toBe(wide === 'phone' ? 1 : 0);
      }, 120_000);

      for (const [name, path] of [['portal-home', '/'], ['portal-list', '/tin-tuc'], ['portal-article', null], ['portal-404', '/tin-tuc/khong-co-bai-nay']] as const) {
        it(`the portal's ${name.slice(7)} page`, async () => {
          const context = await suite.browser.newContext({ viewport, locale: 'vi-VN', userAgent, bypassCSP: true });
          const visitor = await context.newPage();
          await visitor.goto(`${suite.server.url}${path ?? '/'}`);
          if (!path) {
            const href = (await visitor.locator('.news h2 a').first().getAttribute('href'))!;
            await visitor.goto(`${suite.server.url}${href}`);
          }
          await settle(visitor);
          await shot(visitor, `${wide}-${name}`);
          await expectAccessible(visitor, `${name} (${wide})`);
          await context.close();
        }, 60_000);
      }
    });
  }

  describe('with the keyboard only', () => {
    it('signs in: Tab to the fields, type, Enter; then the skip link comes first and leads to the main content', async () => {
      const context = await suite.browser.newContext({ viewport: widths.desktop, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/admin/login`);
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '');
      for (let i = 0; i < 10 && (await focusedLabel()) !== 'Tên đăng nhập'; i++) await page.keyboard.press('Tab');
      expect(await focusedLabel()).toBe('Tên đăng nhập');
      await page.keyboard.type('demo-tinh');
      await page.keyboard.press('Tab');
      expect(await focusedLabel()).toBe('Mật khẩu');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByTestId('figure-cards').waitFor();
      await settle(page);
      // the first Tab reaches the skip link, Enter moves the focus into the main content
      await page.reload();
      await settle(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Bỏ qua đến nội dung chính');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await context.close();
    }, 90_000);

    it('opens a figure\'s list with Enter and closes it with Escape', async () => {
      const page = await signIn(suite.browser, suite.server.url, widths.desktop, 'demo-tinh');
      await page.getByTestId('figure-cards').waitFor();
      await settle(page);
      let name = '';
      for (let i = 0; i < 80 && !name; i++) {
        await page.keyboard.press('Tab');
        name = await page.evaluate(() => (document.activeElement?.classList.contains('figure-link') ? (document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent ?? '') : ''));
      }
      // the figure's name carries its number
      expect(name).toMatch(/\d/);
      await page.keyboard.press('Enter');
      await page.getByTestId('village-table').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
      await page.context().close();
    }, 90_000);

    it('searches the people register: type, Enter, results', async () => {
      const page = await signIn(suite.browser, suite.server.url, widths.desktop, 'demo-tinh');
      await page.goto(`${suite.server.url}/admin/people`);
      await settle(page);
      // the name field has the focus when the screen opens
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-name');
      await page.keyboard.type('nguyen');
      await page.keyboard.press('Enter');
      await page.locator('tr.ant-table-row').first().waitFor();
      await settle(page);
      expect(await page.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
      await page.context().close();
    }, 90_000);

    it('votes in a portal poll: Tab to an option, Space, Tab to the button, Enter', async () => {
      const context = await suite.browser.newContext({ viewport: widths.desktop, locale: 'vi-VN', userAgent });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/`);
      await settle(page);
      const poll = page.locator('#binh-chon .poll:not(.closed) form.poll-form').first();
      // the first Tab reaches the skip link
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Bỏ qua đến nội dung chính');
      let onOption = false;
      for (let i = 0; i < 200 && !onOption; i++) {
        await page.keyboard.press('Tab');
        onOption = await page.evaluate(() => !!document.activeElement?.matches('#binh-chon form.poll-form input[type="radio"]'));
      }
      expect(onOption).toBe(true);
      await page.keyboard.press('Space');
      expect(await poll.locator('input[type="radio"]:checked').count()).toBe(1);
      let onButton = false;
      for (let i = 0; i < 10 && !onButton; i++) {
        await page.keyboard.press('Tab');
        onButton = await page.evaluate(() => !!document.activeElement?.matches('#binh-chon form.poll-form button'));
      }
      expect(onButton).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText('Cảm ơn bạn đã bình chọn.').waitFor();
      await context.close();
    }, 90_000);
  });
});
