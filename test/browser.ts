/**
 * Browser tests drive Debian's Chromium (never a downloaded browser) with
 * playwright-core against the real server and the built web app.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildPart } from '../scripts/build.js';
import { copyDemoInto } from './demo-template.js';
import { root, startServer, type ServerProcess } from './process.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with what to install when Chromium is missing: browser tests never skip silently. */
export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${chromiumPath}, which is missing. ` +
        'Install it with `apt-get install -y chromium` (.ci/run does), or set CHROMIUM_PATH. No browser is downloaded.',
    );
  }
}

/** Headless Chromium, without any of its calls to the network. */
export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Builds web/dist when it is missing or older than the app's sources (the build's own check). */
export async function ensureWebBuilt(): Promise<void> {
  await buildPart('web', { ifStale: true });
}

export interface BrowserSuite {
  server: ServerProcess;
  browser: Browser;
}

export interface BrowserSuiteOptions {
  /** Fills the fresh data directory before the server starts (the server then loads no demo). */
  prepare?: (dataDir: string) => Promise<void>;
}

/**
 * For one describe block: Chromium and a server on a fresh data directory with
 * the demo province (a copy of test/demo-template.ts's) or what `prepare` puts there, started side by side;
 * both stopped and the directory removed afterwards. Without `prepare`,
 * GRASSROOTS_TEST_SERVER=http://host:port reuses a running demo server
 * (quicker while working on the app). Screenshots go to test/screenshots/.
 */
export function browserSuite(prefix: string, { prepare }: BrowserSuiteOptions = {}): BrowserSuite {
  const t = {} as BrowserSuite;
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  beforeAll(async () => {
    assertChromium();
    await ensureWebBuilt();
    mkdirSync(join(root, 'test/screenshots'), { recursive: true });
    const running = prepare ? undefined : process.env.GRASSROOTS_TEST_SERVER;
    const started = running
      ? Promise.resolve({ url: running, stop: async () => {} } as ServerProcess)
      : (prepare ?? copyDemoInto)(dataDir).then(() =>
          startServer({ GRASSROOTS_DATA: dataDir, GRASSROOTS_DEMO: '0' }, 280_000),
        );
    const [b, s] = await Promise.allSettled([launchChromium(), started]);
    if (s.status === 'fulfilled') t.server = s.value;
    if (b.status === 'fulfilled') t.browser = b.value;
    for (const r of [b, s]) if (r.status === 'rejected') throw r.reason;
  }, 320_000);
  afterAll(async () => {
    await t.browser?.close();
    await t.server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return t;
}
