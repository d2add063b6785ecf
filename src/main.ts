import { buildApp, logRedactions } from './app.js';
import { ConfigError, dbTarget, flag, loadConfig, type Config } from './config.js';
import { ensureFirstAdmin } from './modules/auth/auth.service.js';
import { formatDemoPasswords } from './modules/demo/demo.accounts.js';
import { loadDemo, isDatabaseEmpty } from './modules/demo/demo.service.js';
import { rebuildDerivedIfEmpty } from './modules/indicators/counts.repository.js';
import { openDatabase } from './platform/db.js';
import { lockDataDir } from './platform/lock.js';

const argv = process.argv.slice(2);
let config: Config;
try {
  config = loadConfig(process.env, flag(argv, 'data'), flag(argv, 'only'));
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
for (const w of config.warnings) process.stderr.write(`${w}\n`);
const { only } = config;
const target = dbTarget(config);
const lock = target.kind === 'pglite' ? lockDataDir(config.dataDir, 'server') : null;
const database = await openDatabase(target);
await rebuildDerivedIfEmpty(database.db, (line) => process.stderr.write(line));

if (target.kind === 'pglite' && config.demo && (await isDatabaseEmpty(database.db))) {
  process.stderr.write(`Thư mục dữ liệu mới ${config.dataDir}: đang nạp tỉnh mẫu (demo)...\n`);
  const demo = await loadDemo(database.db, { onProgress: (m) => process.stderr.write(`  ${m}\n`) });
  // like the first administrator's: printed once, here, and never stored; the portal process prints no credentials
  if (only !== 'portal') process.stderr.write(`\n${formatDemoPasswords(demo.accounts)}\n`);
}

// the portal process, which may face the internet, never creates or prints credentials
const firstAdmin = only === 'portal' ? null : await ensureFirstAdmin(database.db);
if (firstAdmin) {
  process.stderr.write(
    `\nTài khoản quản trị đầu tiên / first administrator: ${firstAdmin.username}\n` +
      `Mật khẩu dùng một lần / one-time password: ${firstAdmin.password}\n` +
      'Mật khẩu này chỉ in một lần; đổi nó khi đăng nhập lần đầu. / Shown only once; change it at first sign-in.\n\n',
  );
}

const app = await buildApp({ database, logger: { level: config.logLevel, redact: logRedactions }, only, trustProxy: config.trustProxy });
await app.listen({ port: config.port, host: config.host });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  lock?.release();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
