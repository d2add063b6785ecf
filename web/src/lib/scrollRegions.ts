/**
 * A table wider than its box scrolls sideways; keyboard users must be able to
 * scroll it too (WCAG 2.1.1, axe's scrollable-region-focusable). antd gives
 * its scroll containers no tab stop, so every one that actually scrolls gets
 * tabindex 0 (and its focus ring from styles.css), and loses it when it no
 * longer scrolls. Checked after each change of the page, once per frame.
 */
const selector = '.ant-table-content, .ant-table-body, .scroll-x';

function update() {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    if (scrolls && !el.hasAttribute('tabindex')) el.tabIndex = 0;
    else if (!scrolls && el.getAttribute('tabindex') === '0') el.removeAttribute('tabindex');
  }
}

export function watchScrollRegions(): void {
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      update();
    });
  };
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
}
