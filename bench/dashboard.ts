/**
 * The first dashboard view in a cold browser: for each run a new Chromium
 * process (Debian's, headless) with an empty profile and a signed-in session
 * opens /admin/ and waits until the figure cards show numbers. The time runs
 * from navigation to cards on screen; the target is 1.2 s on the demo province.
 * Also the script bytes the sign-in page costs a new visitor, as sent (compressed).
 */
import { launchChromium } from '../test/browser.js';
import { demoSession } from './memory.js';
import { ceiling, progress, type Measurement } from './stats.js';

export async function benchDashboard(base: string, runs: number): Promise<Measurement> {
  const samples: number[] = [];
  const cookie = await demoSession(base);
  const [name, value] = cookie.split('=');
  for (let i = 0; i < runs; i++) {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      await context.addCookies([{ name, value, url: base }]);
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${base}/admin/`);
      // cards with their numbers in, not a skeleton
      await page.getByTestId('figure-cards').locator('text=/\\d/').first().waitFor({ timeout: 60_000 });
      samples.push(performance.now() - t0);
    } finally {
      await browser.close();
    }
    progress(`dashboard: cold run ${i + 1}/${runs}: ${samples.at(-1)!.toFixed(0)} ms`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const med = sorted[Math.floor(sorted.length / 2)];
  return ceiling(
    {
      section: 'dashboard',
      name: 'first dashboard view, cold browser',
      subject: 'navigation to figure cards with numbers',
      samples,
      value: med,
      unit: 'ms',
      note: `${runs} cold Chromium processes at 1366×768, demo province, province clerk`,
    },
    1200,
  );
}

/** The bytes of script a browser receives, as sent on the wire, to show the sign-in page to a visitor who has none cached. */
export async function benchSignInScripts(base: string): Promise<Measurement> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const scripts: Promise<{ url: string; bytes: number; encoding: string }>[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() === 'script') {
        scripts.push(
          Promise.all([r.sizes(), r.response()]).then(([s, res]) => ({
            url: r.url(),
            bytes: s.responseBodySize,
            encoding: res?.headers()['content-encoding'] ?? 'identity',
          })),
        );
      }
    });
    await page.goto(`${base}/admin/login`);
    await page.locator('input[type=password]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(scripts);
    const kb = all.reduce((sum, x) => sum + x.bytes, 0) / 1024;
    const encodings = [...new Set(all.map((x) => x.encoding))].join(', ');
    progress(`sign-in page: ${all.length} scripts, ${kb.toFixed(0)} KB as sent (${encodings})`);
    return ceiling(
      {
        section: 'dashboard',
        name: 'script sent for the sign-in page',
        subject: 'script bytes on the wire, empty cache',
        samples: [kb],
        value: kb,
        unit: 'KB',
        note: `${all.length} scripts, content-encoding: ${encodings}`,
      },
      300,
    );
  } finally {
    await browser.close();
  }
}
