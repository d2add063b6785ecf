/**
 * The report as one A4 HTML page for printing (the PDF is this page printed
 * by Chromium): the layout of a party document, in Times New Roman (or its
 * metric twin Liberation Serif), the body portrait and the table by unit on a
 * landscape page. Also the tables as HTML for a portal article.
 */
import type { Report } from './reports.schema.js';
import { reportChartSvg } from './reports.chart.js';
import {
  appendixNote,
  appendixTables,
  cellText,
  comparisonTable,
  isSignedColumn,
  isTextColumn,
  type Table,
} from './reports.tables.js';
import { formatDateVi } from '../../platform/dates.js';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for HTML. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]);

/** A bordered table; `cls` styles it for the printed page or the portal. */
export function tableHtml(t: Table, cls = 'report-table'): string {
  const head = t.header
    .map(
      (cells) =>
        `<tr>${cells.map((c) => `<th${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}>${esc(c.text)}</th>`).join('')}</tr>`,
    )
    .join('');
  const body =
    t.rows.length === 0
      ? `<tr><td colspan="${t.widths.length}" class="none">Không có</td></tr>`
      : t.rows
          .map((cells, i) => {
            const bold = t.boldRows?.includes(i) ? ' class="total"' : '';
            return `<tr${bold}>${cells.map((c, j) => `<td class="${isTextColumn(t, j) ? 'name' : 'num'}">${esc(cellText(c, isSignedColumn(t, j)))}</td>`).join('')}</tr>`;
          })
          .join('');
  const cols = t.widths
    .map((w) => `<col style="width:${((100 * w) / t.widths.reduce((a, b) => a + b, 0)).toFixed(2)}%">`)
    .join('');
  return `<table class="${cls}"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/**
 * Times New Roman, as party documents are set (Hướng dẫn 36-HD/VPTW), or
 * its metric twin Liberation Serif, which Chromium embeds on Debian. It must
 * be Liberation Serif 2 (Debian's fonts-liberation2): 1.x (fonts-liberation,
 * which chromium pulls in) lacks the Vietnamese letters (ả, ổ, ự...), and
 * Chromium would then take those from another font within one word.
 * fontconfig prefers the newer version when both are installed; the report's
 * tests check that Liberation Serif is the only font in the PDF.
 */
export const serifPrint = `'Times New Roman', 'Liberation Serif', serif`;
/** The chart's font on the printed page: the document's own. */
export const chartFontPrint = serifPrint;

const css = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
@page wide { size: A4 landscape; margin: 20mm 15mm 15mm 20mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${serifPrint}; font-size: 12pt; line-height: 1.3; color: #000; }
.heading { display: flex; justify-content: space-between; text-align: center; }
.heading .left { width: 42%; }
.heading .right { width: 58%; }
.heading p { margin: 0; }
.upper { text-transform: none; }
.party { font-weight: bold; text-decoration: underline; text-underline-offset: 3px; }
.date { font-style: italic; margin-top: 12pt !important; }
.number { margin-top: 6pt !important; }
.title { text-align: center; margin-top: 18pt; }
.title h1 { font-size: 15pt; margin: 0; }
.title p { margin: 2pt 0 0; font-weight: bold; }
.title .rule { font-weight: normal; margin-top: 0; }
h2 { font-size: 12pt; margin: 14pt 0 6pt; }
p.text { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
.report-table { border-collapse: collapse; width: 100%; font-size: 10.5pt; page-break-inside: auto; }
.report-table th, .report-table td { border: 0.8pt solid #000; padding: 2pt 3pt; }
.report-table th { font-weight: bold; text-align: center; vertical-align: middle; font-size: 10pt; }
.report-table td.num { text-align: center; }
.report-table td.name { text-align: left; }
.report-table td.none { text-align: center; font-style: italic; }
.report-table tr.total td { font-weight: bold; }
.report-table tr { page-break-inside: avoid; }
.chart { text-align: center; margin-top: 10pt; }
.chart svg { width: 100%; height: auto; }
.signature { display: flex; justify-content: space-between; margin-top: 16pt; page-break-inside: avoid; }
.signature .to { width: 45%; font-size: 11pt; }
.signature .to p { margin: 0; }
.signature .to .label { font-weight: bold; font-style: italic; font-size: 12pt; }
.signature .sign { width: 50%; text-align: center; font-weight: bold; }
.signature .sign p { margin: 0; }
.signature .sign .name { margin-top: 60pt; }
.appendix { break-before: page; }
.appendix.wide { page: wide; }
.appendix .head { text-align: center; margin-bottom: 8pt; }
.appendix .head p, .appendix .head h2 { margin: 0; }
.appendix .head .what { font-weight: bold; font-size: 12pt; }
.appendix .head .ref { font-style: italic; font-size: 11pt; }
.appendix .head .sub { font-weight: bold; font-style: italic; }
.wide .report-table { font-size: 10pt; }
.wide .report-table th { font-size: 9pt; }
`;

/** The whole report as a printable HTML document. */
export async function reportHtml(r: Report): Promise<string> {
  const h = r.heading;
  const appendices = appendixTables(r)
    .map(
      ({ title, table }) => `
<section class="appendix${table.landscape ? ' wide' : ''}">
  <div class="head">
    <h2 class="what">${esc(title)}</h2>
    <p class="what">${esc(table.caption)}</p>
    ${table.subcaption ? `<p class="sub">${esc(table.subcaption)}</p>` : ''}
    <p class="ref">(Kèm theo Báo cáo ngày ${esc(formatDateVi(h.issuedOn))} của ${esc(h.issuerName)})</p>
  </div>
  ${tableHtml(table)}
</section>`,
    )
    .join('');
  const main = comparisonTable(r);
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(`${h.title} ${h.subtitle} - ${h.period}`)}</title><style>${css}</style></head>
<body>
<section class="body">
  <div class="heading">
    <div class="left">
      <p>${esc(h.issuer[0])}</p>
      <p><b>${esc(h.issuer[1])}</b></p>
      <p>*</p>
      <p class="number">${esc(h.numberLine).replaceAll(' ', '&nbsp;')}</p>
    </div>
    <div class="right">
      <p class="party">ĐẢNG CỘNG SẢN VIỆT NAM</p>
      <p class="date">${esc(h.dateLine)}</p>
    </div>
  </div>
  <div class="title">
    <h1>${esc(h.title)}</h1>
    <p>${esc(h.subtitle)}</p>
    <p>${esc(h.period)}</p>
    <p class="rule">-----</p>
  </div>
  <h2>I. KẾT QUẢ CHUNG</h2>
  <p class="text">${esc(r.narrative.vi)}</p>
  <h2>${esc(main.caption)}</h2>
  ${tableHtml(main)}
  <div class="chart">${await reportChartSvg(r, 'vi', { width: 760, height: 320 }, chartFontPrint)}</div>
  <p class="text"><i>${esc(appendixNote(r))}</i></p>
  <div class="signature">
    <div class="to">
      <p class="label">Nơi nhận:</p>
      <p>- Thường trực cấp ủy (để báo cáo),</p>
      <p>- Lưu.</p>
    </div>
    <div class="sign">
      ${h.signer.on ? `<p>${esc(h.signer.on)}</p>` : ''}
      <p>${esc(h.signer.title)}</p>
      <p class="name">${esc(h.signer.name) || '&nbsp;'}</p>
    </div>
  </div>
</section>
${appendices}
</body></html>`;
}
