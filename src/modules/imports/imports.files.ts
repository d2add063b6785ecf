/**
 * Writes a Register in the import format, as a workbook or a CSV folder, so
 * that tests, benchmarks and the demo can produce exactly what users import.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { sheetColumns } from './imports.parse.js';
import { sheetNames, type Register, type SheetName } from './imports.schema.js';

export type Cell = string | null;

const yesNo = (b: boolean) => (b ? 'có' : 'không');
const genderWord = (g: 'male' | 'female' | null) => (g === null ? null : g === 'male' ? 'nam' : 'nữ');

/** The rows of one sheet as cells, in the column order of sheetColumns. */
export function registerCells(sheet: SheetName, register: Register): Cell[][] {
  switch (sheet) {
    case 'units': return register.units.map((r) => [r.code, r.name, r.level, r.subtype, r.parentCode, r.validFrom, r.validTo]);
    case 'unit_lineage': return register.unit_lineage.map((r) => [r.fromCode, r.toCode, r.on, r.kind, r.decision]);
    case 'party_orgs': return register.party_orgs.map((r) => [r.code, r.name, r.kind, r.parentCode, r.unitCode, r.validFrom, r.validTo]);
    case 'cell_villages': return register.cell_villages.map((r) => [r.cellCode, r.villageCode, r.validFrom, r.validTo]);
    case 'people': return register.people.map((r) => [r.personCode, r.fullName, r.birthDate, genderWord(r.gender), r.ethnicity, r.residenceVillageCode, yesNo(r.communeOfficial)]);
    case 'memberships': return register.memberships.map((r) => [r.personCode, r.cardNo, r.admittedOn, r.officialOn, r.endedOn, r.endReason]);
    case 'placements': return register.placements.map((r) => [r.personCode, r.cellCode, r.villageCode, r.validFrom, r.validTo, r.kind, r.reason]);
    case 'head_terms': return register.head_terms.map((r) => [r.villageCode, r.personCode, r.role, r.validFrom, r.validTo, r.how]);
    case 'secretary_terms': return register.secretary_terms.map((r) => [r.cellCode, r.personCode, r.validFrom, r.validTo]);
  }
}

/** Writes a register as an .xlsx workbook, one sheet per register sheet, dates as yyyy-mm-dd text. */
export async function writeWorkbook(register: Register, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  for (const sheet of sheetNames) {
    const ws = wb.addWorksheet(sheet);
    ws.addRow([...sheetColumns[sheet]]).commit();
    for (const cells of registerCells(sheet, register)) ws.addRow(cells.map((c) => c ?? undefined)).commit();
    ws.commit();
  }
  await wb.commit();
}

/** A CSV field, quoted when it holds a separator, a quote, a line break or edge spaces. */
function csvField(c: Cell): string {
  if (c === null) return '';
  return /[",\r\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

/** Writes a register as a folder of UTF-8 `<sheet>.csv` files. */
export async function writeCsvFolder(register: Register, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const sheet of sheetNames) {
    const out = createWriteStream(join(dir, `${sheet}.csv`), { encoding: 'utf8' });
    let chunk = sheetColumns[sheet].join(',') + '\n';
    for (const cells of registerCells(sheet, register)) {
      chunk += cells.map(csvField).join(',') + '\n';
      if (chunk.length > 1 << 16) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'finish');
  }
}
