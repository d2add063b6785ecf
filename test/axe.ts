/**
 * Accessibility and layout checks for the browser tests: axe-core (a dev
 * dependency, injected into the page, never fetched) and a check that
 * nothing is wider than the screen or cut off.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** The page's violations of impact serious or critical (axe-core's WCAG 2.x A/AA rules and its best practices). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
}

/**
 * What is wider than the screen or cut off, as a list of descriptions (empty when all is well):
 *
 * - the page itself scrolls sideways (document.scrollingElement.scrollWidth > innerWidth);
 * - a visible element reaches past the screen's left or right edge without
 *   being inside a sideways scroll container (overflow-x auto or scroll), so
 *   that it is clipped with no way to reach it;
 * - a table cell or a tag whose text is wider than its box while its overflow
 *   hides the rest without an ellipsis (text cut mid-word, no sign of it);
 * - a card's, dialog's or panel's title squeezed out of sight or cut short
 *   (by the controls beside it, say), ellipsis or not.
 *
 * Hidden elements (display none, wholly left of the screen, visibility hidden, zero size, inside
 * aria-hidden or a closed drawer) and fixed-position overlays are left out.
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = window.innerWidth;
    const scroller = document.scrollingElement!;
    if (scroller.scrollWidth > vw + 1)
      out.push(`the page scrolls sideways: ${scroller.scrollWidth} px wide for ${vw} px`);
    const describe = (el: Element) => {
      const cls =
        typeof el.className === 'string' ? el.className.split(/\s+/).filter(Boolean).slice(0, 3).join('.') : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${text}"`;
    };
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX === 'auto' || s.overflowX === 'scroll') return true;
        // antd's tabs scroll sideways (and list what is out of sight under their "…" button)
        if (p.matches('.ant-tabs-nav-wrap')) return true;
        // a sticky-header antd table scrolls its body with its own sticky scroll bar
        if (
          p.matches('.ant-table-body, .ant-table-header') &&
          p.closest('.ant-table-wrapper')?.querySelector('.ant-table-sticky-scroll')
        )
          return true;
        if (s.position === 'fixed') return true;
      }
      return false;
    };
    const hidden = (el: Element) =>
      !!el.closest(
        '[aria-hidden="true"], .ant-drawer:not(.ant-drawer-open), .ant-select-dropdown-hidden, .ant-tooltip, .ant-popover, svg',
      );
    const clipped = new Set<Element>();
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || hidden(el)) continue;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || s.position === 'fixed') continue;
      // wholly left of the screen is the usual way to hide a skip link until it has the focus
      if (r.right <= 0) continue;
      if ((r.right > vw + 1 || r.left < -1) && !inScroller(el)) {
        // the outermost such element only
        if (!Array.from(clipped).some((c) => c.contains(el))) {
          clipped.add(el);
          out.push(`past the screen's edge (${Math.round(r.left)}–${Math.round(r.right)} of ${vw}): ${describe(el)}`);
        }
      }
      const cutter =
        el.matches('td, th, .ant-tag') &&
        (s.overflowX === 'hidden' || s.overflowX === 'clip') &&
        s.textOverflow !== 'ellipsis';
      if (cutter && el.scrollWidth > el.clientWidth + 1)
        out.push(`text cut (${el.scrollWidth} px in ${el.clientWidth}): ${describe(el)}`);
    }
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>('.ant-card-head-title, .ant-modal-title, .ant-drawer-title'),
    )) {
      if (
        !el.textContent?.trim() ||
        el.getClientRects().length === 0 ||
        hidden(el) ||
        getComputedStyle(el).visibility === 'hidden'
      )
        continue;
      if (el.clientWidth < 24 || el.scrollWidth > el.clientWidth + 1)
        out.push(`title hidden or cut (${el.scrollWidth} px in ${el.clientWidth}): ${describe(el)}`);
    }
    return out.slice(0, 20);
  });
}
