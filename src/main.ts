import { buildApp, logRedactions } from './app.js';
import { ConfigError, dbTarget, flag, loadConfig, type Config } from './config.js';
import { ensureFirstAdmin } from './modules/auth/auth.service.js';
import { formatDemoPasswords } from './modules/demo/demo.accounts.js';
import { loadDemo, isDatabaseEmpty } from './modules/demo/demo.service.js';
import { rebuildDerivedIfEmpty } from './modules/indicators/counts.repository.js';
import cluster from 'node:cluster';
import { superviseWorkers } from './cluster.js';
import { openDatabase, type Db } from './platform/db.js';
import { loadCalendar } from './modules/calendar/calendar.service.js';
import { lockDataDir } from './platform/lock.js';

const argv = process.argv.slice(2);

/** The first start of a database without accounts: creates the first administrator and prints its one-time password. */
async function printFirstAdmin(db: Db) {
  // the portal process, which may face the internet, never creates or prints credentials
  const firstAdmin = only === 'portal' ? null : await ensureFirstAdmin(db);
  if (firstAdmin) {
    process.stderr.write(
      `\nTài khoản quản trị đầu tiên / first administrator: ${firstAdmin.username}\n` +
        `Mật khẩu dùng một lần / one-time password: ${firstAdmin.password}\n` +
        'Mật khẩu này chỉ in một lần; đổi nó khi đăng nhập lần đầu. / Shown only once; change it at first sign-in.\n\n',
    );
  }
}
let config: Config;
try {
  config = loadConfig(process.env, flag(argv, 'data'), flag(argv, 'only'), flag(argv, 'workers'));
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
for (const w of config.warnings) process.stderr.write(`${w}\n`);
const { only } = config;
/** How long a shutdown may wait for the requests in flight before the process exits anyway (exit code 1). */
const shutdownTimeoutMs = config.shutdownTimeoutSeconds * 1000;
const target = dbTarget(config);
if (config.workers > 1 && cluster.isPrimary) {
  // the start's work once, here; then the workers, each of which runs this file from the top
  await superviseWorkers(config.workers, async () => {
    const once = await openDatabase(target);
    try {
      await rebuildDerivedIfEmpty(once.db, (line) => process.stderr.write(line));
      await printFirstAdmin(once.db);
    } finally {
      await once.close();
    }
  });
}
const lock = target.kind === 'pglite' ? lockDataDir(config.dataDir, 'server') : null;
const database = await openDatabase(target);

// Listening from here on: /api/health and /metrics answer, /api/ready and every other route 503 until the start is over.
const app = await buildApp({
  database,
  logger: { level: config.logLevel, redact: logRedactions },
  only,
  trustProxy: config.trustProxy,
  starting: true,
});
await app.listen({ port: config.port, host: config.host });

let closing = false;
/**
 * SIGTERM or SIGINT: not ready any more; no new connection is accepted; the
 * requests in flight finish (app.close() waits for them; an idle kept-alive
 * connection is closed at once); the portal's counts still in memory are
 * written (its onClose hook); the database is closed and the data directory
 * released; exit code 0. Past the timeout the process exits with 1 without
 * waiting further. A signal during the start (before ready) ends the process
 * at once, as the signal would without a handler: the start's writes are
 * transactions, left whole or undone.
 */
async function shutdown(signal: NodeJS.Signals) {
  if (closing) return;
  closing = true;
  const wasStarting = app.lifecycle.phase === 'starting';
  app.lifecycle.stopping();
  if (wasStarting) {
    app.log.warn({ signal }, 'stopped while starting');
    lock?.release();
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  app.log.info({ signal }, 'shutting down: finishing the requests in flight');
  setTimeout(() => {
    app.log.error(`requests still in flight after ${shutdownTimeoutMs / 1000} s: exiting without waiting for them`);
    lock?.release();
    process.exit(1);
  }, shutdownTimeoutMs);
  try {
    await app.close();
    await database.close();
    lock?.release();
    app.log.info('stopped');
    process.exit(0);
  } catch (e) {
    app.log.error(e, 'shutdown failed');
    lock?.release();
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await rebuildDerivedIfEmpty(database.db, (line) => process.stderr.write(line));
// every deadline counts working days on the notices in force, the administrators' included
await loadCalendar(database.db);

if (target.kind === 'pglite' && config.demo && (await isDatabaseEmpty(database.db))) {
  process.stderr.write(`Thư mục dữ liệu mới ${config.dataDir}: đang nạp tỉnh mẫu (demo)...\n`);
  const demo = await loadDemo(database.db, { onProgress: (m) => process.stderr.write(`  ${m}\n`) });
  // like the first administrator's: printed once, here, and never stored; the portal process prints no credentials
  if (only !== 'portal') process.stderr.write(`\n${formatDemoPasswords(demo.accounts)}\n`);
}

await printFirstAdmin(database.db);

app.lifecycle.ready();
app.log.info('ready');
