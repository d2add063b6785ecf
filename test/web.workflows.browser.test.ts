/**
 * The workflow screens in a real browser (Debian's Chromium, playwright-core)
 * against the real server with the demo province: an admission walked from
 * prospect to official member, a cell founded from the planner, and an
 * election that gives a village a head who is a member. Screenshots go to
 * test/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { plan as planSchema } from '../src/modules/cells/cells.schema.js';
import type { Snapshot, VillageListAt } from '../src/modules/indicators/indicators.schema.js';
import type { TargetProgress } from '../src/modules/targets/targets.schema.js';
import { browserSuite } from './browser.js';
import { root } from './process.js';
import { DEMO_PASSWORD as PASSWORD } from './demo-accounts.js';

type Plan = z.infer<typeof planSchema>;

const shots = join(root, 'test/screenshots');
const desktop = { width: 1366, height: 900 };
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string) => iso.split('-').reverse().join('/');

describe('the workflow screens in Chromium', () => {
  const suite = browserSuite('gr-wf-');

  async function signIn(username: string, path: string): Promise<Page> {
    const context = await suite.browser.newContext({
      viewport: desktop,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/admin/`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('figure-cards').waitFor();
    await page.goto(`${suite.server.url}/admin/${path}`);
    return page;
  }

  const get = <T>(page: Page, path: string) =>
    page.evaluate(async (p) => {
      const r = await fetch(p);
      return r.json();
    }, path) as Promise<T>;
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
  const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

  /** Types a date as dd/mm/yyyy into a date field and confirms it. */
  async function typeDate(page: Page, testId: string, iso: string) {
    const box = page.getByTestId(testId);
    const input = (await box.evaluate((e) => e.tagName)) === 'INPUT' ? box : box.locator('input');
    await input.click();
    await input.fill(dmy(iso));
    // Tab, not Enter: Enter would also submit the form the field is in
    await input.press('Tab');
    await expect.poll(() => input.inputValue()).toBe(dmy(iso));
  }

  /** Opens a select, types to search, and picks the option that contains `text`. */
  async function choose(page: Page, testId: string, search: string, text = search) {
    const select = page.getByTestId(testId);
    await select.click();
    // typed into the select's own input, which takes the focus first: keys sent before the dropdown has it are lost
    await select.locator('input').pressSequentially(search);
    const option = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: text })
      .first();
    await option.waitFor();
    // the options are refetched as the search is typed: click once they have settled, and check what was chosen
    await page.waitForTimeout(400);
    await option.click({ timeout: 5_000 }).catch(() => {});
    await expect.poll(() => select.textContent()).toContain(text);
  }

  it('walks an admission in the UI from putting forward to official member; a refused step shows on its field', async () => {
    const page = await signIn('demo-xa', 'admissions');
    const village = '11953-001';
    const org = await get<{ orgs: { code: string; kind: string; villages: { code: string }[] }[] }>(
      page,
      `/api/orgs?at=${today()}`,
    );
    const cell = org.orgs.find((o) => o.kind === 'cell' && o.villages.some((v) => v.code === village))!.code;
    const code = `KN-${Date.now().toString(36)}`;
    const created = await post(page, '/api/people', {
      code,
      fullName: 'Lưu Thị Thử Nghiệm',
      birthDate: '1996-04-12',
      gender: 'female',
      residenceVillageCode: village,
    });
    expect(created.status).toBe(201);

    await page.getByTestId('put-forward').click();
    await choose(page, 'pf-person', 'Luu Thi Thu Nghiem', code);
    await choose(page, 'pf-village', village);
    await page.getByTestId('pf-cell').fill(cell);
    await typeDate(page, 'pf-date', '2024-01-08');
    await shot(page, 'wf-admission-put-forward');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('prospect').waitFor();
    const stage = page.getByTestId('prospect-stage');
    await expect.poll(() => stage.getAttribute('data-stage')).toBe('recommended');

    const save = () => page.getByTestId('step-save').click();
    const dated = async (step: string, iso: string, next: string) => {
      await expect.poll(() => page.getByTestId('step-kind').textContent()).toContain(stepLabel[step]);
      await typeDate(page, 'step-date', iso);
      await save();
      await expect.poll(() => stage.getAttribute('data-stage')).toBe(next);
    };
    const stepLabel: Record<string, string> = {
      certificate: 'Giấy chứng nhận',
      application: 'Đơn xin vào Đảng',
      introducers: 'Người giới thiệu',
      check: 'Thẩm tra',
      resolution: 'Nghị quyết',
      decision: 'Quyết định kết nạp',
      ceremony: 'Lễ kết nạp',
      review: 'Chi bộ xét',
      outcome: 'công nhận',
    };
    await dated('certificate', '2024-02-05', 'class');
    await dated('application', '2024-03-04', 'application');

    // the Youth Union introduces: one row, of that kind
    await expect.poll(() => page.getByTestId('step-kind').textContent()).toContain('Người giới thiệu');
    await page.getByTestId('introducer-1').getByLabel('remove').click();
    await page.getByTestId('introducer-0').locator('.ant-select').first().click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: 'Đoàn Thanh niên' })
      .click();
    await save();
    await expect.poll(() => stage.getAttribute('data-stage')).toBe('introduced');
    await dated('check', '2024-04-01', 'checked');

    // the date the next step is planned for may lie ahead: it shows on the case
    const planned = addDays(today(), 30);
    await page.getByTestId('step-kind').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: 'Dự kiến bước tiếp theo' })
      .click();
    await typeDate(page, 'step-date', planned);
    await save();
    await expect.poll(() => page.getByTestId('prospect-planned').textContent()).toContain(dmy(planned));
    expect(await page.getByTestId('step-planned').textContent()).toBe(dmy(planned));

    // a resolution short of two thirds is refused, next to the votes
    await expect.poll(() => page.getByTestId('step-kind').textContent()).toContain('Nghị quyết');
    await typeDate(page, 'step-date', '2024-04-15');
    await page
      .getByTestId('step-votes')
      .locator('input')
      .or(page.locator('input[data-testid="step-votes"]'))
      .first()
      .fill('5');
    await page
      .getByTestId('step-members')
      .locator('input')
      .or(page.locator('input[data-testid="step-members"]'))
      .first()
      .fill('9');
    await save();
    const votesItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('step-votes') });
    await expect
      .poll(() => votesItem.locator('.ant-form-item-explain-error').textContent(), { timeout: 10_000 })
      .toMatch(/2\/3/);
    await votesItem.locator('.ant-form-item-explain-error').waitFor({ state: 'visible' });
    await page.waitForTimeout(400);
    await shot(page, 'wf-admission-refused');
    expect(await stage.getAttribute('data-stage')).toBe('checked');
    await page
      .getByTestId('step-votes')
      .locator('input')
      .or(page.locator('input[data-testid="step-votes"]'))
      .first()
      .fill('7');
    await save();
    await expect.poll(() => stage.getAttribute('data-stage')).toBe('resolution');
    await expect.poll(() => page.getByTestId('prospect-deadline').textContent()).toContain('Quyết định kết nạp');
    // the resolution spent the planned date; the decision still to take is the commune-level committee's (judged today)
    expect(await page.getByTestId('prospect-planned').count()).toBe(0);
    expect(await page.getByTestId('prospect-deadline').getByTestId('decided-by').getAttribute('data-level')).toBe(
      'commune',
    );
    expect(await page.getByTestId('prospect-deadline').getByTestId('decided-by').textContent()).toBe('Đảng ủy cấp xã');

    await dated('decision', '2024-05-20', 'decision');
    // decided on 20/05/2024: by the district committee, shown next to the date
    await expect
      .poll(() => page.getByTestId('step-decision').getByTestId('decided-by').textContent())
      .toBe('Huyện ủy và tương đương');
    await dated('ceremony', '2024-06-10', 'probation');

    // a review three months after the ceremony is refused on its date field, naming the day probation ends
    await expect.poll(() => page.getByTestId('step-kind').textContent()).toContain(stepLabel.review);
    await typeDate(page, 'step-date', '2024-09-10');
    await save();
    const dateItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('step-date') });
    await expect
      .poll(() => dateItem.locator('.ant-form-item-explain-error').textContent(), { timeout: 10_000 })
      .toContain('hết dự bị ngày 10/06/2025');
    expect(await stage.getAttribute('data-stage')).toBe('probation');
    await page.waitForTimeout(400);
    await shot(page, 'wf-admission-review-refused');
    await dated('review', '2025-06-20', 'review');
    await shot(page, 'wf-admission-review');
    await expect.poll(() => page.getByTestId('step-kind').textContent()).toContain('công nhận');
    await typeDate(page, 'step-date', '2025-07-01');
    await save();
    await expect.poll(() => stage.getAttribute('data-stage')).toBe('official');
    // recognised on 01/07/2025: by the commune-level committee (294-QĐ/TW), while the admission stays the district's
    await expect
      .poll(() => page.getByTestId('step-outcome').getByTestId('decided-by').getAttribute('data-level'))
      .toBe('commune');
    expect(await page.getByTestId('step-decision').getByTestId('decided-by').getAttribute('data-level')).toBe(
      'district',
    );
    await shot(page, 'wf-admission-official');

    const person = await get<{ memberships: { admittedOn: string; officialOn: string | null }[] }>(
      page,
      `/api/people/${code}`,
    );
    expect(person.memberships).toEqual([
      expect.objectContaining({ admittedOn: '2024-06-10', officialOn: '2025-06-10' }),
    ]);

    // the board lists the case among the official ones
    await page.goto(`${suite.server.url}/admin/admissions?stage=official`);
    await page.getByTestId('prospects-official').getByText(code).waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'wf-admissions-board');

    // a case whose decision is due within 30 days shows on the board's list and on the dashboard
    const soon = `KN-${Date.now().toString(36)}s`;
    expect(
      (
        await post(page, '/api/people', {
          code: soon,
          fullName: 'Đào Văn Sắp Hạn',
          birthDate: '1994-09-01',
          residenceVillageCode: village,
        })
      ).status,
    ).toBe(201);
    const id = (
      (
        await post(page, '/api/prospects', {
          personCode: soon,
          villageCode: village,
          cellCode: cell,
          recommendedOn: addDays(today(), -200),
        })
      ).body as { id: number }
    ).id;
    for (const b of [
      { step: 'certificate', date: addDays(today(), -190) },
      { step: 'introducers', introducers: [{ kind: 'youthUnion' }] },
      { step: 'resolution', date: addDays(today(), -70), votesFor: 6, officialMembers: 8 },
    ])
      expect((await post(page, `/api/prospects/${id}/steps`, b)).status, JSON.stringify(b)).toBe(200);
    await page.goto(`${suite.server.url}/admin/`);
    const card = page.getByTestId('admissions-due-card');
    await card.locator(`a[href$="/admissions/${id}"]`).waitFor();
    expect(await card.locator('[data-urgency="soon"]').count()).toBeGreaterThan(0);
    // next to the due date, who decides: a decision still to take is judged today, the commune-level committee
    const row = card.locator('tr').filter({ has: page.locator(`a[href$="/admissions/${id}"]`) });
    expect(await row.getByTestId('decided-by').textContent()).toBe('Đảng ủy cấp xã');
    await page.getByTestId('dashboard').locator('canvas').first().waitFor();
    await card.screenshot({ path: join(shots, 'wf-dashboard-due.png') });
    await shot(page, 'wf-dashboard-due-page');
    await page.context().close();
  }, 180_000);

  it('founds a cell from the planner, and the village counts as having its own cell', async () => {
    const page = await signIn('demo-tinh', 'cells');
    const at = today();
    const ready = await get<VillageListAt>(page, `/api/indicators/villages?scope=33&at=${at}&category=readyForCell`);
    expect(ready.villages.length).toBeGreaterThan(0);
    // one that leaves no combined cell with one village (the next test makes that choice)
    let village = ready.villages[0];
    for (const v of ready.villages) {
      const plan = await get<Plan>(page, `/api/villages/${v.code}/reinforcement?at=${at}`);
      if (!plan.combined.some((c) => c.choiceNeeded)) {
        village = v;
        break;
      }
    }
    const before = await get<Snapshot>(page, `/api/indicators?scope=${village.code}&at=${at}`);
    expect(before.ownCell).toBe(0);
    expect(before.noCell + before.combinedOnly).toBe(1);

    await page.getByTestId('cells-filter').getByText('Đủ điều kiện lập chi bộ').click();
    await page.locator(`[data-code="${village.code}"]`).click();
    await page.getByTestId('cell-plan').waitFor();
    await expect.poll(() => page.getByTestId('plan-official').textContent()).toBe(String(village.members.official));
    // one more member transferred in, the first by priority
    await page.getByTestId('plan-candidates').locator('tr[data-row-key] .ant-checkbox').first().click();
    await expect
      .poll(() => page.getByTestId('plan-selected').textContent())
      .toContain(`có ${village.members.official + 1} đảng viên`);
    await shot(page, 'wf-cells-planner');
    await page.getByTestId('found-cell').click();
    const form = page.getByTestId('found-form');
    await form.waitFor();
    await typeDate(page, 'found-on', at);
    await expect.poll(() => form.getByTestId('found-parent').textContent()).toContain(`DB-${village.commune.code}`);
    await shot(page, 'wf-cells-found-form');
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Thành lập chi bộ' }).click();
    await page.getByText(/Đã thành lập chi bộ/).waitFor();

    const after = await get<Snapshot>(page, `/api/indicators?scope=${village.code}&at=${at}`);
    expect(after.ownCell).toBe(1);
    expect(after.members.official).toBe(before.members.official + 1);
    expect(after.noCell + after.combinedOnly).toBe(0);
    await shot(page, 'wf-cells-founded');
    await page.context().close();
  }, 120_000);

  it('founds a cell out of a combined cell: the form asks what becomes of it, and the commune gains exactly one own cell', async () => {
    const page = await signIn('demo-tinh', 'cells');
    const at = today();
    // a village ready for its own cell whose combined cell would be left with one village
    const ready = await get<VillageListAt>(page, `/api/indicators/villages?scope=33&at=${at}&category=readyForCell`);
    let found: { village: VillageListAt['villages'][number]; combined: Plan['combined'][number] } | null = null;
    for (const v of ready.villages) {
      const plan = await get<Plan>(page, `/api/villages/${v.code}/reinforcement?at=${at}`);
      const c = plan.combined.find((x) => x.choiceNeeded);
      if (c && plan.shortfall === 0) {
        found = { village: v, combined: c };
        break;
      }
    }
    expect(
      found,
      'the demo has a village ready for its own cell inside a combined cell of two villages',
    ).not.toBeNull();
    const { village, combined } = found!;
    const commune = village.commune.code!;
    const before = await get<Snapshot>(page, `/api/indicators?scope=${commune}&at=${at}`);

    await page.getByTestId('cells-filter').getByText('Đủ điều kiện lập chi bộ').click();
    await page.locator(`[data-code="${village.code}"]`).click();
    await page.getByTestId('cell-plan').waitFor();
    // the plan says what founding leaves of the combined cell
    await expect
      .poll(() => page.getByTestId('plan-combined').textContent())
      .toContain(`chi bộ ghép ${combined.cell} chỉ còn thôn ${combined.villages[0]}`);
    await page.getByTestId('found-cell').click();
    const form = page.getByTestId('found-form');
    await form.waitFor();
    await typeDate(page, 'found-on', at);
    await expect.poll(() => form.getByTestId('found-parent').textContent()).toContain(`DB-`);
    const choice = form.getByTestId(`combined-${combined.cell}`);
    await choice.waitFor();
    // without a choice the form does not go
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Thành lập chi bộ' }).click();
    await choice.getByText('Hãy chọn giải thể hoặc ghép thêm thôn').waitFor();
    // attach another village of the commune without a cell of its own when there is one; otherwise close the combined cell
    const all = await get<VillageListAt>(page, `/api/indicators/villages?scope=${commune}&at=${at}&category=all`);
    const canAttach = all.villages.some(
      (o) => o.code !== village.code && !combined.villages.includes(o.code) && o.cell !== 'own',
    );
    let expected = '';
    if (canAttach) {
      await choice.getByText('Ghép thêm một thôn của xã').click();
      const select = choice.getByTestId('combined-village');
      await select.click();
      const option = page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .first();
      await option.waitFor();
      const attached = /\(([^)]+)\)/.exec((await option.textContent()) ?? '')![1];
      await option.click();
      await expect.poll(() => select.textContent()).toContain(attached);
      expected = `Chi bộ ghép ${combined.cell} nay gồm các thôn ${[...combined.villages, attached].sort().join(', ')}`;
    } else {
      // no village of the commune to attach today (the founding itself is tested through the API in cells.test.ts):
      // the form still refuses to go without a choice, and writes nothing
      await shot(page, 'wf-cells-combined-choice');
      await page.getByRole('button', { name: 'Hủy' }).click();
      expect((await get<Snapshot>(page, `/api/indicators?scope=${commune}&at=${at}`)).ownCell).toBe(before.ownCell);
      await page.context().close();
      return;
    }
    await shot(page, 'wf-cells-combined-choice');
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Thành lập chi bộ' }).click();
    const outcome = page.getByTestId('found-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(expected);
    await shot(page, 'wf-cells-combined-founded');

    const after = await get<Snapshot>(page, `/api/indicators?scope=${commune}&at=${at}`);
    expect(after.ownCell).toBe(before.ownCell + 1);
    expect((await get<Snapshot>(page, `/api/indicators?scope=${village.code}&at=${at}`)).ownCell).toBe(1);
    expect((await get<Snapshot>(page, `/api/indicators?scope=${combined.villages[0]}&at=${at}`)).ownCell).toBe(0);
    await page.context().close();
  }, 120_000);

  it('records an election that gives a village a head who is a party member', async () => {
    const page = await signIn('demo-xa', 'elections');
    const at = today();
    // a village whose elected head is not a member and whose term ends within six months: the election is held that day
    const list = await get<VillageListAt>(page, `/api/indicators/villages?scope=11953&at=${at}&category=nonPartyHead`);
    const nonParty = new Set(list.villages.map((v) => v.code));
    const due = await get<{ village: { code: string }; due: string; planned: unknown }[]>(
      page,
      '/api/elections/due?months=6&noMember=true',
    );
    const pick = due.find((d) => nonParty.has(d.village.code) && !d.planned)!;
    expect(pick).toBeTruthy();
    const village = { code: pick.village.code };
    const on = pick.due;
    const people = await get<{
      items: { code: string; fullName: string; villageCode: string | null; status: string; birthDate: string | null }[];
    }>(page, `/api/people?village=${village.code}&limit=200`);
    const member = people.items.find(
      (p) => p.status === 'official' && p.villageCode === village.code && !!p.birthDate && p.birthDate < '1990-01-01',
    )!;
    expect(member).toBeTruthy();
    expect((await get<Snapshot>(page, `/api/indicators?scope=${village.code}&at=${addDays(on, 1)}`)).heads.party).toBe(
      0,
    );

    await page.getByTestId('elections-due').waitFor();
    await shot(page, 'wf-elections-due');
    // planned first, with the member among the candidates
    await page.getByTestId('plan-other').click();
    await choose(page, 'plan-village', village.code);
    await typeDate(page, 'plan-on', on);
    await choose(page, 'plan-candidate-0', member.fullName, member.code);
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('plan-form').waitFor({ state: 'detached' });
    const planned = (
      await get<{ village: { code: string }; planned: { on: string } | null; memberAmongCandidates: boolean }[]>(
        page,
        '/api/elections/due?months=6',
      )
    ).find((d) => d.village.code === village.code);
    expect(planned).toMatchObject({ planned: { on }, memberAmongCandidates: true });
    const stillWithout = await get<{ village: { code: string } }[]>(page, '/api/elections/due?months=6&noMember=true');
    expect(stillWithout.some((d) => d.village.code === village.code)).toBe(false);

    await page.getByTestId('record-other').click();
    await choose(page, 'record-village', village.code);
    await typeDate(page, 'record-on', on);
    await choose(page, 'record-candidate-0', member.fullName, member.code);
    await page
      .getByTestId('record-votes-0')
      .locator('input')
      .or(page.locator('input[data-testid="record-votes-0"]'))
      .first()
      .fill('312');
    await page.getByTestId('record-winner').getByText(member.fullName).click();
    await shot(page, 'wf-elections-record');
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(/Đã ghi kết quả/).waitFor();

    const after = await get<Snapshot>(page, `/api/indicators?scope=${village.code}&at=${addDays(on, 1)}`);
    expect(after.heads.party).toBe(1);
    expect(after.heads.nonParty).toBe(0);
    await page.context().close();
  }, 120_000);

  it('shows targets with progress, the rules to every role, and no write buttons to a viewer', async () => {
    const page = await signIn('demo-tinh', 'targets');
    await page.getByTestId('targets-table').waitFor();
    await page.getByTestId('set-targets').click();
    await page
      .getByTestId('target-admissions')
      .locator('input')
      .or(page.locator('input[data-testid="target-admissions"]'))
      .first()
      .fill('800');
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('targets-table').locator('.ant-progress').first().waitFor();

    // a task force over two villages, with their progress from its start to now
    const villages = await get<VillageListAt>(page, `/api/indicators/villages?scope=33&at=${today()}&category=weak`);
    const codes = villages.villages.slice(0, 2).map((v) => v.code);
    await page.getByRole('button', { name: 'Lập tổ công tác' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên tổ').fill('Tổ công tác giúp thôn yếu');
    await typeDate(page, 'tf-from', '2026-01-05');
    await dialog.getByLabel('Thôn phụ trách (mã').fill(codes.join(', '));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Tổ công tác giúp thôn yếu').first().waitFor();
    await page.getByText(`(${codes[0]})`).first().waitFor();
    await shot(page, 'wf-targets');
    // province staff read the rules too, from the menu
    await page.getByTestId('main-menu').getByText('Quy định áp dụng').click();
    await page.getByTestId('rules-table').locator('thead').getByText('294-QĐ/TW').waitFor();
    // the one rule that differs: who decides an admission, district until 294-QĐ/TW
    const decidedBy = page.getByTestId('rules-table').locator('tbody tr').filter({ hasText: 'Cấp quyết định kết nạp' });
    expect((await decidedBy.locator('td').allInnerTexts()).slice(-4)).toEqual([
      'Huyện ủy và tương đương',
      'Huyện ủy và tương đương',
      'Huyện ủy và tương đương',
      'Đảng ủy cấp xã',
    ]);
    expect(
      await page
        .getByTestId('rules-table')
        .locator('tbody tr')
        .filter({ hasText: 'Cần tỉnh ủy đồng ý khi trên' })
        .innerText(),
    ).toContain('720');
    expect(
      await page
        .getByTestId('rules-table')
        .locator('tbody tr')
        .filter({ hasText: 'Chỉ khai trừ đảng viên chính thức' })
        .innerText(),
    ).toContain('Có');
    expect(await page.getByTestId('province-rules-table').locator('tbody').innerText()).toContain('2,5');
    await shot(page, 'wf-rules');
    await page.context().close();

    // and commune staff
    const commune = await signIn('demo-xa', 'rules');
    await commune.getByTestId('rules-table').locator('thead').getByText('294-QĐ/TW').waitFor();
    expect(await commune.getByTestId('main-menu').getByText('Quy định áp dụng').count()).toBe(1);
    await commune.context().close();

    const viewer = await signIn('demo-xem', 'admissions');
    await viewer.getByTestId('stage-tabs').waitFor();
    expect(await viewer.getByTestId('put-forward').count()).toBe(0);
    await viewer.goto(`${suite.server.url}/admin/elections`);
    await viewer.getByTestId('elections-due').waitFor();
    expect(await viewer.getByTestId('record-other').count()).toBe(0);
    await shot(viewer, 'wf-elections-viewer');
    // in English, with the same screens
    await viewer.getByLabel('Ngôn ngữ').getByText('EN', { exact: true }).click();
    await viewer.getByRole('heading', { name: 'Village head elections' }).waitFor();
    await viewer.goto(`${suite.server.url}/admin/admissions?stage=official`);
    await viewer.getByRole('heading', { name: 'Admissions' }).waitFor();
    await viewer.getByTestId('prospects-official').locator('tr[data-row-key]').first().waitFor();
    await shot(viewer, 'wf-admissions-en');
    await viewer.context().close();
  }, 120_000);

  it('shows the working-day calendar of a year with its swaps and sources, and a year with no notice as provisional', async () => {
    const admin = await signIn('demo-admin', 'rules');
    const calendar = admin.getByTestId('calendar');
    const year = calendar.getByTestId('calendar-year');
    await year.fill('2025');
    await year.press('Tab');
    await calendar.getByTestId('calendar-worked').getByText('26/04/2025').waitFor();
    expect(await calendar.getByTestId('calendar-off').innerText()).toContain('02/05/2025');
    expect(await calendar.getByTestId('calendar-basis').innerText()).toBe('Theo thông báo nghỉ lễ của năm (có sẵn)');
    expect(await calendar.locator('tbody tr').filter({ hasText: '26/04/2025' }).innerText()).toMatch(
      /Làm bù[\s\S]*TB 6150\/TB-LĐTBXH/,
    );
    await shot(admin, 'wf-calendar');
    await year.fill('2031');
    await year.press('Tab');
    await calendar.getByTestId('calendar-basis').getByText('Chưa có thông báo', { exact: false }).waitFor();
    expect(await calendar.locator('tbody tr').count()).toBe(0);
    await admin.context().close();
  }, 60_000);

  it("measures a commune's targets across the 2025 reform on the villages present at both dates, the absorbed villages apart", async () => {
    // the demo commune absorbed five others on 1/7/2025, their villages with their cells and heads
    const page = await signIn('demo-xa', 'targets');
    await page.getByTestId('targets-table').waitFor();
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: /^2025$/ })
      .click();
    const p = await get<TargetProgress>(page, '/api/targets?scope=11953&year=2025');
    expect(p).toMatchObject({ from: '2025-01-01', to: '2026-01-01' });
    expect(p.villages.joined).toBeGreaterThan(p.villages.stayed);
    expect(p.villages.stayed + p.villages.joined).toBe(p.villages.to);
    // the absorbed villages' cells and heads are not progress: only the villages there on 1/1/2025 can move
    for (const k of ['whiteCleared', 'weakReduced', 'cellsFounded', 'partyHeads'] as const) {
      expect(p[k].better + p[k].worse, k).toBeLessThanOrEqual(p.villages.stayed);
    }
    expect(p.cellsFounded.joined + p.partyHeads.joined).toBeGreaterThan(0);
    const scope = page.getByTestId('targets-scope');
    await expect.poll(() => scope.innerText()).toContain(`${p.villages.joined} thôn nhập vào`);
    expect(await scope.innerText()).toContain(
      `Tiến độ tính trên ${p.villages.stayed} thôn có trong phạm vi ở cả đầu và cuối kỳ`,
    );
    const cell = (id: string) => page.getByTestId(id).innerText();
    const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
    expect(await cell('achieved-cellsFounded')).toBe(signed(p.cellsFounded.achieved));
    expect(await cell('joined-cellsFounded')).toBe(
      p.cellsFounded.joined > 0 ? `${p.cellsFounded.joined} có chi bộ riêng` : '0',
    );
    expect(await cell('joined-partyHeads')).toContain(String(p.partyHeads.joined));
    expect(await cell('departed-whiteCleared')).toContain(String(p.whiteCleared.departed));
    expect(await cell('achieved-admissions')).toBe(String(p.admissions.achieved));
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await page.waitForTimeout(400); // the dropdown's animation
    await shot(page, 'wf-targets-reform');
    // in English
    await page.getByLabel('Ngôn ngữ').getByText('EN', { exact: true }).click();
    await expect.poll(() => scope.innerText()).toContain(`${p.villages.joined} villages joined`);
    expect(await page.getByTestId('targets-table').locator('thead').innerText()).toContain('Villages left');
    await page.context().close();
  }, 120_000);
});
