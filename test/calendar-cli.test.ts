/**
 * An administrator adds a year's notice of days off from the command line, in
 * the shipped file's columns; the next command (a new process) counts on it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './process.js';

describe('grassroots calendar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-calendar-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const notice = (rows: string[]) => {
    const file = join(dir, `notice-${rows.length}.csv`);
    writeFileSync(file, `date,kind,holiday,source\n${rows.join('\n')}\n`);
    return file;
  };

  it('shows a year, sets its notice from a CSV file and removes it', () => {
    const shipped = cli(['calendar', 'show', '2026', '--data', data]);
    expect(shipped.status, shipped.stderr).toBe(0);
    expect(shipped.stdout).toContain('Năm 2026: thông báo có sẵn trong grassroots');
    expect(shipped.stdout).toContain('Ngày cuối tuần làm bù (2): 10/01/2026, 22/08/2026');

    const file = notice([
      '2027-02-05,off,Tet Nguyen dan 2027,TB 1/TB-BNV',
      '2027-02-08,off,Tet Nguyen dan 2027,TB 1/TB-BNV',
      '2027-02-09,off,Tet Nguyen dan 2027,TB 1/TB-BNV',
      '2027-02-10,off,Tet Nguyen dan 2027,TB 1/TB-BNV',
      '2027-02-11,off,Tet Nguyen dan 2027,TB 1/TB-BNV',
      '2027-02-12,off,Tet Nguyen dan 2027,TB 1/TB-BNV',
      '2027-02-20,worked,Tet Nguyen dan 2027,TB 1/TB-BNV',
    ]);
    const set = cli(['calendar', 'set', '2027', file, '--data', data]);
    expect(set.status, set.stderr).toBe(0);
    const shown = JSON.parse(cli(['calendar', 'show', '2027', '--json', '--data', data]).stdout);
    expect(shown).toMatchObject({ basis: 'notice', origin: 'database', saturdaysWorked: ['2027-02-20'] });
    // the notice replaces the rule: New Year's Day, 30/4 and the others are not in it
    expect(shown.weekdaysOff).toEqual([
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ]);

    const removed = cli(['calendar', 'remove', '2027', '--lang', 'en', '--data', data]);
    expect(removed.stdout).toContain("Year 2027: no notice: counted by the Labour Code's rule");
  });

  it('refuses a notice with a wrong row, naming it, and keeps what was there', () => {
    const bad = notice(['2027-02-05,off,Tet Nguyen dan 2027,TB 1', '2027-02-31,off,Tet Nguyen dan 2027,TB 1']);
    const r = cli(['calendar', 'set', '2027', bad, '--data', data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'Lỗi [CALENDAR_NOTICE_INVALID]: Thông báo ngày nghỉ năm 2027, dòng 2: ngày "2027-02-31" không có thật (yyyy-mm-dd); không ghi gì',
    );
    expect(JSON.parse(cli(['calendar', 'show', '2027', '--json', '--data', data]).stdout).basis).toBe('rule');
  });
});
