/**
 * `grassroots check`: the findings grouped by commune, exit code 1 when one
 * of them is an error, --scope, --at and --json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/process.js';
import { writeWorkbook } from '../imports/imports.service.js';
import { checksRegister } from '../../../test/support/checks/fixture.js';
import type { CheckResult } from './checks.service.js';

describe('the check command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-check-cli-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the findings by commune and exits 1 when errors are found', async () => {
    const file = join(dir, 'register.xlsx');
    await writeWorkbook(checksRegister({ faults: true }), file);
    expect(cli(['import', file, '--data', data]).status).toBe(0);

    const all = cli(['check', '--all', '--data', data]);
    expect(all.status).toBe(1);
    const lines = all.stdout.split('\n');
    expect(lines[0]).toBe('Kiểm tra dữ liệu toàn bộ lịch sử');
    const [x1, x2] = [lines.indexOf('Xã Một (X1)'), lines.indexOf('Xã Hai (X2)')];
    expect(x1).toBeGreaterThan(0);
    expect(x2).toBeGreaterThan(x1);
    expect(lines.slice(x1, x2).join('\n')).toContain(
      '[LỖI] HEAD_UNDER_AGE: Lâm Văn Vĩnh (Y1), trưởng Thôn Hai (V2) từ 01/01/2020',
    );
    expect(lines.slice(x2).join('\n')).toContain('[CẢNH BÁO] PROBATION_OVERDUE: Lý Văn Phúc (P1)');

    // X2 on 01/03/2019: two warnings, no error
    const x2At = cli(['check', '--scope', 'X2', '--at', '01/03/2019', '--json', '--data', data]);
    expect(x2At.status).toBe(0);
    const r = JSON.parse(x2At.stdout) as CheckResult;
    expect(r.findings.map((f) => `${f.code} ${f.person?.code}`)).toEqual([
      'AGE_IMPLAUSIBLE O1',
      'HEAD_NOT_RESIDENT B1',
    ]);
    expect(r).toMatchObject({ at: '2019-03-01', scope: 'X2', count: { error: 0, warning: 2 } });

    const unknown = cli(['check', '--scope', 'NOPE', '--data', data]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('UNIT_NOT_FOUND');
  });
});
