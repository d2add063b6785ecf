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
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it, onTestFailed } from 'vitest';
import type {
  Comparison,
  Snapshot,
  VillageListAt,
  VillageListFlow,
} from '../src/modules/indicators/indicators.schema.js';
import type { PersonDetail } from '../src/modules/people/people.schema.js';
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
  `${['person_code,full_name,birth_date,gender,ethnicity,residence_village_code,commune_official', ...rows.map((r) => r.join(','))].join('\n')}\n`;

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
    const context = await suite.browser.newContext({
      viewport: desktop,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => crashes.push(`${page.url()}: ${e.message}`));
    // a failing test leaves a picture of where it stopped
    onTestFailed(async ({ task }) => {
      if (!page.isClosed())
        await page.screenshot({ path: join(shots, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`) });
    });
    // the page asked for first: sign-in, then back to it (the dashboard's many requests stay out of these tests)
    await page.goto(`${suite.server.url}/admin/${path}`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('main-menu').waitFor();
    return page;
  }

  const api = <T>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
  const shot = (page: Page, name: string, fullPage = false) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage });
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
    await Promise.race([
      form.waitFor({ state: 'detached' }),
      refused.waitFor().then(async () => expect.fail(`${dialog} refused: ${await form.innerText()}`)),
    ]);
  }

  it("lists villages with filters and totals, and opens a village's timeline with its members by year", async () => {
    const page = await signIn('demo-tinh', 'villages?scope=11953');
    await page.getByTestId('villages-table').waitFor();
    const list = await api<VillageListAt>(page, `/api/indicators/villages?scope=11953&at=${today()}&category=all`);
    const members = list.villages.reduce((s, v) => s + v.members.total, 0);
    expect(await page.getByTestId('villages-totals').innerText()).toContain(
      `${list.villages.length} thôn, tổ dân phố · ${new Intl.NumberFormat('vi-VN').format(members)} đảng viên`,
    );
    await shot(page, 'villages');

    // filter: villages whose head is not a party member
    const nonParty = list.villages.filter((v) => v.headStatus === 'nonParty');
    expect(nonParty.length).toBeGreaterThan(0);
    await page.getByTestId('filter-head').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Chưa là đảng viên' })
      .click();
    await expect
      .poll(() => page.getByTestId('villages-totals').innerText())
      .toMatch(new RegExp(`^${nonParty.length} thôn`));
    expect(new URL(page.url()).searchParams.get('head')).toBe('nonParty');

    // sort by members, largest first: the first row is the largest village of the filter
    const header = page.locator('[data-testid="villages-table"] th', { hasText: 'Đảng viên' });
    await header.click();
    await header.click();
    const largest = nonParty.reduce((a, b) => (b.members.total > a.members.total ? b : a));
    const membersColumn = (await page.locator('[data-testid="villages-table"] thead th').allInnerTexts()).findIndex(
      (h) => h.trim() === 'Đảng viên',
    );
    expect(await rows(page, 'villages-table').first().locator('td').nth(membersColumn).innerText()).toBe(
      String(largest.members.total),
    );

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

  it("adds a person, finds her without diacritics, admits her: the village's figures change, and a refused change shows its reason at its field", async () => {
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
    await expect
      .poll(() =>
        rows(page, 'people-table')
          .filter({ hasText: `T-AN-${run}` })
          .count(),
      )
      .toBe(1);
    expect(
      await rows(page, 'people-table')
        .filter({ hasText: `T-AN-${run}` })
        .innerText(),
    ).toContain('Nguyễn Văn An');
    await shot(page, 'people-search');
    await rows(page, 'people-table')
      .filter({ hasText: `T-AN-${run}` })
      .getByRole('link', { name: 'Nguyễn Văn An' })
      .click();

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
          const r = await fetch(p as string, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify(b),
          });
          return r.status;
        },
        [path, body],
      );
    expect(
      await post('/api/people', {
        code,
        fullName: name,
        birthDate: '1985-02-03',
        gender: 'female',
        residenceVillageCode: '11953-005',
      }),
    ).toBe(201);
    expect(await post(`/api/people/${code}/admission`, { admittedOn: isoDaysAgo(400), cellCode: 'CB-11953-005' })).toBe(
      200,
    );

    await page.goto(`${suite.server.url}/admin/people/${code}`);
    await page.getByTestId('action-official').click();
    await typeDate(page, 'official-on', isoDaysAgo(35));
    await page.getByTestId('card-no').fill(`33.${run.slice(-6)}`);
    await save(page, 'official-form');
    await expect.poll(() => page.getByTestId('person-status').innerText()).toBe('Đảng viên chính thức');
    // the card just issued and the cell are in the details
    await expect.poll(() => page.getByTestId('person-card').innerText()).toBe(`33.${run.slice(-6)}`);
    const cellName = (await api<{ name: string }>(page, '/api/orgs/CB-11953-005')).name;
    expect(await page.getByTestId('person-cell').innerText()).toContain(cellName);
    // once full, the action is no longer offered
    expect(await page.getByTestId('action-official').count()).toBe(0);
    // found by the card now issued, and among the people of the village
    await page.goto(`${suite.server.url}/admin/people?card=${encodeURIComponent(`33.${run.slice(-6)}`)}`);
    await expect.poll(() => rows(page, 'people-table').innerText()).toContain(name);
    await page.goto(`${suite.server.url}/admin/people`);
    const village = (
      await api<{ versions: { name: string; parentName: string | null }[] }>(page, '/api/villages/11953-005')
    ).versions.at(-1)!;
    await choose(
      page,
      'search-village',
      village.name.split(' ').slice(-2).join(' '),
      `${village.name} — ${village.parentName}`,
    );
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

  it("enters a head's term from the village page (a refusal said at its field) and a secretary's term from the cell page", async () => {
    const page = await signIn('demo-tinh', 'people');

    type Timeline = {
      secretaries: { cellCode: string; validTo: string | null; validFrom: string | null; fullName: string }[];
    };
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
    expect(
      await rows(page, 'heads-table')
        .filter({ hasText: `– ${dmy(isoDaysAgo(10))}` })
        .count(),
    ).toBe(1);
    expect(await page.getByTestId('village-head').innerText()).toContain(name);

    const secretaryEnds = successor(village.secretaries.filter((x) => x.cellCode === 'CB-11953-005'));
    await page.goto(`${suite.server.url}/admin/orgs/CB-11953-005`);
    await page.getByTestId('add-secretary').click();
    // the cell's members are offered before any search; typing finds anyone
    await page.getByTestId('secretary-person').click();
    await expect
      .poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').count())
      .toBeGreaterThan(3);
    await page.getByTestId('secretary-person').locator('input').pressSequentially(`pham thi thu ${run.toLowerCase()}`);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
    await typeDate(page, 'secretary-from', secretaryEnds);
    await save(page, 'secretary-form');
    const after = await api<Timeline>(page, '/api/villages/11953-005');
    expect(after.secretaries.find((x) => x.validFrom === secretaryEnds)?.fullName).toBe(name);
    await page.context().close();
  });

  it("checks an import with an error: shows the error's sheet, row, column and message, offers no commit and writes nothing; a correct file imports", async () => {
    const page = await signIn('demo-tinh', 'transfer');
    const bad = join(files, 'people.csv');
    writeFileSync(
      bad,
      peopleCsv([
        [`T-IMP-${run}-1`, `Trần Thị Nhập ${run}`, '15/03/1985', 'nữ', 'Kinh', '11953-003', 'không'],
        [`T-IMP-${run}-2`, `Lê Văn Lỗi ${run}`, '01/01/1980', 'x', 'Kinh', '11953-003', 'không'],
      ]),
    );
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
    writeFileSync(
      bad,
      peopleCsv([
        [`T-IMP-${run}-1`, `Trần Thị Nhập ${run}`, '15/03/1985', 'nữ', 'Kinh', '11953-003', 'không'],
        [`T-IMP-${run}-2`, `Lê Văn Lỗi ${run}`, '01/01/1980', 'nam', 'Kinh', '11953-003', 'không'],
      ]),
    );
    await page.locator('[data-testid="import-card"] input[type=file]').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    const changes = page.getByTestId('import-changes');
    await changes.waitFor();
    expect(await changes.locator('tr.ant-table-row').first().locator('td').allInnerTexts()).toEqual([
      'Người (people)',
      '2',
      '0',
      '0',
    ]);
    expect((await find(`tran thi nhap ${run}`)).total).toBe(0);
    await page.waitForTimeout(500);
    await shot(page, 'import-dry-run');
    // with changes to write, writing is the main button
    expect(await page.getByTestId('import-commit').getAttribute('class')).toContain('ant-btn-primary');
    expect(await page.getByTestId('import-nothing').count()).toBe(0);
    await page.getByTestId('import-commit').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('import-status').innerText()).toBe('Đã ghi vào sổ đăng ký.');
    expect((await find(`tran thi nhap ${run}`)).total).toBe(1);
    await shot(page, 'transfer');
    await page.context().close();
  });

  it("shows a member's card and cell on the person page, today and on the day of the cell page it was opened from", async () => {
    const page = await signIn('demo-tinh', 'people');
    type Found = { items: { code: string; status: string; cardNo: string | null }[] };
    const member = (await api<Found>(page, '/api/people?q=nguyen%20thi%20ngoc&limit=100')).items.find(
      (p) => p.status === 'official' && p.cardNo,
    )!;
    const person = await api<PersonDetail>(page, `/api/people/${member.code}`);
    const { cell } = person.standing;
    expect(person.standing.cardNo).toBe(member.cardNo);
    expect(cell).not.toBeNull();

    await page.goto(`${suite.server.url}/admin/people/${member.code}`);
    await page.getByTestId('person-page').waitFor();
    expect(await page.getByTestId('person-status').innerText()).toBe('Đảng viên chính thức');
    expect(await page.getByTestId('person-card').innerText()).toBe(member.cardNo);
    expect(await page.getByTestId('person-cell').innerText()).toBe(`${cell!.name} · ${cell!.village!.name}`);
    expect(await page.getByTestId('person-cell-link').getAttribute('href')).toBe(`/admin/orgs/${cell!.code}`);
    await shot(page, 'person-card-cell');

    // the cell page of a past day (while the member was in it) opens its members' pages on that day
    const since = person.memberships[0].admittedOn;
    const day = cell!.since && cell!.since > '2015-06-30' ? cell!.since : '2015-06-30';
    await page.goto(`${suite.server.url}/admin/orgs/${cell!.code}?at=${day}`);
    await page.getByTestId('org-members-table').waitFor();
    const first = page.locator('[data-testid="org-members-table"] tr.ant-table-row a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/admin/people/[^/?]+\\?at=${day}$`));
    const then = href.slice('/admin/people/'.length).split('?')[0];
    await first.click();
    await page.getByTestId('person-page').waitFor();
    const past = await api<PersonDetail>(page, `/api/people/${then}?at=${day}`);
    expect(past.standing.cell?.code).toBe(cell!.code);
    expect(
      await page.locator('input[data-testid="person-at"], [data-testid="person-at"] input').first().inputValue(),
    ).toBe(dmy(day));
    await expect.poll(() => page.getByTestId('person-cell').innerText()).toContain(past.standing.cell!.name!);
    expect(await page.getByTestId('person-card').innerText()).toBe(
      past.standing.cardNo ?? 'Chưa cấp (thẻ cấp khi công nhận chính thức)',
    );

    // before the admission of the first member: not a member that day, no card, no cell
    const before = new Date(Date.parse(since) - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${suite.server.url}/admin/people/${member.code}?at=${before}`);
    await expect.poll(() => page.getByTestId('person-status').innerText()).toBe('Chưa là đảng viên');
    expect(await page.getByTestId('person-card').innerText()).toBe('');
    expect(await page.getByTestId('person-cell').innerText()).toBe('');
    await page.context().close();
  });

  it('tells people of one name apart in the search results by birth year and commune', async () => {
    const page = await signIn('demo-tinh', 'people?q=nguyen%20thi%20ngoc');
    await page.getByTestId('people-table').waitFor();
    type Found = {
      total: number;
      items: {
        code: string;
        birthYear: number | null;
        villageName: string | null;
        commune: { name: string | null } | null;
      }[];
    };
    const found = await api<Found>(page, '/api/people?q=nguyen%20thi%20ngoc&limit=50');
    expect(found.total).toBeGreaterThan(50);
    const headers = (await page.locator('[data-testid="people-table"] thead th').allInnerTexts()).map((h) => h.trim());
    const [year, commune, village] = ['Năm sinh', 'Xã, phường', 'Thôn, tổ dân phố'].map((h) => headers.indexOf(h));
    expect(Math.min(year, commune, village)).toBeGreaterThanOrEqual(0);
    expect(await rows(page, 'people-table').count()).toBe(found.items.length);
    for (const [i, p] of found.items.slice(0, 20).entries()) {
      const cells = await rows(page, 'people-table').nth(i).locator('td').allInnerTexts();
      expect([cells[0], cells[year], cells[commune], cells[village]]).toEqual([
        p.code,
        String(p.birthYear ?? ''),
        p.commune?.name ?? '',
        p.villageName ?? '',
      ]);
    }
    // rows of one name in villages of one name differ by commune or year
    const seen = new Set(found.items.map((p) => `${p.villageName}|${p.commune?.name}|${p.birthYear}`));
    expect(seen.size).toBeGreaterThan(found.items.length * 0.9);
    await shot(page, 'people-search-commune');
    await page.context().close();
  });

  /** The rows of a downloaded workbook's first sheet, as text. */
  async function workbookRows(path: string): Promise<string[][]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    const out: string[][] = [];
    ws.eachRow((row) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(String(row.getCell(c).value ?? ''));
      out.push(cells);
    });
    return out;
  }

  it('downloads the villages behind a number as a workbook and prints them', async () => {
    const at = '2013-06-30';
    const page = await signIn('demo-tinh', `?at=${at}`);
    await page.getByTestId('figure-cards').waitFor();
    const snapshot = await api<Snapshot>(page, `/api/indicators?scope=33&at=${at}`);
    const list = await api<VillageListAt>(page, `/api/indicators/villages?scope=33&at=${at}&category=white`);
    expect(list.count).toBe(snapshot.white);
    await page.locator('[data-figure="white"] [data-role="value"]').click();
    await page.getByTestId('village-table').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('village-list-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`danh-sach-thon_white_33_${at}.xlsx`);
    const sheet = await workbookRows((await download.path())!);
    expect(sheet[0][0]).toBe(
      `Danh sách thôn, tổ dân phố: Thôn "trắng" đảng viên (chưa có đảng viên) — Tỉnh Hưng Yên (33), ngày ${dmy(at)}`,
    );
    // before 1/7/2025 the villages' districts too
    expect(sheet[1].slice(0, 5)).toEqual([
      'STT',
      'Mã',
      'Tên thôn, tổ dân phố',
      'Huyện, thị xã, thành phố',
      'Xã, phường, thị trấn',
    ]);
    const body = sheet.slice(2, -1);
    expect(body.map((r) => r[1])).toEqual(list.villages.map((v) => v.code));
    expect(body.map((r) => r[4])).toEqual(list.villages.map((v) => v.commune.name));
    expect(body.every((r) => r[3] !== '')).toBe(true);
    expect(sheet.at(-1)![1]).toBe('Cộng');

    // printing: a sheet with every row, alone on paper
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => void w.printed++;
    });
    await page.getByTestId('village-list-print').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const printSheet = page.getByTestId('village-list-print-sheet');
    expect(await printSheet.locator('tbody tr').count()).toBe(list.count);
    expect(await printSheet.locator('h1').innerText()).toContain(`${list.count} thôn`);
    expect(await printSheet.innerText()).toContain(`Tỉnh Hưng Yên, ngày ${dmy(at)}`);
    await page.emulateMedia({ media: 'print' });
    expect(await printSheet.isVisible()).toBe(true);
    expect(await page.getByTestId('village-table').isVisible()).toBe(false);
    expect(await page.getByTestId('main-menu').isVisible()).toBe(false);
    await shot(page, 'village-list-print', true);
    await page.emulateMedia({ media: 'screen' });
    // once printed, the sheet goes
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await printSheet.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('exports and prints the villages behind a flow, with both dates', async () => {
    const [from, to] = ['2013-06-30', '2017-06-30'];
    const page = await signIn('demo-tinh', `?at=${to}&cmp=${from}`);
    await page.getByTestId('figure-cards').waitFor();
    const c = await api<Comparison>(page, `/api/indicators?scope=33&from=${from}&to=${to}`);
    expect(c.changes.white.left).toBeGreaterThan(0);
    const list = await api<VillageListFlow>(
      page,
      `/api/indicators/villages?scope=33&from=${from}&to=${to}&category=white&flow=left`,
    );
    await page.locator('[data-figure="white"] [data-role="flow-left"]').click();
    await page.getByTestId('village-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('village-list-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`danh-sach-thon_white-left_33_${from}_${to}.xlsx`);
    const sheet = await workbookRows((await download.path())!);
    expect(sheet[0][0]).toContain(`ra khỏi nhóm — Tỉnh Hưng Yên (33), từ ngày ${dmy(from)} đến ngày ${dmy(to)}`);
    expect(sheet[1]).toContain(`Đảng viên ${dmy(from)}`);
    expect(sheet.slice(2, -1).map((r) => r[1])).toEqual(list.villages.map((v) => v.code));
    expect(list.count).toBe(c.changes.white.left);
    await page.evaluate(() => void ((window as unknown as { print: () => void }).print = () => {}));
    await page.getByTestId('village-list-print').click();
    const printSheet = page.getByTestId('village-list-print-sheet');
    await printSheet.waitFor({ state: 'attached' });
    expect(await printSheet.locator('tbody tr').count()).toBe(list.count);
    expect(await printSheet.locator('tbody tr').first().innerText()).toContain('→');
    await page.context().close();
  });

  it('offers nothing to write after a dry run that changes nothing, in Vietnamese and in English', async () => {
    const page = await signIn('demo-tinh', 'transfer');
    const p = await api<PersonDetail>(page, '/api/people/P000154');
    const gender = { male: 'nam', female: 'nữ' } as const;
    const same = join(files, 'people.csv');
    writeFileSync(
      same,
      peopleCsv([
        [
          p.code,
          p.fullName,
          dmy(p.birthDate!),
          gender[p.gender as 'male' | 'female'],
          p.ethnicity!,
          p.residenceVillageCode!,
          p.communeOfficial ? 'có' : 'không',
        ],
      ]),
    );
    await page.locator('[data-testid="import-card"] input[type=file]').setInputFiles(same);
    await page.getByTestId('import-check').click();
    await expect
      .poll(() => page.getByTestId('import-status').innerText())
      .toBe('Chạy thử: không có lỗi, và sổ đăng ký đã có đúng như tệp.');
    const commit = page.getByTestId('import-commit');
    expect(await commit.isDisabled()).toBe(true);
    expect(await commit.getAttribute('class')).not.toContain('ant-btn-primary');
    expect(await page.getByTestId('import-nothing').innerText()).toBe('Không có thay đổi nào để ghi');
    expect(
      await page.getByTestId('import-changes').locator('tr.ant-table-row').first().locator('td').allInnerTexts(),
    ).toEqual(['Người (people)', '0', '0', '1']);
    await page.waitForTimeout(500);
    await shot(page, 'import-nothing');
    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('import-nothing').innerText()).toBe('Nothing to write');
    await page.context().close();
  });

  it("shows the upload's progress while a large file is sent", async () => {
    const page = await signIn('demo-tinh', 'transfer');
    const big = join(files, 'people.csv');
    // about 190 kB, sent at 40 kB/s
    writeFileSync(
      big,
      peopleCsv(
        Array.from({ length: 2500 }, (_, i) => [
          `T-BIG-${i}`,
          `Người Thử Nghiệm ${i}`,
          '01/01/1970',
          'nam',
          'Kinh',
          '11953-004',
          'không',
        ]),
      ),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 40 * 1024,
    });
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
    await expect
      .poll(async () => (await seen()).some((text) => /^[1-9]\d%Đang gửi tệp: [\d,]+ kB \/ 18\d,\d kB$/.test(text)), {
        timeout: 30_000,
      })
      .toBe(true);
    await shot(page, 'import-progress');
    await expect
      .poll(async () => (await seen()).some((text) => text.includes('Máy chủ đang đọc và kiểm tra tệp')), {
        timeout: 30_000,
      })
      .toBe(true);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByTestId('import-changes').waitFor({ timeout: 60_000 });
    await page.context().close();
  });

  it("exports the commune's register as CSV files and downloads the template, each as a file with its name", async () => {
    const page = await signIn('demo-xa', 'transfer');
    await page.getByTestId('export-card').getByText('Các tệp CSV (.zip)').click();
    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-download').click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/\.zip$/);
    const bytes = await readFile((await zip.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-download').click(),
    ]);
    expect(template.suggestedFilename()).toBe('mau-nhap-so-dang-ky.xlsx');
    await page.context().close();
  });

  it('draws the party organisations as a tree with totals, and a cell with its members and secretary', async () => {
    const page = await signIn('demo-xa', 'orgs');
    await page.getByTestId('orgs-table').waitFor();
    const orgs = await api<{
      orgs: { code: string; name: string; kind: string; parentCode: string | null; members: { total: number } }[];
    }>(page, '/api/orgs');
    const cells = orgs.orgs.filter((o) => o.kind === 'cell');
    const members = cells.reduce((s, o) => s + o.members.total, 0);
    expect(await page.getByTestId('orgs-totals').innerText()).toContain(
      `${cells.length} chi bộ · ${new Intl.NumberFormat('vi-VN').format(members)} đảng viên`,
    );
    // the commune's committee is the root, open, with its cells under it
    const rootRow = rows(page, 'orgs-table').first();
    expect(await rootRow.innerText()).toContain('Đảng bộ phường Phố Hiến');
    expect(await rows(page, 'orgs-table').count()).toBeGreaterThan(10);
    await shot(page, 'orgs');

    await page.getByTestId('orgs-find').fill('tien kieu');
    await expect.poll(() => rows(page, 'orgs-table').count()).toBe(2);
    await rows(page, 'orgs-table').nth(1).getByRole('link', { name: 'Chi bộ Tổ dân phố Tiên Kiều' }).click();
    await page.getByTestId('org-page').waitFor();
    const cellCode = cells.find((o) => o.name === 'Chi bộ Tổ dân phố Tiên Kiều')!.code;
    const cell = await api<{ memberList: unknown[]; secretary: { name: string } | null }>(
      page,
      `/api/orgs/${cellCode}`,
    );
    expect(await rows(page, 'org-members-table').count()).toBe(Math.min(50, cell.memberList.length));
    expect(await page.getByTestId('org-secretary').innerText()).toBe(cell.secretary!.name);
    await shot(page, 'org');
    // a cell with 9 or more official members is tagged: it elects a committee
    const due = (
      await api<{ orgs: { code: string; committeeDue: boolean; members: { official: number } }[] }>(page, '/api/orgs')
    ).orgs;
    const big = due.find((o) => o.committeeDue)!;
    expect(big.members.official).toBeGreaterThanOrEqual(9);
    expect(due.filter((o) => !o.committeeDue).every((o) => o.members.official < 9)).toBe(true);
    await page.goto(`${suite.server.url}/admin/orgs/${big.code}`);
    await page.getByTestId('org-page').waitFor();
    expect(await page.getByTestId('committee-due').innerText()).toBe('Cần bầu chi ủy');
    await shot(page, 'org-committee-due');
    await page.context().close();
  });

  it("keeps the commune clerk out of another commune's village and person: not found, no data", async () => {
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

    const failure = {
      error: {
        code: 'INTERNAL',
        message: 'x',
        messages: { vi: 'Lỗi hệ thống; mã yêu cầu r-2', en: 'Internal error; request id r-2' },
      },
    };
    await page.route('**/api/indicators/villages?*', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify(failure) }),
    );
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
