/**
 * Text put into HTML by hand: chart tooltips, whose formatters answer HTML
 * (echarts' default tooltips escape names themselves, custom formatters do not).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
