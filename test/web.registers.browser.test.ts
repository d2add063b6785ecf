/**
 * The register screens of the admin web app (villages, people, party
 * organisations, import and export) in Debian's Chromium, against one real
 * server with the demo province, shared by the whole file. Each test checks
 * what the screen shows against the API. Screenshots of each screen go to
 * test/screenshots/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it, onTestFailed } from 'vitest';
import type { VillageListAt } from '../src/modules/indicators/indicators.schema.js';
import { browserSuite } from './browser.js';
import { root } from './process.js';
import { DEMO_PASSWORD as PASSWORD } from './demo-accounts.js';

const shots = join(root, 'test/screenshots');
const desktop = { width: 1366, height: 768 };
const isoDaysAgo = (days: number) => new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const today = () => isoDaysAgo(0);
// codes of the people this file adds, new on every run (a reused server keeps earlier runs' people)
const run = Date.now().toString(36).toUpperCase();

/** The people sheet of the import format, as a CSV file. */
const peopleCsv = (rows: string[][]) =>
  ['person_code,full_name,birth_date,gender,ethnicity,residence_village_code,commune_official', ...rows.map((r) => r.join(','))].join('\n') + '\n';

describe('the register screens in Chromium', { timeout: 90_000 }, () => {
  const suite = browserSuite('gr-web-reg-');
  const files = mkdtempSync(join(tmpdir(), 'gr-web-reg-files-'));
  afterAll(() => {
    rmSync(files, { recursive: true, force: true });
  });

  // an uncaught error in the app fails the test that caused it (React would show a blank page)
  const crashes: string[] = [];
  afterEach(() => {
    expect(crashes.splice(0)).toEqual([]);
  });

  async function signIn(username: string, path: string): Promise<Page> {
    const context = await suite.browser.newContext({ viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => crashes.push(`${page.url()}: ${e.message}`));
    // a failing test leaves a picture of where it stopped
    onTestFailed(async ({ task }) => {
      if (!page.isClosed()) await page.screenshot({ path: join(shots, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`) });
    });
    // the page asked for first: sign-in, then back to it (the dashboard's many requests stay out of these tests)
    await page.goto(`${suite.server.url}/admin/${path}`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('main-menu').waitFor();
    return page;
  }

  const api = <T,>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
  const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(shots, `${name}.png`), fullPage });
  const rows = (page: Page, table: string) => page.locator(`[data-testid="${table}"] tr.ant-table-row`);

  /** A village's figures at today as the API gives them. */
  async function villageFigures(page: Page, scope: string, code: string) {
    const list = await api<VillageListAt>(page, `/api/indicators/villages?scope=${scope}&at=${today()}&category=all`);
    const v = list.villages.find((x) => x.code === code);
    if (!v) throw new Error(`${code} is not in ${scope}`);
    return v;
  }

  /** Types a date as a clerk would (dd/mm/yyyy) into the date field with this test id. */
  async function typeDate(page: Page, testId: string, iso: string) {
    const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
    await input.click();
    await input.fill(dmy(iso));
    await input.press('Enter');
    // the picker takes the typed date when it closes
    await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
  }

  /** Opens the select with this test id, types, and picks the first option that contains `text`. */
  async function choose(page: Page, testId: string, typed: string, text = typed) {
    await page.getByTestId(testId).click();
    // typed into the select's own input, which takes the focus first: keys sent before the dropdown has it are lost
    await page.getByTestId(testId).locator('input').pressSequentially(typed);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  }

  /** Saves the open change dialog and waits for it to close; a refusal fails with what the dialog says. */
  async function save(page: Page, dialog: string) {
    const form = page.getByTestId(dialog);
    await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
    const refused = form.locator('[data-testid="change-error"], .ant-form-item-explain-error').first();
    await Promise.race([form.waitFor({ state: 'detached' }), refused.waitFor().then(async () => expect.fail(`${dialog} refused: ${await form.innerText()}`))]);
  }

  it('lists villages with filters and totals, and opens a village\'s timeline with its members by year', async () => {
    const page = await signIn('demo-tinh', 'villages?scope=11953');
    await page.getByTestId('villages-table').waitFor();
    const list = await api<VillageListAt>(page, `/api/indicators/villages?scope=11953&at=${today()}&category=all`);
    const members = list.villages.reduce((s, v) => s + v.members.total, 0);
    expect(await page.getByTestId('villages-totals').innerText()).toContain(`${list.villages.length} thôn, tổ dân phố · ${new Intl.NumberFormat('vi-VN').format(members)} đảng viên`);
    await shot(page, 'villages');

    // filter: villages whose head is not a party member
    const nonParty = list.villages.filter((v) => v.headStatus === 'nonParty');
    expect(nonParty.length).toBeGreaterThan(0);
    await page.getByTestId('filter-head').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Chưa là đảng viên' }).click();
    await expect.poll(() => page.getByTestId('villages-totals').innerText()).toMatch(new RegExp(`^${nonParty.length} thôn`));
    expect(new URL(page.url()).searchParams.get('head')).toBe('nonParty');

    // sort by members, largest first: the first row is the largest village of the filter
    const header = page.locator('[data-testid="villages-table"] th', { hasText: 'Đảng viên' });
    await header.click();
    await header.click();
    const largest = nonParty.reduce((a, b) => (b.members.total > a.members.total ? b : a));
    const membersColumn = (await page.locator('[data-testid="villages-table"] thead th').allInnerTexts()).findIndex((h) => h.trim() === 'Đảng viên');
    expect(await rows(page, 'villages-table').first().locator('td').nth(membersColumn).innerText()).toBe(String(largest.members.total));

    // the keyboard reaches the table's links and shows where it is
    let onLink = false;
    for (let i = 0; i < 40 && !onLink; i++) {
      await page.keyboard.press('Tab');
      onLink = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="villages-table"] tbody a'));
    }
    expect(onLink).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');

    await page.goto(`${suite.server.url}/admin/villages/11953-001`);
    await page.getByTestId('village-page').waitFor();
    await page.getByTestId('members-chart').waitFor();
    const v = list.villages.find((x) => x.code === '11953-001')!;
    expect(await page.getByTestId('village-name').innerText()).toBe(v.name);
    expect(await page.getByTestId('village-members').innerText()).toMatch(new RegExp(`^${v.members.total} `));
    expect(await rows(page, 'heads-table').count()).toBeGreaterThan(0);
    await page.waitForTimeout(600); // the chart's entry animation
    await shot(page, 'village');
    await page.getByRole('tab', { name: /Nhật ký thay đổi/ }).click();
    await page.getByTestId('history-table').waitFor();
    expect(await rows(page, 'history-table').first().innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await page.waitForTimeout(400); // the tab's underline slides
    await shot(page, 'village-history');
    await page.context().close();
  });

  it('adds a person, finds her without diacritics, admits her: the village\'s figures change, and a refused change shows its reason at its field', async () => {
    const page = await signIn('demo-xa', 'people');
    const village = '11953-002';
    const before = await villageFigures(page, '11953', village);

    await page.getByTestId('add-person').click();
    await page.getByTestId('person-code').fill(`T-AN-${run}`);
    await page.getByTestId('person-name').fill('Nguyễn Văn An');
    await typeDate(page, 'person-birth', '1990-05-01');
    await choose(page, 'person-village', village);
    await shot(page, 'person-add-form');
    await save(page, 'add-person-form');
    await page.getByTestId('person-page').waitFor();
    expect(await page.getByTestId('person-name').innerText()).toBe('Nguyễn Văn An');
    expect(await page.getByTestId('person-status').innerText()).toBe('Chưa là đảng viên');

    // found without diacritics
    await page.goto(`${suite.server.url}/admin/people`);
    await page.getByTestId('search-name').fill('nguyen van an');
    await page.getByTestId('search-submit').click();
    await page.getByTestId('people-table').waitFor();
    await expect.poll(() => rows(page, 'people-table').filter({ hasText: `T-AN-${run}` }).count()).toBe(1);
    expect(await rows(page, 'people-table').filter({ hasText: `T-AN-${run}` }).innerText()).toContain('Nguyễn Văn An');
    await shot(page, 'people-search');
    await rows(page, 'people-table').filter({ hasText: `T-AN-${run}` }).getByRole('link', { name: 'Nguyễn Văn An' }).click();

    // admit
    const admitted = isoDaysAgo(30);
    await page.getByTestId('action-admit').click();
    await typeDate(page, 'admitted-on', admitted);
    await choose(page, 'cell-select', 'CB-11953-002');
    await shot(page, 'person-admit-form');
    await save(page, 'admit-form');
    await expect.poll(() => page.getByTestId('person-status').innerText()).toBe('Đảng viên dự bị');
    expect(await rows(page, 'placements-table').count()).toBe(1);

    const after = await villageFigures(page, '11953', village);
    expect(after.members.total).toBe(before.members.total + 1);
    expect(after.members.probationary).toBe(before.members.probationary + 1);

    // the village page shows the new figure (the change refreshed what was cached)
    await page.goto(`${suite.server.url}/admin/villages/${village}`);
    expect(await page.getByTestId('village-members').innerText()).toMatch(new RegExp(`^${after.members.total} `));

    // a change the rules refuse: the end of the membership before its admission, said under the date field
    await page.goBack();
    await page.getByTestId('action-end').click();
    await typeDate(page, 'ended-on', isoDaysAgo(60));
    await choose(page, 'end-reason', 'Xin', 'Xin ra khỏi Đảng');
    await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
    const fieldError = page.getByTestId('end-form').locator('.ant-form-item-has-error .ant-form-item-explain');
    await fieldError.waitFor();
    expect(await fieldError.innerText()).toContain(`phải sau admitted_on (${admitted})`);
    await page.waitForTimeout(400);
    expect(await page.getByTestId('end-form').locator('.ant-form-item-has-error label').innerText()).toBe('Ngày');
    await shot(page, 'person-end-refused');
    await page.keyboard.press('Escape');
    expect((await villageFigures(page, '11953', village)).members.total).toBe(after.members.total);
    await page.waitForTimeout(400);
    await shot(page, 'person');
    await page.context().close();
  });

  // a member of 11953-005 added and admitted through the API for the next two tests
  const code = `T-TERM-${run}`;
  const name = `Phạm Thị Thử ${run}`;

  it('records full membership and a temporary transfer, and finds the member by card and by village', async () => {
    const page = await signIn('demo-tinh', 'people');
    const post = (path: string, body: unknown) =>
      page.evaluate(
        async ([p, b]) => {
          const me = await (await fetch('/api/auth/me')).json();
          const r = await fetch(p as string, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(b) });
          return r.status;
        },
        [path, body],
      );
    expect(await post('/api/people', { code, fullName: name, birthDate: '1985-02-03', gender: 'female', residenceVillageCode: '11953-005' })).toBe(201);
    expect(await post(`/api/people/${code}/admission`, { admittedOn: isoDaysAgo(400), cellCode: 'CB-11953-005' })).toBe(200);

    await page.goto(`${suite.server.url}/admin/people/${code}`);
    await page.getByTestId('action-official').click();
    await typeDate(page, 'official-on', isoDaysAgo(35));
    await page.getByTestId('card-no').fill(`33.${run.slice(-6)}`);
    await save(page, 'official-form');
    await expect.poll(() => page.getByTestId('person-status').innerText()).toBe('Đảng viên chính thức');
    // once full, the action is no longer offered
    expect(await page.getByTestId('action-official').count()).toBe(0);
    // found by the card now issued, and among the people of the village
    await page.goto(`${suite.server.url}/admin/people?card=${encodeURIComponent(`33.${run.slice(-6)}`)}`);
    await expect.poll(() => rows(page, 'people-table').innerText()).toContain(name);
    await page.goto(`${suite.server.url}/admin/people`);
    await choose(page, 'search-village', 'Bá Khê', 'Tổ dân phố Bá Khê — Phường Phố Hiến');
    await page.getByTestId('search-submit').click();
    expect(new URL(page.url()).searchParams.get('village')).toBe('11953-005');
    const resident = await api<{ total: number }>(page, '/api/people?village=11953-005');
    await expect.poll(() => page.getByTestId('people-found').innerText()).toBe(`Tìm thấy ${resident.total} người`);
    await page.goto(`${suite.server.url}/admin/people/${code}`);

    await page.getByTestId('action-transfer').click();
    await page.getByTestId('transfer-form').getByText('Tạm thời').click();
    await typeDate(page, 'transfer-on', isoDaysAgo(20));
    // a temporary placement lasts 3 to 12 months
    await typeDate(page, 'transfer-until', isoDaysAgo(-100));
    await choose(page, 'cell-select', 'CB-11953-006');
    await shot(page, 'person-transfer-form');
    await save(page, 'transfer-form');
    await expect.poll(() => rows(page, 'placements-table').count()).toBe(2);
    expect(await rows(page, 'placements-table').first().innerText()).toContain('Tạm thời');

    // an official transfer presented 31 days after leaving is refused, the dates said under the start date
    await page.getByTestId('action-transfer').click();
    await typeDate(page, 'transfer-on', isoDaysAgo(5));
    await typeDate(page, 'transfer-left-on', isoDaysAgo(36));
    await choose(page, 'cell-select', 'CB-11953-006');
    await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
    const late = page.getByTestId('transfer-form').locator('.ant-form-item-has-error');
    await late.waitFor();
    expect(await late.locator('label').innerText()).toBe('Từ ngày');
    expect(await late.innerText()).toContain(`Rời nơi sinh hoạt cũ ngày ${dmy(isoDaysAgo(36))}`);
    await page.waitForTimeout(400); // the message slides in
    await shot(page, 'person-transfer-late');
    await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn').first().click();
    await page.getByTestId('transfer-form').waitFor({ state: 'detached' });
    expect(await rows(page, 'placements-table').count()).toBe(2);
    await page.context().close();
  });

  it('enters a head\'s term from the village page (a refusal said at its field) and a secretary\'s term from the cell page', async () => {
    const page = await signIn('demo-tinh', 'people');

    type Timeline = { secretaries: { cellCode: string; validTo: string | null; validFrom: string | null; fullName: string }[] };
    // a successor starts when the last term ends, or the day after an open last term starts (which it then ends)
    const successor = (terms: { validFrom: string | null; validTo: string | null }[]) => {
      const last = terms.reduce((a, b) => ((b.validFrom ?? '') > (a.validFrom ?? '') ? b : a));
      return last.validTo ?? new Date(Date.parse(last.validFrom!) + 86_400_000).toISOString().slice(0, 10);
    };
    const village = await api<Timeline>(page, '/api/villages/11953-005');

    // an interim head for longer than the rules allow is refused, said under the end date
    await page.goto(`${suite.server.url}/admin/villages/11953-005`);
    await page.getByTestId('add-head').click();
    await choose(page, 'head-person', `pham thi thu ${run.toLowerCase()}`, name);
    await choose(page, 'head-how', '', 'Tạm thời (chỉ định)');
    await typeDate(page, 'head-from', isoDaysAgo(10));
    await typeDate(page, 'head-to', isoDaysAgo(-400));
    await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
    const refused = page.getByTestId('head-form').locator('.ant-form-item-has-error');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('tạm thời giữ chức tối đa');
    expect(await refused.locator('label').innerText()).toBe('Đến ngày');
    await page.waitForTimeout(400); // the message slides in
    await shot(page, 'village-head-form');
    // within the limit it is taken, and the head in office until now steps down that day
    await typeDate(page, 'head-to', isoDaysAgo(-100));
    await save(page, 'head-form');
    const mine = rows(page, 'heads-table').filter({ hasText: name });
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.innerText()).toContain(`${dmy(isoDaysAgo(10))} – ${dmy(isoDaysAgo(-100))}`);
    expect(await rows(page, 'heads-table').filter({ hasText: `– ${dmy(isoDaysAgo(10))}` }).count()).toBe(1);
    expect(await page.getByTestId('village-head').innerText()).toContain(name);

    const secretaryEnds = successor(village.secretaries.filter((x) => x.cellCode === 'CB-11953-005'));
    await page.goto(`${suite.server.url}/admin/orgs/CB-11953-005`);
    await page.getByTestId('add-secretary').click();
    // the cell's members are offered before any search; typing finds anyone
    await page.getByTestId('secretary-person').click();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').count()).toBeGreaterThan(3);
    await page.getByTestId('secretary-person').locator('input').pressSequentially(`pham thi thu ${run.toLowerCase()}`);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
    await typeDate(page, 'secretary-from', secretaryEnds);
    await save(page, 'secretary-form');
    const after = await api<Timeline>(page, '/api/villages/11953-005');
    expect(after.secretaries.find((x) => x.validFrom === secretaryEnds)?.fullName).toBe(name);
    await page.context().close();
  });

  it('checks an import with an error: shows the error\'s sheet, row, column and message, offers no commit and writes nothing; a correct file imports', async () => {
    const page = await signIn('demo-tinh', 'transfer');
    const bad = join(files, 'people.csv');
    writeFileSync(bad, peopleCsv([[`T-IMP-${run}-1`, `Trần Thị Nhập ${run}`, '15/03/1985', 'nữ', 'Kinh', '11953-003', 'không'], [`T-IMP-${run}-2`, `Lê Văn Lỗi ${run}`, '01/01/1980', 'x', 'Kinh', '11953-003', 'không']]));
    const find = (q: string) => api<{ total: number }>(page, `/api/people?q=${encodeURIComponent(q)}`);
    expect((await find(`tran thi nhap ${run}`)).total).toBe(0);

    await page.locator('[data-testid="import-card"] input[type=file]').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const cells = await errors.locator('tr.ant-table-row').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual(['people', '3', 'gender', 'x']);
    expect(cells[4]).toContain('không hợp lệ ở cột "gender"');
    expect(await page.getByTestId('import-status').innerText()).toContain('Chạy thử: 1 lỗi');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.waitForTimeout(500); // the result scrolls into view
    await shot(page, 'import-errors');
    expect((await find(`tran thi nhap ${run}`)).total).toBe(0);
    expect((await find(`le van loi ${run}`)).total).toBe(0);

    // the corrected file: a dry run says what would change, then the import writes it
    writeFileSync(bad, peopleCsv([[`T-IMP-${run}-1`, `Trần Thị Nhập ${run}`, '15/03/1985', 'nữ', 'Kinh', '11953-003', 'không'], [`T-IMP-${run}-2`, `Lê Văn Lỗi ${run}`, '01/01/1980', 'nam', 'Kinh', '11953-003', 'không']]));
    await page.locator('[data-testid="import-card"] input[type=file]').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    const changes = page.getByTestId('import-changes');
    await changes.waitFor();
    expect(await changes.locator('tr.ant-table-row').first().locator('td').allInnerTexts()).toEqual(['Người (people)', '2', '0', '0']);
    expect((await find(`tran thi nhap ${run}`)).total).toBe(0);
    await page.waitForTimeout(500);
    await shot(page, 'import-dry-run');
    await page.getByTestId('import-commit').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('import-status').innerText()).toBe('Đã ghi vào sổ đăng ký.');
    expect((await find(`tran thi nhap ${run}`)).total).toBe(1);
    await shot(page, 'transfer');
    await page.context().close();
  });

  it('shows the upload\'s progress while a large file is sent', async () => {
    const page = await signIn('demo-tinh', 'transfer');
    const big = join(files, 'people.csv');
    // about 190 kB, sent at 40 kB/s
    writeFileSync(big, peopleCsv(Array.from({ length: 2500 }, (_, i) => [`T-BIG-${i}`, `Người Thử Nghiệm ${i}`, '01/01/1970', 'nam', 'Kinh', '11953-004', 'không'])));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 40 * 1024 });
    await page.locator('[data-testid="import-card"] input[type=file]').setInputFiles(big);
    // every state the progress block goes through, however quickly
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    await page.getByTestId('import-check').click();
    // part of the file sent, not all: the bar and the bytes say how much; then the server's turn
    await expect.poll(async () => (await seen()).some((text) => /^[1-9]\d%Đang gửi tệp: [\d,]+ kB \/ 18\d,\d kB$/.test(text)), { timeout: 30_000 }).toBe(true);
    await shot(page, 'import-progress');
    await expect.poll(async () => (await seen()).some((text) => text.includes('Máy chủ đang đọc và kiểm tra tệp')), { timeout: 30_000 }).toBe(true);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.getByTestId('import-changes').waitFor({ timeout: 60_000 });
    await page.context().close();
  });

  it('exports the commune\'s register as CSV files and downloads the template, each as a file with its name', async () => {
    const page = await signIn('demo-xa', 'transfer');
    await page.getByTestId('export-card').getByText('Các tệp CSV (.zip)').click();
    const [zip] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-download').click()]);
    expect(zip.suggestedFilename()).toMatch(/\.zip$/);
    const bytes = await readFile((await zip.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-download').click()]);
    expect(template.suggestedFilename()).toBe('mau-nhap-so-dang-ky.xlsx');
    await page.context().close();
  });

  it('draws the party organisations as a tree with totals, and a cell with its members and secretary', async () => {
    const page = await signIn('demo-xa', 'orgs');
    await page.getByTestId('orgs-table').waitFor();
    const orgs = await api<{ orgs: { code: string; kind: string; parentCode: string | null; members: { total: number } }[] }>(page, '/api/orgs');
    const cells = orgs.orgs.filter((o) => o.kind === 'cell');
    const members = cells.reduce((s, o) => s + o.members.total, 0);
    expect(await page.getByTestId('orgs-totals').innerText()).toContain(`${cells.length} chi bộ · ${new Intl.NumberFormat('vi-VN').format(members)} đảng viên`);
    // the commune's committee is the root, open, with its cells under it
    const rootRow = rows(page, 'orgs-table').first();
    expect(await rootRow.innerText()).toContain('Đảng bộ phường Phố Hiến');
    expect(await rows(page, 'orgs-table').count()).toBeGreaterThan(10);
    await shot(page, 'orgs');

    await page.getByTestId('orgs-find').fill('tien kieu');
    await expect.poll(() => rows(page, 'orgs-table').count()).toBe(2);
    await rows(page, 'orgs-table').nth(1).getByRole('link', { name: 'Chi bộ Tổ dân phố Tiên Kiều' }).click();
    await page.getByTestId('org-page').waitFor();
    const cell = await api<{ memberList: unknown[]; secretary: { name: string } | null }>(page, '/api/orgs/CB-11953-001');
    expect(await rows(page, 'org-members-table').count()).toBe(Math.min(50, cell.memberList.length));
    expect(await page.getByTestId('org-secretary').innerText()).toBe(cell.secretary!.name);
    await shot(page, 'org');
    // a cell with 9 or more official members is tagged: it elects a committee
    const due = (await api<{ orgs: { code: string; committeeDue: boolean; members: { official: number } }[] }>(page, '/api/orgs')).orgs;
    const big = due.find((o) => o.committeeDue)!;
    expect(big.members.official).toBeGreaterThanOrEqual(9);
    expect(due.filter((o) => !o.committeeDue).every((o) => o.members.official < 9)).toBe(true);
    await page.goto(`${suite.server.url}/admin/orgs/${big.code}`);
    await page.getByTestId('org-page').waitFor();
    expect(await page.getByTestId('committee-due').innerText()).toBe('Cần bầu chi ủy');
    await shot(page, 'org-committee-due');
    await page.context().close();
  });

  it('keeps the commune clerk out of another commune\'s village and person: not found, no data', async () => {
    const page = await signIn('demo-xa', 'villages/12004-004');
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByTestId('not-found').innerText()).toContain('Không có thôn, tổ dân phố mã "12004-004"');
    expect(await page.getByTestId('village-page').count()).toBe(0);
    expect(await page.getByTestId('members-chart').count()).toBe(0);
    await shot(page, 'village-not-found');
    await page.goto(`${suite.server.url}/admin/people/P001526`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByTestId('person-page').count()).toBe(0);
    // nor does the list of villages hold it
    await page.goto(`${suite.server.url}/admin/villages?q=12004`);
    await page.getByTestId('empty-state').waitFor();
    await page.context().close();
  });

  it('shows an error state and an empty state, offers a viewer no changes, and speaks English', async () => {
    const page = await signIn('demo-xem', 'people/P000154');
    await page.getByTestId('person-page').waitFor();
    expect(await page.locator('[data-testid^="action-"]').count()).toBe(0);
    // a viewer may not see ethnicity: masked and said so
    expect(await page.getByTestId('person-page').innerText()).toContain('Đã ẩn (dữ liệu nhạy cảm)');
    await page.goto(`${suite.server.url}/admin/transfer`);
    await page.getByTestId('export-card').waitFor();
    expect(await page.getByTestId('import-card').count()).toBe(0);

    const failure = { error: { code: 'INTERNAL', message: 'x', messages: { vi: 'Lỗi hệ thống; mã yêu cầu r-2', en: 'Internal error; request id r-2' } } };
    await page.route('**/api/indicators/villages?*', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify(failure) }));
    await page.goto(`${suite.server.url}/admin/villages`);
    await expect.poll(() => page.getByTestId('error-state').innerText()).toContain('Lỗi hệ thống; mã yêu cầu r-2');
    await shot(page, 'villages-error');
    await page.unroute('**/api/indicators/villages?*');

    await page.goto(`${suite.server.url}/admin/people?q=zzzz%20khong%20co`);
    await expect.poll(() => page.getByTestId('empty-state').innerText()).toBe('Không tìm thấy ai.');

    await page.getByTestId('lang-switch').getByText('EN').click();
    await page.goto(`${suite.server.url}/admin/villages/11953-001`);
    await page.getByTestId('members-chart').waitFor();
    expect(await page.getByRole('tab', { name: 'Heads and secretaries' }).count()).toBe(1);
    expect(await page.getByTestId('village-page').innerText()).toContain('Members taking part');
    await page.waitForTimeout(600);
    await shot(page, 'village-en');
    await page.context().close();
  });
});
