/**
 * Writes a Register in the import format, as a workbook, a CSV folder or a
 * zip of CSV files, so that exports, tests, benchmarks and the demo produce
 * exactly what users import.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import zipStream from 'exceljs/lib/utils/zip-stream.js';
import { escapeCsvText, escapeXlsxText } from './imports.formula.js';
import { sheetColumns } from './imports.parse.js';
import { sheetNames, type Register, type SheetName } from '../register/register.schema.js';

export type Cell = string | null;

const yesNo = (b: boolean) => (b ? 'có' : 'không');
const genderWord = (g: 'male' | 'female' | null) => (g === null ? null : g === 'male' ? 'nam' : 'nữ');

/** The rows of one sheet as cells, in the column order of sheetColumns. */
export function registerCells(sheet: SheetName, register: Register): Cell[][] {
  switch (sheet) {
    case 'units':
      return register.units.map((r) => [r.code, r.name, r.level, r.subtype, r.parentCode, r.validFrom, r.validTo]);
    case 'unit_lineage':
      return register.unit_lineage.map((r) => [r.fromCode, r.toCode, r.on, r.kind, r.decision]);
    case 'party_orgs':
      return register.party_orgs.map((r) => [r.code, r.name, r.kind, r.parentCode, r.unitCode, r.validFrom, r.validTo]);
    case 'cell_villages':
      return register.cell_villages.map((r) => [r.cellCode, r.villageCode, r.validFrom, r.validTo]);
    case 'people':
      return register.people.map((r) => [
        r.personCode,
        r.fullName,
        r.birthDate,
        genderWord(r.gender),
        r.ethnicity,
        r.residenceVillageCode,
        yesNo(r.communeOfficial),
      ]);
    case 'memberships':
      return register.memberships.map((r) => [
        r.personCode,
        r.cardNo,
        r.admittedOn,
        r.officialOn,
        r.endedOn,
        r.endReason,
      ]);
    case 'placements':
      return register.placements.map((r) => [
        r.personCode,
        r.cellCode,
        r.villageCode,
        r.validFrom,
        r.validTo,
        r.kind,
        r.reason,
      ]);
    case 'head_terms':
      return register.head_terms.map((r) => [r.villageCode, r.personCode, r.role, r.validFrom, r.validTo, r.how]);
    case 'secretary_terms':
      return register.secretary_terms.map((r) => [r.cellCode, r.personCode, r.validFrom, r.validTo]);
  }
}

/** Writes a register as an .xlsx workbook, one sheet per register sheet, every cell text (dates as yyyy-mm-dd), never a formula. */
export async function writeWorkbook(register: Register, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  for (const sheet of sheetNames) {
    const ws = wb.addWorksheet(sheet);
    ws.addRow([...sheetColumns[sheet]]).commit();
    for (const cells of registerCells(sheet, register))
      ws.addRow(cells.map((c) => (c === null ? undefined : escapeXlsxText(c)))).commit();
    ws.commit();
  }
  await wb.commit();
}

/**
 * A CSV field: escaped against formula injection, then quoted (RFC 4180) when
 * it holds a separator, a quote, a line break or edge spaces.
 */
function csvField(c: Cell): string {
  if (c === null) return '';
  const v = escapeCsvText(c);
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * One sheet as CSV text in chunks of about 64 KB: a UTF-8 byte order mark
 * (Excel reads the file as UTF-8 only with it), the header, one line a row.
 */
export function* csvChunks(sheet: SheetName, register: Register): Generator<string> {
  let chunk = `\uFEFF${sheetColumns[sheet].join(',')}\n`;
  for (const cells of registerCells(sheet, register)) {
    chunk += `${cells.map(csvField).join(',')}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

/** Writes a register as a folder of UTF-8 `<sheet>.csv` files. */
export async function writeCsvFolder(register: Register, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const sheet of sheetNames) {
    const out = createWriteStream(join(dir, `${sheet}.csv`), { encoding: 'utf8' });
    for (const chunk of csvChunks(sheet, register)) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  }
}

/** Writes a register as one zip of UTF-8 `<sheet>.csv` files (built in memory: a province's CSV is a few tens of MB). */
export async function writeCsvZip(register: Register, file: string): Promise<void> {
  const zip = new zipStream.ZipWriter({ compression: 'DEFLATE' });
  const out = createWriteStream(file);
  zip.pipe(out);
  for (const sheet of sheetNames)
    zip.append(Buffer.from([...csvChunks(sheet, register)].join(''), 'utf8'), { name: `${sheet}.csv` });
  await zip.finalize();
  await once(out, 'finish');
}
