/**
 * Reads every number of a published results article (a report made into an
 * article: narrative, comparison table, table by unit) back against the
 * indicator engine over the same register: the engine's comparison for the
 * article's scope and period, each unit's own snapshot and admissions. An
 * article stating a number the engine does not give fails.
 */
import { isNotNull } from 'drizzle-orm';
import { expect } from 'vitest';
import { portalArticles } from '../src/db/schema/index.js';
import { admissionsInPeriod, compare, snapshot } from '../src/modules/indicators/indicators.service.js';
import type { Change } from '../src/modules/indicators/indicators.schema.js';
import { findUnitByCode, subtreeAt } from '../src/modules/units/units.repository.js';
import type { Db } from '../src/platform/db.js';

export interface PublishedArticle {
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: string | null;
  source: unknown;
}

/** Every article with a publication date, oldest first. */
export async function publishedArticles(db: Db): Promise<PublishedArticle[]> {
  const all = await db
    .select({
      title: portalArticles.title,
      summary: portalArticles.summary,
      bodyHtml: portalArticles.bodyHtml,
      publishedAt: portalArticles.publishedAt,
      source: portalArticles.source,
    })
    .from(portalArticles)
    .where(isNotNull(portalArticles.publishedAt))
    .orderBy(portalArticles.publishedAt);
  // timestamps as the engines give them ("2018-01-01 01:00:00+00"), as ISO
  return all.map((a) => ({
    ...a,
    publishedAt: new Date(a.publishedAt!.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString(),
  }));
}

/** Whether an article is a report made into an article. */
export const isResultsArticle = (a: PublishedArticle) => (a.source as { kind?: string } | null)?.kind === 'report';

/** A vi-VN number as shown: 1.079, −4 (U+2212), +3, 57,74. */
export function viNumber(text: string): number {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^\+/, '')
    .replace(/\./g, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) throw new Error(`not a number: "${text}"`);
  return Number(t);
}

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The tables of an article's HTML, each as rows of the body's cells' text. */
function tables(html: string): string[][][] {
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((t) =>
    [...t[1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1])),
    ),
  );
}

/** The share a ratio shows ("57,74% (623/1.079)"): its percent, count and total, the percent checked against them. */
function ratio(text: string): { count: number; total: number } {
  const m = /^([\d.,]+)% \(([\d.]+)\/([\d.]+)\)$/.exec(text.trim());
  if (!m) throw new Error(`not a ratio: "${text}"`);
  const [percent, count, total] = [viNumber(m[1]), viNumber(m[2]), viNumber(m[3])];
  expect(Math.abs(percent - (total === 0 ? 0 : (100 * count) / total))).toBeLessThan(0.0051);
  return { count, total };
}

/**
 * The numbers of a report's Vietnamese narrative, each by the phrase that
 * states it, checked against the engine; after them nothing but the years of
 * the period may hold a digit.
 */
function checkNarrative(text: string, c: Awaited<ReturnType<typeof compare>>, admissions: number): void {
  const V = 'thôn, tổ dân phố';
  const N = '([\\d.]+)';
  const w = c.changes.white;
  const k = c.changes.weak;
  const phrases: [RegExp, (m: RegExpExecArray) => void][] = [
    [new RegExp(`đã xóa được ${N} ${V} chưa có đảng viên`), (m) => expect(viNumber(m[1])).toBe(w.left)],
    [new RegExp(`phát sinh thêm ${N}`), (m) => expect(viNumber(m[1])).toBe(w.entered + w.new)],
    [new RegExp(`còn ${N}\\)`), (m) => expect(viNumber(m[1])).toBe(w.to)],
    [new RegExp(`giảm ${N} ${V} có từ 1–2 đảng viên`), (m) => expect(-viNumber(m[1])).toBe(k.net)],
    [new RegExp(`tăng ${N} ${V} có từ 1–2 đảng viên`), (m) => expect(viNumber(m[1])).toBe(k.net)],
    [new RegExp(`có từ 1–2 đảng viên không thay đổi \\(${N}\\)`), (m) => expect(viNumber(m[1])).toBe(k.to)],
    [/đã kết nạp ([\d.]+) đảng viên/, (m) => expect(viNumber(m[1])).toBe(admissions)],
  ];
  let rest = text;
  for (const [re, check] of phrases) {
    const m = re.exec(rest);
    if (!m) continue;
    check(m);
    rest = rest.replace(m[0], '');
  }
  // the share of non-party heads at both dates, in that order
  const ratios = [...rest.matchAll(/[\d.,]+% \([\d.]+\/[\d.]+\)/g)].map((m) => m[0]);
  expect(ratios.map(ratio)).toEqual(
    [c.from.nonPartyHeadRatio, c.to.nonPartyHeadRatio].map((r) => ({ count: r.count, total: r.total })),
  );
  for (const r of ratios) rest = rest.replace(r, '');
  // the band's name, and the period: its years (or days, within one year)
  rest = rest.replaceAll('1–2 đảng viên', '');
  for (const d of [c.from.at, c.to.at])
    rest = rest.replaceAll(d.slice(0, 4), '').replaceAll(d.split('-').reverse().join('/'), '');
  expect(rest, 'a number in the narrative that no figure of the engine accounts for').not.toMatch(/\d/);
}

/** Every number of a results article, against the engine. */
export async function checkResultsArticle(db: Db, a: PublishedArticle): Promise<void> {
  const source = a.source as { kind: string; scope: string; from: string; to: string };
  expect(source.kind).toBe('report');
  const { scope, from, to } = source;
  const c = await compare(db, scope, from, to);
  const admissions = await admissionsInPeriod(db, scope, from, to);

  // published in the days after the period it speaks of
  const published = Date.parse(a.publishedAt!);
  expect(published).toBeGreaterThan(Date.parse(`${to}T00:00:00Z`));
  expect(published - Date.parse(`${to}T00:00:00Z`)).toBeLessThan(3 * 86400_000);

  checkNarrative(a.summary, c, admissions.total);
  expect(a.bodyHtml).toContain(`<p>${a.summary}</p>`);

  const [comparison, units] = tables(a.bodyHtml);
  // the comparison: the villages, the five categories with their flows, the share of non-party heads
  const byOrdinal = new Map(comparison.map((r) => [r[0], r]));
  expect([...byOrdinal.keys()]).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  const villages = byOrdinal.get('1')!;
  expect([villages[2], villages[3], villages[8]].map(viNumber)).toEqual([
    c.from.villages,
    c.to.villages,
    c.to.villages - c.from.villages,
  ]);
  const categories: [string, Change][] = [
    ['2', c.changes.white],
    ['3', c.changes.weak],
    ['4', c.changes.strong],
    ['5', c.changes.noCell],
    ['6', c.changes.nonPartyHead],
  ];
  for (const [n, ch] of categories) {
    expect({ row: n, figures: byOrdinal.get(n)!.slice(2).map(viNumber) }).toEqual({
      row: n,
      figures: [ch.from, ch.to, ch.left, ch.entered, ch.ceased, ch.new, ch.net],
    });
  }
  const shares = byOrdinal.get('7')!;
  expect([ratio(shares[2]), ratio(shares[3])]).toEqual(
    [c.from.nonPartyHeadRatio, c.to.nonPartyHeadRatio].map((r) => ({ count: r.count, total: r.total })),
  );

  // by unit at D2: each row is the snapshot and the admissions of the unit of that name under the scope then; the total the scope's
  const scopeUnit = (await findUnitByCode(db, scope))!;
  const children = new Map(
    (await subtreeAt(db, to, scopeUnit.id, 1)).filter((u) => u.id !== scopeUnit.id).map((u) => [u.name, u.code]),
  );
  expect(units.length).toBe(children.size + 1);
  const figures = async (code: string) => {
    const s = await snapshot(db, code, to);
    const share = s.villages === 0 ? 0 : (100 * s.heads.nonParty) / s.villages;
    return { s, share, admitted: (await admissionsInPeriod(db, code, from, to)).total };
  };
  for (const row of units) {
    const total = row[0] === '';
    const code = total ? scope : children.get(row[1]);
    expect(code, `a row of the table by unit names no unit under ${scope} on ${to}: ${row[1]}`).toBeDefined();
    const { s, share, admitted } = await figures(code!);
    const shown = row.slice(2);
    expect(Math.abs(viNumber(shown[10].replace('%', '')) - share)).toBeLessThan(0.0051);
    expect({ unit: row[1], figures: [...shown.slice(0, 10), ...shown.slice(11)].map(viNumber) }).toEqual({
      unit: row[1],
      figures: [
        s.villages,
        s.white,
        s.weak,
        s.strong,
        s.ownCell,
        s.combinedOnly,
        s.noCell,
        s.heads.party,
        s.heads.nonParty,
        s.heads.vacant,
        s.members.total,
        admitted,
      ],
    });
  }
}

/**
 * The numbers an article of invented text may hold: none that counts the
 * register, only the rules' thresholds, lengths of time and dates.
 */
export const allowedInInventedText = [
  /1–2 đảng viên/g,
  /\b3 đảng viên chính thức/g,
  /\b6 tháng/g,
  /\b5 năm/g,
  /ngày 15 hằng tháng/g,
  /ngày 20 tháng này/g,
  /1\/7\/2025/g,
];

/** The text of an article written by hand, with its allowed numbers taken out: no digit may be left. */
export function countsInInventedText(a: PublishedArticle): string[] {
  let text = decode(`${a.title} ${a.summary} ${a.bodyHtml.replace(/<img[^>]*>/g, '')}`);
  for (const re of allowedInInventedText) text = text.replace(re, '');
  return [...text.matchAll(/[^.;]*\d[^.;]*/g)].map((m) => m[0].trim());
}
