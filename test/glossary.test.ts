/**
 * One glossary (common/glossary.ts): the screens and the documents name the
 * domain's terms in its words only, and spell them one way.
 *
 * (a) The web app's i18n resources (every screen's, the workflows' too), the
 *     server's error messages and the sources hold none of the variants the
 *     glossary forbids ("Tỉ lệ", "không là đảng viên", a "1-2" band with a
 *     hyphen, "sheet" in Vietnamese, "full member" for an official one…),
 *     and numbers formatted for people show a negative number with the minus
 *     sign U+2212.
 * (b) Every header of the report's tables (built for the example register),
 *     every label of the dashboard's figures, every column of the web
 *     report page and the workflow screens' labels of the domain's terms
 *     are glossary entries, in Vietnamese and in English.
 */
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi as vitest } from 'vitest';
import { glossary, MINUS, signedText, terms, variants, type Lang } from '../common/glossary.js';
import { errorRegistry } from '../src/modules/errors.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { formatComparisonTable, formatSnapshotTable } from '../src/modules/indicators/format.js';
import { reportRegister } from './support/reports/fixture.js';
import { writeNarrative } from '../src/modules/reports/reports.narrative.js';
import { buildReport } from '../src/modules/reports/reports.service.js';
import {
  appendixTables,
  cellText,
  comparisonTable,
  unitsTable,
  type Table,
} from '../src/modules/reports/reports.tables.js';
import { tableHtml } from '../src/modules/reports/reports.html.js';
import { reportWorkbook, signedFormat } from '../src/modules/reports/reports.xlsx.js';
import { formatNumberVi, formatPercentVi } from '../src/platform/dates.js';
import type { Report } from '../src/modules/reports/reports.schema.js';
import type { Database } from '../src/platform/db.js';
import { vi as webVi } from '../web/src/i18n/vi.js';
import { en as webEn } from '../web/src/i18n/en.js';
import { formatNumber, formatPercent, formatSigned } from '../web/src/lib/format.js';
import { testActor } from './actor.js';
import { createTestDatabase } from './db.js';

// the web modules' resources register themselves with i18next when loaded: take them as they are added
const added: { vi: Record<string, unknown>; en: Record<string, unknown> }[] = [];
vitest.mock('../web/src/i18n/addStrings', () => ({
  addStrings: (vi: Record<string, unknown>, en: Record<string, unknown>) => added.push({ vi, en }),
}));

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every screen's resources: the app's own (i18n/vi.ts, en.ts) and each module's i18n.ts, loaded once. */
let loaded: Promise<{ vi: Record<string, unknown>; en: Record<string, unknown> }[]> | undefined;
function resources() {
  loaded ??= (async () => {
    const dir = join(root, 'web/src/modules');
    const modules = readdirSync(dir).filter((m) => statSync(join(dir, m, 'i18n.ts'), { throwIfNoEntry: false }));
    expect(modules).toEqual(
      expect.arrayContaining(['workflow', 'people', 'transfer', 'portal', 'accounts', 'rules', 'checks']),
    );
    for (const m of modules) await import(join(dir, m, 'i18n.ts'));
    return [{ vi: webVi as Record<string, unknown>, en: webEn as Record<string, unknown> }, ...added];
  })();
  return loaded;
}

/** The resource that holds a top-level key (each module adds its own). */
async function resourceOf(key: string) {
  const found = (await resources()).find((r) => key in r.vi);
  expect(found, key).toBeDefined();
  return found!;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Variants the glossary forbids in any language (those of one language are looked for in the strings of that language). */
const forbidden = variants.filter((v) => !v.lang);

/** `where: "text" (use …)` for each variant forbidden in a string of this language. */
function misspelt(lang: Lang, strings: [where: string, text: string][]): string[] {
  return strings.flatMap(([where, text]) =>
    variants
      .filter((v) => !v.lang || v.lang === lang)
      .flatMap(({ re, use }) => {
        // a placeholder ({sheet}, {{count}}) is a name, not a word shown
        const m = re.exec(text.replace(/\{\{?\w+\}\}?/g, '{}'));
        return m ? [`${where}: "${m[0]}" (use ${use})`] : [];
      }),
  );
}

/** Every string of a nested resource object with its key path. */
function entries(o: unknown, path = ''): [string, string][] {
  if (typeof o === 'string') return [[path, o]];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [];
}

/** `file:line: text (use …)` for each forbidden variant in the sources of the screens and documents. */
function violations(): string[] {
  const out: string[] = [];
  for (const dir of ['src', 'web/src', 'common']) {
    for (const file of files(join(root, dir))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // the glossary's own list of the variants it forbids
          if (file.endsWith(join('common', 'glossary.ts')) && /^\s*\{ re: \//.test(line)) return;
          for (const { re, use } of forbidden) {
            const m = re.exec(line);
            if (m) out.push(`${relative(root, file)}:${i + 1}: "${m[0]}" (use ${use})`);
          }
        });
    }
  }
  return out;
}

/** Every string of a nested resource object. */
function leaves(o: unknown): string[] {
  if (typeof o === 'string') return [o];
  if (o && typeof o === 'object') return Object.values(o).flatMap(leaves);
  return [];
}

const viTerms = new Set<string>(Object.values(glossary).map((t) => t.vi));
const enTerms = new Set<string>(Object.values(glossary).map((t) => t.en));
const allTerms = new Set<string>([...viTerms, ...enTerms]);

describe('the glossary', () => {
  it('spells each term one way: Tỷ lệ, chưa là đảng viên, 1–2, the minus sign', () => {
    for (const t of Object.values(glossary)) {
      for (const s of [t.vi, t.en]) for (const { re } of forbidden) expect(s).not.toMatch(re);
    }
    expect(glossary.ratio.vi).toMatch(/^Tỷ lệ/);
    expect(glossary.nonPartyHeadColumn.vi).toBe('Chưa là đảng viên');
    expect(glossary.weakColumn.vi).toBe('1–2 đảng viên');
    expect(terms('en').weak).toBe('Villages with 1–2 members');
  });

  it('finds a forbidden variant (the scan itself works)', () => {
    const line =
      'ratio: "Tỉ lệ thôn", head: "Không là đảng viên", weak: "1-2 ĐV", net: "giảm (-)", "Thôn/tổ dân phố", thôn “trắng”, Sinh hoạt ghép';
    expect(forbidden.filter(({ re }) => re.test(line))).toHaveLength(forbidden.length);
    expect('register.arbitrary: 1-2 districts').not.toMatch(forbidden[2].re);
    // a variant of one language only in the strings of that language
    expect(
      misspelt('vi', [
        ['a', 'Sheet "X" thiếu cột'],
        ['b', 'official member'],
      ]),
    ).toEqual(['a: "Sheet" (use "trang tính")']);
    expect(
      misspelt('en', [
        ['a', 'Sheet "X" lacks a column'],
        ['b', 'Record full membership'],
      ]),
    ).toEqual(['b: "full membership" (use "official member(s)", "recognition as an official member")']);
  });
});

describe('(a) no screen or document uses a forbidden variant', () => {
  it('the web i18n resources, the server label tables and sources', () => {
    expect(violations()).toEqual([]);
  });

  it("every screen's words (the workflows' too) and every error message, in each language, spell the terms the glossary's way", async () => {
    const all = await resources();
    for (const lang of ['vi', 'en'] as const) {
      const strings = all.flatMap((r) => entries(r[lang]));
      expect(strings.length).toBeGreaterThan(800);
      expect(misspelt(lang, strings)).toEqual([]);
      const messages = Object.entries(errorRegistry).map(([code, m]) => [code, m[lang]] as [string, string]);
      expect(misspelt(lang, messages)).toEqual([]);
    }
    // the import's messages name the sheet as the import screen does
    expect(errorRegistry.IMPORT_MISSING_COLUMN.vi).toMatch(new RegExp(`^${glossary.sheet.vi} `));
    expect(errorRegistry.IMPORT_MISSING_COLUMN.en).toMatch(new RegExp(`^${glossary.sheet.en} `));
  });

  it('the Vietnamese import screen says "trang tính", not "sheet"; the English one keeps "sheet"', async () => {
    const { vi, en } = await resourceOf('transfer');
    expect(leaves(vi).filter((s) => /sheet/i.test(s))).toEqual([]);
    expect((vi as { transfer: { sheet: string } }).transfer.sheet).toBe('Trang tính');
    expect((en as { transfer: { sheet: string } }).transfer.sheet).toBe('Sheet');
  });

  it('numbers formatted for people show negatives with the minus sign U+2212, never the hyphen', () => {
    const shown = [
      formatNumberVi(-37),
      formatNumberVi(-1079),
      formatPercentVi(-1.5),
      formatNumber(-4),
      formatPercent(-2.25),
      formatSigned(-4),
      formatSigned(-1079),
      cellText(-37),
      cellText(-37, true),
      signedText(-3, formatNumberVi),
    ];
    expect(shown).toEqual(['−37', '−1.079', '−1,50', '−4', '−2,25%', '−4', '−1.079', '−37', '−37', '−3']);
    for (const s of shown) expect(s).not.toMatch(/-\d/);
    expect(formatSigned(3)).toBe('+3');
    expect(cellText(3, true)).toBe('+3');
    expect(MINUS).toBe('\u2212');
  });

  it('the narrative in either language writes the weak band 1–2 and no hyphen before a digit', () => {
    const change = { from: 5, to: 2, left: 3, entered: 0, ceased: 0, new: 0, net: -3 };
    const figures = {
      from: '2013-01-01',
      to: '2017-01-01',
      villages: { from: 10, to: 10 },
      white: change,
      weak: change,
      nonPartyHead: { from: { count: 6, total: 10 }, to: { count: 4, total: 10 } },
      admissions: 2,
    };
    for (const lang of ['vi', 'en'] as const) {
      const text = writeNarrative(figures, lang);
      expect(text).toContain('1–2');
      expect(text).not.toMatch(/(^|[^\d])-\d/);
      for (const { re } of forbidden) expect(text).not.toMatch(re);
    }
    expect(writeNarrative(figures, 'vi')).toContain(glossary.ratioRow.vi);
  });
});

describe.each(['pglite' as const])('(b) the report and the dashboard use glossary entries only (%s)', (engine) => {
  let database: Database;
  let report: Report;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, reportRegister(), { actor: testActor })).errors).toEqual([]);
    report = await buildReport(database.db, {
      scope: 'P',
      from: '2013-06-01',
      to: '2016-01-01',
      issuedOn: '2026-11-27',
    });
  });
  afterAll(() => database?.close());

  /** The header strings of a table, a date heading ("Ngày 01/06/2013") as its word. */
  const headers = (t: Table) => t.header.flat().map((c) => c.text.replace(/^(\S+) \d{2}\/\d{2}\/\d{4}$/, '$1'));

  it('every header of the report tables and every indicator of the comparison is a Vietnamese glossary entry', () => {
    const tables = [comparisonTable(report), unitsTable(report), ...appendixTables(report).map((a) => a.table)];
    const texts = tables.flatMap(headers);
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.filter((s) => !viTerms.has(s))).toEqual([]);
    const indicators = comparisonTable(report).rows.map((r) => r[1]);
    expect(indicators.filter((s) => !viTerms.has(String(s)))).toEqual([]);
    // the net change: numbers, shown signed
    expect(
      comparisonTable(report)
        .rows.slice(1, 6)
        .every((r) => typeof r[8] === 'number'),
    ).toBe(true);
    // the appendices' captions are the glossary's category rows
    const captions = appendixTables(report)
      .slice(1)
      .map((a) => a.table.caption);
    expect(captions).toEqual(
      [glossary.whiteRow, glossary.weakRow, glossary.nonPartyHeadRow].map((t) =>
        `DANH SÁCH ${t.vi}`.toLocaleUpperCase('vi'),
      ),
    );
  });

  it('the workbook keeps the net changes as numbers, shown with +/− by their number format; the printed table writes −', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(report)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Báo cáo')!;
    const header = ws.getColumn(9).values.indexOf(glossary.netSigned.vi);
    expect(header).toBeGreaterThan(0);
    const nets = [2, 3, 4, 5, 6, 7].map((i) => ws.getCell(header + i, 9));
    expect(nets.map((c) => typeof c.value)).toEqual(['number', 'number', 'number', 'number', 'number', 'number']);
    for (const c of nets) expect(c.numFmt).toBe(signedFormat);
    expect(signedFormat).toContain(MINUS);
    expect(signedFormat).not.toMatch(/(^|;)-/);
    expect(tableHtml(comparisonTable(report))).not.toMatch(/>-\d/);
  });

  it('the CLI tables label every line with a glossary entry, in Vietnamese and English', () => {
    const label = (line: string) => line.trim().split(/\s{2,}/)[0];
    for (const lang of ['vi', 'en'] as const) {
      const terms = lang === 'vi' ? viTerms : enTerms;
      const snapshot = formatSnapshotTable(report.comparison.to, lang).split('\n\n')[1].split('\n').map(label);
      expect(snapshot.filter((s) => !terms.has(s))).toEqual([]);
      const [head, ...rows] = formatComparisonTable(report.comparison, lang).split('\n\n')[1].split('\n');
      expect(rows.map(label).filter((s) => !terms.has(s))).toEqual([]);
      expect(head.split(/\s{2,}/)[0]).toBe(glossary.indicator[lang]);
      // a net change that fell is written with the minus sign
      expect(rows.join('\n')).not.toMatch(/(^|\s)-\d/);
    }
  });

  it('the dashboard figures, flows, categories and cells are glossary entries, in Vietnamese and English', () => {
    for (const [res, terms] of [
      [webVi, viTerms],
      [webEn, enTerms],
    ] as const) {
      const { points: _points, hints, ...figures } = res.figures;
      const labels = [
        ...leaves(figures),
        hints.readyForCell,
        ...leaves(res.flows),
        ...leaves(res.category),
        ...leaves(res.cell),
        res.list.partyMember,
        res.list.nonMember,
        res.groups.members,
      ];
      expect(labels.filter((s) => !terms.has(s))).toEqual([]);
    }
  });

  it('the web report page labels its tables with glossary entries, in Vietnamese and English', async () => {
    const { vi, en } = (await resourceOf('rep')) as unknown as {
      vi: { rep: Record<string, unknown> };
      en: { rep: Record<string, unknown> };
    };
    const tableKeys = [
      'indicator',
      'left',
      'entered',
      'ceased',
      'new',
      'net',
      'unit',
      'total',
      'villages',
      'whiteShort',
      'weakShort',
      'strongShort',
      'ownCell',
      'combined',
      'noCell',
      'partyHead',
      'nonPartyHeadShort',
      'vacant',
      'ratio',
      'members',
      'admissions',
      'village',
      'district',
      'commune',
      'head',
      'official',
      'cell',
      'cellKind',
      'rows',
    ];
    for (const [res, terms] of [
      [vi, viTerms],
      [en, enTerms],
    ] as const) {
      const labels = tableKeys.flatMap((k) => leaves(res.rep[k]));
      expect(labels.filter((s) => !terms.has(s))).toEqual([]);
      // the appendices' titles: a category row and its count
      for (const k of ['white', 'weak', 'nonPartyHead'])
        expect(String(res.rep[k]).replace(/ \(\{\{count\}\}\)$/, '')).toSatisfy((s: string) => allTerms.has(s));
    }
  });

  it("the workflow screens name the domain's terms (village, commune, unit, cells, members) with glossary entries, in Vietnamese and English", async () => {
    const { vi, en } = await resourceOf('cellsWf');
    const keys = [
      'wf.village',
      'wf.commune',
      'tg.unit',
      'el.member',
      'cellsWf.noCell',
      'cellsWf.combinedOnly',
      'cellsWf.readyForCell',
      'cellsWf.official',
      'cellsWf.cell',
      'cellsWf.cells',
      'cellsWf.combined',
    ];
    for (const [res, terms] of [
      [vi, viTerms],
      [en, enTerms],
    ] as const) {
      const strings = new Map(entries(res));
      const labels = keys.flatMap((k) =>
        [...strings].filter(([path]) => path === k || path.startsWith(`${k}.`)).map(([path, s]) => [path, s] as const),
      );
      expect(labels.length).toBeGreaterThanOrEqual(keys.length + 2);
      expect(labels.filter(([, s]) => !terms.has(s))).toEqual([]);
    }
  });
});
