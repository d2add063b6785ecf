/**
 * Streams a workbook (.xlsx), a folder or zip of `<sheet>.csv` files, or one
 * such file into a RegisterParser row by row, so a province-scale register
 * never sits in memory twice.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.js';
import { archiveLimits, isZipFile, openArchive, type ArchiveLimits, type CheckedArchive } from './imports.archive.js';
import type { RegisterParser } from './imports.parse.js';
import { xmlGuard, xmlLimits, type XmlLimits } from './imports.xml-guard.js';

/** What reading a file may take: the archive's limits, the shape of its XML parts, the length of a CSV record. */
export interface ReadLimits {
  archive: ArchiveLimits;
  xml: XmlLimits;
  /** Characters of one CSV record (a line, or more when a quoted field holds line breaks). */
  maxCsvRecordChars: number;
}

export const readLimits: ReadLimits = { archive: archiveLimits, xml: xmlLimits, maxCsvRecordChars: 1024 * 1024 };

/**
 * The parts of exceljs's streaming WorkbookReader that we drive by hand
 * (exceljs 4.4.0, pinned). Its own zip loop drops entries when worksheets
 * precede sharedStrings.xml in the archive, which is how Excel itself lays out
 * a file; so we open the zip by its central directory (unzipper, behind the
 * checks of imports.archive.ts) and feed the reader the workbook, shared
 * strings and styles first, then each sheet as a stream. Rows are still
 * parsed by exceljs, one at a time.
 */
interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string; id: number }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    entry: Readable,
    sheetNo: string,
  ): Iterable<{ value: AsyncIterable<{ number: number; values: unknown }> }>;
}

/** An AppError passes through (ARCHIVE_TOO_LARGE above all); anything else means the file cannot be read. */
function unreadable(file: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  return new AppError('IMPORT_FILE_UNREADABLE', { file, reason: e instanceof Error ? e.message : String(e) });
}

/** Feeds every sheet of a workbook to the parser; exceljs gives date cells as UTC Dates. */
async function readWorkbook(
  file: string,
  zip: CheckedArchive,
  parser: RegisterParser,
  limits: XmlLimits,
): Promise<void> {
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      // Styles tell date cells from numbers; without them dates arrive as serial numbers.
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as ReaderInternals;
    // Decoded here: exceljs turns each chunk into text on its own, which breaks a
    // character whose UTF-8 bytes straddle two chunks (Vietnamese has many).
    // The shape of the XML is checked on the bytes, before saxes holds any of it.
    const part = (path: string) => {
      const e = zip.entry(path);
      if (!e) return undefined;
      const inflated = zip.stream(e);
      const guard = xmlGuard(file, path, limits);
      inflated.on('error', (err) => guard.destroy(err));
      guard.on('close', () => inflated.destroy());
      return inflated.pipe(guard).setEncoding('utf8');
    };
    // Each part is opened just before it is read: a part whose inflating fails (corrupt, or past its
    // declared size) while nothing listens would throw out of the process instead of failing the import.
    if (!zip.entry('xl/_rels/workbook.xml.rels') || !zip.entry('xl/workbook.xml'))
      throw new Error('xl/workbook.xml not found');
    await reader._parseRels(part('xl/_rels/workbook.xml.rels')!);
    await reader._parseWorkbook(part('xl/workbook.xml')!);
    const strings = part('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(strings));
    const styles = part('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);
    for (const sheet of reader.model?.sheets ?? []) {
      const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
      if (!target) continue;
      // Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      const content = part(path);
      if (!content) continue;
      const sheetNo = /sheet(\d+)\.xml$/.exec(path)?.[1] ?? String(sheet.id);
      for (const { value: rowsOfSheet } of reader._parseWorksheet(content, sheetNo)) {
        for await (const row of rowsOfSheet) parser.push(sheet.name, row.number, row.values as unknown[]);
      }
    }
  } catch (e) {
    throw unreadable(file, e);
  }
}

/**
 * The separator of a CSV file, judged from its header line (column keys hold
 * none): Excel saves "CSV" with ';' where the decimal mark is a comma, as in
 * Vietnamese settings, and some tools write tabs.
 */
function sniffDelimiter(head: Buffer): string {
  const header = head.toString('utf8').split(/\r?\n/)[0];
  const count = (c: string) => header.split(c).length - 1;
  const best = [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0];
  return count(best) > 0 ? best : ',';
}

/** The first bytes of a stream (enough for a header line); the stream is closed after. */
async function headOf(stream: Readable, bytes = 4096): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      n += chunk.length;
      if (n >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/**
 * Feeds one CSV file to the parser as sheet `sheet`; a UTF-8 BOM is dropped.
 * `open` is called twice: once to sniff the separator, once to parse.
 */
async function readCsv(
  label: string,
  sheet: string,
  open: () => Readable,
  parser: RegisterParser,
  maxRecordChars: number,
): Promise<void> {
  try {
    const delimiter = sniffDelimiter(await headOf(open()));
    const source = open();
    const records = parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: maxRecordChars,
    });
    // An error of the source (past a limit while inflating) fails the records too: pipe() does not pass it on.
    source.on('error', (e) => records.destroy(e));
    source.pipe(records);
    // Rows are numbered as Excel would show the file: header = 1, one row per record.
    let n = 0;
    for await (const record of records as AsyncIterable<string[]>) parser.push(sheet, ++n, record);
  } catch (e) {
    if ((e as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      const what = 'một bản ghi CSV dài / a CSV record length';
      const max = `${maxRecordChars} ký tự / characters`;
      throw new AppError(
        'ARCHIVE_PART_TOO_COMPLEX',
        { file: basename(label.split(': ')[0]), part: basename(label.split(': ').pop()!), what, max },
        { limit: 'record', max: maxRecordChars },
      );
    }
    throw unreadable(label, e);
  }
}

const isCsv = (name: string) => extname(name).toLowerCase() === '.csv';
const sheetOf = (name: string) => basename(name, extname(name));

/** Feeds every `<sheet>.csv` of a folder to the parser. */
export async function readCsvFolder(
  dir: string,
  parser: RegisterParser,
  limits: ReadLimits = readLimits,
): Promise<void> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter(isCsv).sort();
  } catch (e) {
    throw unreadable(dir, e);
  }
  for (const f of files)
    await readCsv(join(dir, f), sheetOf(f), () => createReadStream(join(dir, f)), parser, limits.maxCsvRecordChars);
}

/**
 * Feeds the `<sheet>.csv` entries of a zip to the parser, wherever they sit in
 * it (a zipped folder keeps its folder name). Mac resource forks are skipped;
 * two entries for one sheet are refused, as they would read as one sheet.
 */
async function readCsvZip(
  file: string,
  zip: CheckedArchive,
  parser: RegisterParser,
  maxRecordChars: number,
): Promise<void> {
  const entries = zip.entries
    .filter(
      (e) =>
        e.type === 'File' && isCsv(e.path) && !e.path.startsWith('__MACOSX/') && !basename(e.path).startsWith('._'),
    )
    .sort((a, b) => (sheetOf(a.path) < sheetOf(b.path) ? -1 : 1));
  const seen = new Set<string>();
  for (const e of entries) {
    const sheet = sheetOf(e.path);
    if (seen.has(sheet))
      throw new AppError('IMPORT_FILE_UNREADABLE', {
        file: basename(file),
        reason: `${sheet}.csv: hai tệp cùng tên / two files of that name`,
      });
    seen.add(sheet);
  }
  for (const e of entries)
    await readCsv(`${basename(file)}: ${e.path}`, sheetOf(e.path), () => zip.stream(e), parser, maxRecordChars);
}

/**
 * What the importer reads: a folder of `<sheet>.csv` files; a zip archive,
 * read as a workbook when it holds xl/workbook.xml and as CSV files
 * otherwise (an .xlsx is a zip too, whatever its name says); a single
 * `<sheet>.csv` file. Archives are checked against archiveLimits before
 * anything is inflated and while inflating, XML parts against xmlLimits.
 * This runs in the caller's thread and memory: uploads are read through
 * readInWorker (imports.worker-pool.ts), which bounds both.
 */
export async function readRegisterFile(
  path: string,
  parser: RegisterParser,
  limits: ReadLimits = readLimits,
): Promise<void> {
  let isDir: boolean;
  let isZip: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
    isZip = !isDir && (await isZipFile(path));
  } catch (e) {
    throw unreadable(path, e);
  }
  if (isDir) return readCsvFolder(path, parser, limits);
  if (!isZip) {
    if (isCsv(path))
      return readCsv(path, sheetOf(path), () => createReadStream(path), parser, limits.maxCsvRecordChars);
    throw unreadable(path, new Error('không phải tệp .xlsx, .zip hay .csv / not an .xlsx, .zip or .csv file'));
  }
  let zip: CheckedArchive;
  try {
    zip = await openArchive(path, limits.archive);
  } catch (e) {
    throw unreadable(path, e);
  }
  if (zip.entry('xl/workbook.xml')) await readWorkbook(path, zip, parser, limits.xml);
  else await readCsvZip(path, zip, parser, limits.maxCsvRecordChars);
}
