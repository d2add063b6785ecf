/**
 * Streams a workbook (.xlsx) or a folder of `<sheet>.csv` files into a
 * RegisterParser row by row, so a province-scale register never sits in
 * memory twice.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';
import { AppError } from '../../platform/errors.js';
import type { RegisterParser } from './imports.parse.js';

/**
 * The parts of exceljs's streaming WorkbookReader that we drive by hand
 * (exceljs 4.4.0, pinned). Its own zip loop drops entries when worksheets
 * precede sharedStrings.xml in the archive, which is how Excel itself lays out
 * a file; so we open the zip by its central directory (unzipper) and feed the
 * reader the workbook, shared strings and styles first, then each sheet as a
 * stream. Rows are still parsed by exceljs, one at a time.
 */
interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string; id: number }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ value: AsyncIterable<{ number: number; values: unknown }> }>;
}

/** Feeds every sheet of a workbook to the parser; exceljs gives date cells as UTC Dates. */
export async function readXlsx(file: string, parser: RegisterParser): Promise<void> {
  try {
    const zip = await unzipper.Open.file(file);
    const entry = (path: string) => zip.files.find((f) => f.path === path);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      // Styles tell date cells from numbers; without them dates arrive as serial numbers.
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as ReaderInternals;
    const rels = entry('xl/_rels/workbook.xml.rels');
    const book = entry('xl/workbook.xml');
    if (!rels || !book) throw new Error('xl/workbook.xml not found');
    await reader._parseRels(rels.stream());
    await reader._parseWorkbook(book.stream());
    const strings = entry('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(strings.stream()));
    const styles = entry('xl/styles.xml');
    if (styles) await reader._parseStyles(styles.stream());
    for (const sheet of reader.model?.sheets ?? []) {
      const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
      if (!target) continue;
      // Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      const part = entry(path);
      if (!part) continue;
      const sheetNo = /sheet(\d+)\.xml$/.exec(path)?.[1] ?? String(sheet.id);
      for (const { value: rowsOfSheet } of reader._parseWorksheet(part.stream(), sheetNo)) {
        for await (const row of rowsOfSheet) parser.push(sheet.name, row.number, row.values as unknown[]);
      }
    }
  } catch (e) {
    throw new AppError('IMPORT_FILE_UNREADABLE', { file, reason: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * The separator of a CSV file, judged from its header line (column keys hold
 * none): Excel saves "CSV" with ';' where the decimal mark is a comma, as in
 * Vietnamese settings, and some tools write tabs.
 */
async function sniffDelimiter(path: string): Promise<string> {
  const f = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await f.read(Buffer.alloc(4096), 0, 4096, 0);
    const header = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0];
    const count = (c: string) => header.split(c).length - 1;
    const best = [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0];
    return count(best) > 0 ? best : ',';
  } finally {
    await f.close();
  }
}

/** Feeds every `<sheet>.csv` of a folder to the parser; a UTF-8 BOM is dropped. */
export async function readCsvFolder(dir: string, parser: RegisterParser): Promise<void> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => extname(f).toLowerCase() === '.csv').sort();
  } catch (e) {
    throw new AppError('IMPORT_FILE_UNREADABLE', { file: dir, reason: e instanceof Error ? e.message : String(e) });
  }
  for (const f of files) {
    const path = join(dir, f);
    const sheet = basename(f, extname(f));
    try {
      const delimiter = await sniffDelimiter(path);
      const records = createReadStream(path).pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }));
      // Rows are numbered as Excel would show the file: header = 1, one row per record.
      let n = 0;
      for await (const record of records as AsyncIterable<string[]>) parser.push(sheet, ++n, record);
    } catch (e) {
      throw new AppError('IMPORT_FILE_UNREADABLE', { file: path, reason: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** A folder is read as CSV files, anything else as a workbook. */
export async function readRegisterFile(path: string, parser: RegisterParser): Promise<void> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    throw new AppError('IMPORT_FILE_UNREADABLE', { file: path, reason: e instanceof Error ? e.message : String(e) });
  }
  if (isDir) await readCsvFolder(path, parser);
  else await readXlsx(path, parser);
}
