/**
 * A report turned into a draft article of the public portal: its title, the
 * narrative, the chart as an SVG image (served by the portal at /anh/<id>)
 * and the tables as HTML. The draft waits unpublished (no published_at) for
 * an editor.
 */
import type { AuditActor } from '../../platform/audit.js';
import { withActor } from '../../platform/audit.js';
import { formatDateVi } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import type { Lang } from '../../platform/errors.js';
import { attachImage, imageUrl, insertArticleDraft, insertArticleImage } from '../portal/articles.repository.js';
import { reportChartSvg } from './reports.chart.js';
import { esc, tableHtml } from './reports.html.js';
import type { PublishBody, PublishResult, Report } from './reports.schema.js';
import { buildReport } from './reports.service.js';
import { comparisonTable, unitsTable } from './reports.tables.js';

/** The article's title: what, where, when. */
export function articleTitle(r: Report, lang: Lang): string {
  const [a, b] = [formatDateVi(r.from), formatDateVi(r.to)];
  return lang === 'vi'
    ? `Kết quả xây dựng Đảng ở thôn, tổ dân phố của ${r.scope.name} từ ngày ${a} đến ngày ${b}`
    : `Party building in villages and residential groups: ${r.scope.name}, ${a} to ${b}`;
}

/** The article's body: narrative, chart and tables; every text from the register is escaped. */
export function articleHtml(r: Report, lang: Lang, chartUrl: string): string {
  const alt =
    lang === 'vi' ? `Biểu đồ thôn, tổ dân phố của ${r.scope.name}` : `Chart of the villages of ${r.scope.name}`;
  const main = comparisonTable(r);
  const units = unitsTable(r);
  return [
    `<p>${esc(r.narrative[lang])}</p>`,
    `<figure class="report-chart"><img src="${esc(chartUrl)}" alt="${esc(alt)}"></figure>`,
    `<h3>${esc(main.caption)}</h3>`,
    tableHtml(main),
    `<h3>${esc(units.caption)}</h3>`,
    `<p><em>${esc(units.subcaption ?? '')}</em></p>`,
    tableHtml(units),
  ].join('\n');
}

/** Where the draft goes and who made it. */
export interface ReportDraftOptions {
  lang: Lang;
  /** The chart of the report as SVG (reportChartSvg), drawn before the transaction. */
  svg: string;
  createdBy?: number | null;
  categoryId?: number | null;
}

/**
 * Writes the report as a draft article with its chart, in the caller's
 * transaction (inside withActor: the tables are audited). The draft has no
 * published_at: an editor publishes it.
 */
export async function insertReportDraft(tx: Db, r: Report, o: ReportDraftOptions): Promise<PublishResult> {
  const title = articleTitle(r, o.lang);
  // the image first: the body names its URL
  const imageId = await insertArticleImage(tx, {
    articleId: null,
    contentType: 'image/svg+xml',
    data: Buffer.from(o.svg, 'utf8'),
    alt: title,
  });
  const article = await insertArticleDraft(tx, {
    title,
    summary: r.narrative[o.lang],
    bodyHtml: articleHtml(r, o.lang, imageUrl(imageId)),
    authorLine: r.heading.issuerName,
    categoryId: o.categoryId ?? null,
    source: { kind: 'report', scope: r.scope.code, from: r.from, to: r.to, lang: o.lang },
    createdBy: o.createdBy ?? null,
  });
  await attachImage(tx, imageId, article.id);
  return { id: article.id, slug: article.slug, title, imageId, imageUrl: imageUrl(imageId) };
}

/** Turns the report of a period into a draft article with its chart; one transaction, audited as the editor. */
export async function publishReport(db: Db, actor: AuditActor, body: PublishBody): Promise<PublishResult> {
  const lang = body.lang ?? 'vi';
  const r = await buildReport(db, { scope: body.scope, from: body.from, to: body.to });
  const svg = await reportChartSvg(r, lang);
  return withActor(db, actor, (tx) => insertReportDraft(tx, r, { lang, svg, createdBy: actor.accountId ?? null }));
}
