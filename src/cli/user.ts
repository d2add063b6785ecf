/** `grassroots user add|reset|disable|list`: accounts, managed by the local administrator. */
import { Command } from 'commander';
import { roles } from '../../common/permissions.js';
import { listAccounts } from '../modules/auth/accounts.repository.js';
import { addAccount, disableAccount, parseRole, resetPassword } from '../modules/auth/auth.service.js';
import { cliActor } from '../platform/audit.js';
import { dataOption, langOf, langOption, reportError, withDatabase, type CommonOptions } from './context.js';

function oneTime(username: string, password: string, lang: 'vi' | 'en'): string {
  return lang === 'en'
    ? `Account ${username}: one-time password ${password}\nShown only once; it must be changed at first sign-in.\n`
    : `Tài khoản ${username}: mật khẩu dùng một lần ${password}\nMật khẩu chỉ in một lần; phải đổi khi đăng nhập lần đầu.\n`;
}

export function userCommand(): Command {
  const user = new Command('user').description('tài khoản người dùng: thêm, đặt lại mật khẩu, khóa, liệt kê');

  user
    .command('add <username>')
    .description('thêm tài khoản; in mật khẩu dùng một lần')
    .requiredOption('--role <role>', `vai trò: ${roles.join(' | ')}`)
    .option('--scope <code>', 'mã đơn vị phạm vi (bỏ trống chỉ với admin: toàn bộ)')
    .option('--name <name>', 'họ tên hiển thị')
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (username: string, opts: CommonOptions & { role: string; scope?: string; name?: string }) => {
      const lang = langOf(opts);
      try {
        const role = parseRole(opts.role);
        const password = await withDatabase(opts, ({ db }) =>
          addAccount(db, cliActor(), { username, displayName: opts.name, role, scopeCode: opts.scope ?? null }),
        );
        process.stdout.write(oneTime(username, password, lang));
      } catch (e) {
        reportError(e, lang);
      }
    });

  user
    .command('reset <username>')
    .description('đặt mật khẩu dùng một lần mới, mở khóa và kết thúc mọi phiên của tài khoản')
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (username: string, opts: CommonOptions) => {
      const lang = langOf(opts);
      try {
        const password = await withDatabase(opts, ({ db }) => resetPassword(db, cliActor(), username));
        process.stdout.write(oneTime(username, password, lang));
      } catch (e) {
        reportError(e, lang);
      }
    });

  user
    .command('disable <username>')
    .description('khóa tài khoản; mọi phiên của nó kết thúc ngay')
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (username: string, opts: CommonOptions) => {
      const lang = langOf(opts);
      try {
        const ended = await withDatabase(opts, ({ db }) => disableAccount(db, cliActor(), username));
        process.stdout.write(
          lang === 'en'
            ? `Account ${username} disabled; ${ended} sessions ended.\n`
            : `Đã khóa tài khoản ${username}; kết thúc ${ended} phiên.\n`,
        );
      } catch (e) {
        reportError(e, lang);
      }
    });

  user
    .command('list')
    .description('liệt kê tài khoản')
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (opts: CommonOptions) => {
      const lang = langOf(opts);
      try {
        const list = await withDatabase(opts, ({ db }) => listAccounts(db));
        for (const a of list) {
          process.stdout.write(
            `${a.username}\t${a.role}\t${a.scopeCode ?? '*'}\t${a.disabledAt ? (lang === 'en' ? 'disabled' : 'đã khóa') : ''}\t${a.displayName}\n`,
          );
        }
      } catch (e) {
        reportError(e, lang);
      }
    });
  return user;
}
