/**
 * The report as a PDF: its HTML page printed by Debian's headless Chromium
 * through playwright-core. No browser is ever downloaded: without
 * /usr/bin/chromium (or CHROMIUM_PATH) the answer is PDF_BROWSER_MISSING.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../errors.js';
import { envSchema } from '../../config.js';
import { reportHtml } from './reports.html.js';
import type { Report } from './reports.schema.js';

/** Where Chromium is: Debian's package, unless CHROMIUM_PATH says otherwise (read through the configuration's schema). */
export const chromiumPath = () => envSchema.shape.CHROMIUM_PATH.parse(process.env.CHROMIUM_PATH || undefined);

/**
 * Prints an HTML document to an A4 PDF; the page's own @page rules set size,
 * orientation and margins. The PDF is tagged (its structure for screen
 * readers, in the page's language) with an outline of its headings.
 */
export async function printPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new AppError('PDF_BROWSER_MISSING', { path: executablePath });
  let browser: Awaited<ReturnType<typeof import('playwright-core').chromium.launch>>;
  try {
    // loaded on first use: a server may never print a PDF
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  } catch (e) {
    throw new AppError('PDF_FAILED', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
  try {
    const page = await browser.newPage();
    // the page loads nothing from outside: every style and the chart are inline
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
    });
  } catch (e) {
    throw new AppError('PDF_FAILED', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  } finally {
    await browser.close();
  }
}

/** The report printed as a PDF. */
export async function reportPdf(r: Report): Promise<Buffer> {
  return printPdf(await reportHtml(r));
}
