/**
 * The command line acts as the local administrator: what it changes and what
 * it takes out is in the audit log under `cli:<system user>`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../src/modules/imports/imports.service.js';
import { exampleRegister } from './support/indicators/example.register.js';
import { openDatabase, rows } from '../src/platform/db.js';
import { cli } from './process.js';

describe('the command line in the audit log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-cli-audit-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records imports, reports and account changes as the local administrator', async () => {
    const file = join(dir, 'example.xlsx');
    await writeWorkbook(exampleRegister(), file);
    expect(cli(['import', file, '--data', data]).status).toBe(0);
    const report = cli(['report', '--scope', 'P', '--at', '2014-01-01', '--json', '--data', data]);
    expect(report.status).toBe(0);
    const added = cli([
      'user',
      'add',
      'can-bo-xa',
      '--role',
      'commune',
      '--scope',
      'X1',
      '--name',
      'Cán bộ xã',
      '--data',
      data,
    ]);
    expect(added.stdout).toMatch(/mật khẩu dùng một lần [a-z2-9-]{23}/);
    expect(cli(['user', 'add', 'can-bo-xa', '--role', 'viewer', '--scope', 'P', '--data', data]).stderr).toContain(
      'ACCOUNT_EXISTS',
    );
    expect(cli(['user', 'add', 'ai-do', '--role', 'boss', '--data', data]).stderr).toContain('UNKNOWN_ROLE');
    expect(cli(['user', 'disable', 'can-bo-xa', '--data', data]).status).toBe(0);
    expect(cli(['user', 'list', '--data', data]).stdout).toMatch(/can-bo-xa\tcommune\tX1\tđã khóa/);

    const database = await openDatabase({ kind: 'pglite', dataDir: data });
    try {
      const me = `cli:${userInfo().username}`;
      const byAction = await rows<{ action: string; entity: string; n: number }>(
        database.db,
        sql`select action, entity, count(*)::int as n from audit_log where actor = ${me} group by action, entity order by entity, action`,
      );
      expect(byAction).toEqual(
        expect.arrayContaining([
          { action: 'insert', entity: 'people', n: exampleRegister().people.length },
          { action: 'export', entity: 'report', n: 1 },
          { action: 'insert', entity: 'accounts', n: 1 },
          { action: 'update', entity: 'accounts', n: 1 },
        ]),
      );
      // the account's audit rows never hold its password hash
      const [account] = await rows<{ after: Record<string, unknown> }>(
        database.db,
        sql`select after from audit_log where entity = 'accounts' and action = 'insert'`,
      );
      expect(account.after.username).toBe('can-bo-xa');
      expect(account.after).not.toHaveProperty('password_hash');
    } finally {
      await database.close();
    }
  }, 300_000);
});
