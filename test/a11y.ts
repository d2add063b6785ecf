/**
 * Accessibility and narrow screens, in Chromium against one demo server:
 * axe-core (serious and critical violations) and the overflow check of
 * test/axe.ts on every screen of the admin app, every entry form and dialog
 * of its workflows and every kind of portal page, at desktop (1366×768) and
 * phone (390×844) width; every admin screen again in English at phone width,
 * with no Vietnamese left in its headings, labels, buttons and tabs; and the
 * keyboard paths (sign-in, a figure's list, a register search, a portal
 * poll). Screenshots go to test/screenshots/a11y-*.png. The walk is cut in
 * two files (a11y.*.browser.test.ts), each with its own server, that run side by side.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossary } from '../common/glossary.js';
import { overflowProblems, seriousViolations } from './axe.js';
import { browserSuite } from './browser.js';
import { DEMO_PASSWORD as PASSWORD } from './demo-accounts.js';
import { root } from './process.js';

const shots = join(root, 'test/screenshots');
const widths = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;
const userAgent =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** Every screen of the admin app, by its address under /admin/. */
const adminScreens: [string, string][] = [
  ['dashboard', ''],
  ['reports', 'reports'],
  ['villages', 'villages'],
  // before 1/7/2025 the province's villages say their district too
  ['villages-2020', 'villages?at=2020-06-30'],
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

/** Waits until the screen has asked for and drawn its data: no request, spinner or skeleton left, charts drawn, no animation under way. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !document.querySelector('.ant-spin-spinning, .ant-skeleton, .page-loading'),
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  // a dialog still fading in has text of too little contrast: wait for the animations that end
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
}

async function signIn(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  username = 'demo-admin',
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${url}/admin/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page
    .getByTestId('main-menu')
    .or(page.getByRole('button', { name: 'Mở menu' }))
    .first()
    .waitFor();
  return page;
}

/** Tables wider than their box (they scroll sideways), described by their first heading. */
function tablesScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body'))
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) =>
          `a table scrolls sideways at desktop width (${el.scrollWidth} px in ${el.clientWidth}): "${el.closest('.ant-table-wrapper')?.querySelector('th')?.textContent ?? ''}"`,
      ),
  );
}

/** One h1, no serious or critical axe violation, nothing wider than the screen or cut off: all listed at once. */
async function expectAccessible(page: Page, label: string) {
  const h1 = await page.locator('h1').count();
  const problems = [
    ...(h1 === 1 ? [] : [`${h1} h1 elements`]),
    ...(await seriousViolations(page)).map(
      (v) =>
        `axe ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} ${v.nodes
          .slice(0, 4)
          .map((n) => JSON.stringify(n.target))
          .join(' ')}`,
    ),
    ...(await overflowProblems(page)),
    // on a desktop every table fits: nothing hides past its right edge
    ...(page.viewportSize()!.width >= 1366 ? await tablesScrolling(page) : []),
  ];
  expect(problems, label).toEqual([]);
}

/** POSTs as the page's signed-in account (with its anti-forgery token). */
const post = (page: Page, path: string, body: object) =>
  page.evaluate(
    async ([p, b]) => {
      const me = await (await fetch('/api/auth/me')).json();
      const r = await fetch(p as string, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(b),
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    },
    [path, body] as const,
  );

const openDialog = '.ant-modal-wrap:not([style*="display: none"]) .ant-modal, .ant-drawer-open';

/**
 * The entry forms and dialogs of the workflows, each opened from its screen:
 * the address, then what to do there until the form shows (by default a click
 * on the button of that test id and a wait for the dialog).
 */
const dialogs: [name: string, path: string, open: string | ((page: Page) => Promise<void>)][] = [
  ['account', 'accounts', 'account-add'],
  ['election-plan', 'elections', 'plan-other'],
  ['election-record', 'elections', 'record-other'],
  ['person-add', 'people', 'add-person'],
  ['person-transfer', 'people/P000154', 'action-transfer'],
  ['person-end', 'people/P000154', 'action-end'],
  [
    'head-term',
    'villages/11953-001',
    async (page) => {
      await page.getByRole('tab', { name: 'Trưởng thôn, bí thư' }).click();
      await page.getByTestId('add-head').click();
    },
  ],
  ['secretary-term', 'orgs/CB-11953-005', 'add-secretary'],
  ['put-forward', 'admissions', 'put-forward'],
  ['targets', 'targets', 'set-targets'],
  [
    'task-force',
    'targets',
    async (page) => {
      await page.getByRole('button', { name: 'Lập tổ công tác' }).click();
    },
  ],
  [
    'cell-found',
    'cells',
    async (page) => {
      await page.getByTestId('cells-filter').getByText('Đủ điều kiện lập chi bộ').click();
      await page.locator('[data-code]').first().click();
      await page.getByTestId('cell-plan').waitFor();
      await settle(page);
      await page.getByTestId('found-cell').click();
    },
  ],
  ['article', 'portal', 'article-new'],
  [
    'poll',
    'portal',
    async (page) => {
      await page.getByRole('tab', { name: 'Bình chọn' }).click();
      await page.getByTestId('poll-new').click();
    },
  ],
];

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `a11y-${name}.png`), fullPage: true });

/** A part of the walk: the screens at one width, the English screens at phone width, the keyboard paths. */
export type A11yPart = keyof typeof widths | 'english' | 'keyboard';

export const a11ySuite = (parts: A11yPart[]) =>
  describe('accessibility and narrow screens in Chromium', () => {
    const suite = browserSuite('gr-a11y-');

    for (const [wide, viewport] of Object.entries(widths).filter(([w]) => parts.includes(w as A11yPart))) {
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
          // in 2013 the province's villages lay in districts: each row says its district and commune
          const headings = await page.getByTestId('village-table').locator('thead th').allInnerTexts();
          expect(headings.slice(0, 4)).toEqual([
            'Mã',
            'Tên thôn, tổ dân phố',
            glossary.district.vi,
            glossary.commune.vi,
          ]);
          const first = await page
            .getByTestId('village-table')
            .locator('tr.ant-table-row')
            .first()
            .locator('td')
            .allInnerTexts();
          expect(first[2]).toMatch(/^(Huyện|Thị xã|Thành phố) /);
          expect(first[3]).toMatch(/^(Xã|Phường|Thị trấn) /);
        }, 90_000);

        for (const [name, path, open] of dialogs) {
          it(`the ${name} form`, async () => {
            await page.goto(`${suite.server.url}/admin/${path}`);
            await settle(page);
            if (typeof open === 'string') await page.getByTestId(open).click();
            else await open(page);
            await page.locator(openDialog).first().waitFor();
            await settle(page);
            await shot(page, `${wide}-form-${name}`);
            await expectAccessible(page, `the ${name} form on ${path} (${wide})`);
          }, 90_000);
        }

        it('an admission case with its form for the next step', async () => {
          // a case put forward through the API: the demo has none
          const code = `A11Y-${wide}-${Date.now().toString(36)}`;
          await page.goto(`${suite.server.url}/admin/admissions`);
          expect(
            (
              await post(page, '/api/people', {
                code,
                fullName: 'Đào Thị Thử',
                birthDate: '1998-02-03',
                gender: 'female',
                residenceVillageCode: '11953-001',
              })
            ).status,
          ).toBe(201);
          const created = await post(page, '/api/prospects', {
            personCode: code,
            villageCode: '11953-001',
            recommendedOn: '2026-01-05',
          });
          expect(created.status).toBe(201);
          await page.goto(`${suite.server.url}/admin/admissions/${(created.body as { id: number }).id}`);
          await page.getByTestId('step-recorder').waitFor();
          await settle(page);
          await shot(page, `${wide}-prospect`);
          await expectAccessible(page, `an admission case (${wide})`);
        }, 90_000);

        it('an import checked with an error: the errors listed by sheet, row and column', async () => {
          const dir = mkdtempSync(join(tmpdir(), 'gr-a11y-import-'));
          try {
            const file = join(dir, 'people.csv');
            writeFileSync(
              file,
              'person_code,full_name,birth_date,gender,ethnicity,residence_village_code,commune_official\nA11Y-1,Lê Văn Lỗi,01/01/1980,x,Kinh,11953-003,không\n',
            );
            await page.goto(`${suite.server.url}/admin/transfer`);
            await settle(page);
            await page.locator('[data-testid="import-card"] input[type=file]').setInputFiles(file);
            await page.getByTestId('import-check').click();
            await page.getByTestId('import-errors').waitFor();
            await settle(page);
            await shot(page, `${wide}-import-errors`);
            await expectAccessible(page, `an import's errors (${wide})`);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }, 90_000);

        it("the dashboard's map, and the moves between groups of two dates", async () => {
          // the map of the communes is there from 1/7/2025; the moves need two dates
          for (const [tab, name, query] of [
            ['Bản đồ', 'map', ''],
            ['Chuyển nhóm giữa hai ngày', 'sankey', '?at=2017-06-30&cmp=2013-06-30'],
          ]) {
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

        it("the map's colour scale lies below the map, clear of it, with the lowest and highest value", async () => {
          await page.goto(`${suite.server.url}/admin/`);
          await settle(page);
          await page.getByRole('tab', { name: 'Bản đồ' }).click();
          await page.getByTestId('chart-map').waitFor();
          await settle(page);
          const map = (await page.getByTestId('chart-map').boundingBox())!;
          const scale = (await page.getByTestId('map-scale').boundingBox())!;
          expect(scale.y).toBeGreaterThanOrEqual(map.y + map.height);
          expect(scale.x).toBeGreaterThanOrEqual(map.x);
          expect(scale.x + scale.width).toBeLessThanOrEqual(map.x + map.width);
          expect(await page.getByTestId('map-scale').innerText()).toMatch(/^0,00%\s+\d+,\d\d%$/);
        }, 120_000);

        for (const [name, path] of [
          ['portal-home', '/'],
          ['portal-list', '/tin-tuc'],
          ['portal-article', null],
          ['portal-404', '/tin-tuc/khong-co-bai-nay'],
        ] as const) {
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

    describe.runIf(parts.includes('english'))('in English at phone width', () => {
      let page: Page;
      beforeAll(async () => {
        page = await signIn(suite.browser, suite.server.url, widths.phone);
        await page.getByTestId('lang-switch').getByText('EN').click();
        await page.getByRole('button', { name: 'Open the menu' }).waitFor();
      }, 120_000);
      afterAll(async () => {
        await page?.context().close();
      });

      /**
       * The UI's own words (headings, labels, buttons, tabs, table headings, menu) that are still in Vietnamese.
       * The data's names are left out: runs of two or more capitalised words or numbers ("Tỉnh Hưng Yên",
       * "Xã Lạc Đạo", "Thôn 4") and documents' numbers ("29-QĐ/TW"), where an untranslated label is a phrase in sentence case ("Lịch ngày làm việc"),
       * and what the page marks as data not to translate (translate="no": an article's title).
       */
      const untranslated = (withTitle: boolean) =>
        page.evaluate((withTitle) => {
          const names = /(?:\p{Lu}[\p{Ll}\p{M}]*|\d+)(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|\d+))+/gu;
          const vietnamese = (s: string) => {
            // a document's number, as "29-QĐ/TW", is a name too
            const rest = s
              .normalize('NFC')
              .replace(names, '')
              .replace(/\d+-[\p{Lu}]+(?:\/[\p{Lu}]+)*/gu, '');
            return /[đĐ]/.test(rest) || /[\u0300-\u036f]/.test(rest.normalize('NFD'));
          };
          const ui = `h2, th, label, button, [role="tab"], .ant-menu-item, .ant-card-head-title, .ant-empty-description, .ant-select-selection-placeholder${withTitle ? ', h1' : ''}`;
          return Array.from(document.querySelectorAll<HTMLElement>(ui))
            .filter(
              (el) =>
                el.getClientRects().length > 0 &&
                !el.closest('[aria-hidden="true"], [data-testid="lang-switch"], [translate="no"]'),
            )
            .map((el) => el.innerText.trim())
            .filter((s) => s && vietnamese(s));
        }, withTitle);

      for (const [name, path] of adminScreens) {
        it(`the ${name} screen`, async () => {
          await page.goto(`${suite.server.url}/admin/${path}`);
          await settle(page);
          await shot(page, `en-phone-${name}`);
          await expectAccessible(page, `${name} (English, phone)`);
          // a record's page is titled with its name, which is Vietnamese
          expect(await untranslated(!path.includes('/')), `Vietnamese words on the English ${name} screen`).toEqual([]);
        }, 90_000);
      }
    });

    describe.runIf(parts.includes('keyboard'))('with the keyboard only', () => {
      it('signs in: Tab to the fields, type, Enter; then the skip link comes first and leads to the main content', async () => {
        const context = await suite.browser.newContext({ viewport: widths.desktop, locale: 'vi-VN' });
        const page = await context.newPage();
        await page.goto(`${suite.server.url}/admin/login`);
        await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
        const focusedLabel = () =>
          page.evaluate(
            () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '',
          );
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
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
          'Bỏ qua đến nội dung chính',
        );
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
        await context.close();
      }, 90_000);

      it("opens a figure's list with Enter and closes it with Escape", async () => {
        const page = await signIn(suite.browser, suite.server.url, widths.desktop, 'demo-tinh');
        await page.getByTestId('figure-cards').waitFor();
        await settle(page);
        let name = '';
        for (let i = 0; i < 80 && !name; i++) {
          await page.keyboard.press('Tab');
          name = await page.evaluate(() =>
            document.activeElement?.classList.contains('figure-link')
              ? (document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent ?? '')
              : '',
          );
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
        // a name as common as "nguyen" takes the search many seconds in the demo's 171,000 people on a busy machine
        await page.locator('tr.ant-table-row').first().waitFor({ timeout: 90_000 });
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
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
          'Bỏ qua đến nội dung chính',
        );
        let onOption = false;
        for (let i = 0; i < 200 && !onOption; i++) {
          await page.keyboard.press('Tab');
          onOption = await page.evaluate(
            () => !!document.activeElement?.matches('#binh-chon form.poll-form input[type="radio"]'),
          );
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
