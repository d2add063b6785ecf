/**
 * The first dashboard view in a cold browser: for each run a new Chromium
 * process (Debian's, headless) with an empty profile and a signed-in session
 * opens /admin/ and waits until the figure cards show numbers. The time runs
 * from navigation to cards on screen; the target is 2 s on the demo province.
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
    { section: 'dashboard', name: 'first dashboard view, cold browser', subject: 'navigation to figure cards with numbers', samples, value: med, unit: 'ms', note: `${runs} cold Chromium processes at 1366×768, demo province, province clerk` },
    2000,
  );
}
