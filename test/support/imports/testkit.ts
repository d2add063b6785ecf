/** Helpers for the importer's tests: raw sheet tables, files in a tmp dir, table row counts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { rows, type Db } from '../../../src/platform/db.js';
import { registerCells } from '../../../src/modules/imports/imports.files.js';
import { sheetColumns } from '../../../src/modules/imports/imports.parse.js';
import { sheetNames, type Register } from '../../../src/modules/register/register.schema.js';

export type RawCell = string | number | boolean | Date | null;
/** Sheet name -> rows of cells, header row first. */
export type Tables = Record<string, RawCell[][]>;

/** The register as raw tables, header first, ready to be broken by a test. */
export function tablesOf(register: Register): Tables {
  const t: Tables = {};
  for (const s of sheetNames) t[s] = [[...sheetColumns[s]], ...registerCells(s, register)];
  return t;
}

/** Sets one cell, addressed as Excel shows it: row number (header = 1) and column key. */
export function setCell(t: Tables, sheet: string, row: number, column: string, value: RawCell): void {
  const i = t[sheet][0].indexOf(column);
  if (i < 0) throw new Error(`no column ${column} in ${sheet}`);
  t[sheet][row - 1][i] = value;
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-import-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes tables as a folder of CSV files (with a BOM, as Excel saves them); returns the folder. */
export function writeCsvTables(t: Tables, dir: string, delimiter = ','): string {
  const field = (c: RawCell) => {
    const s = c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
    return /[",;\t\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  for (const [sheet, rowsOfSheet] of Object.entries(t)) {
    writeFileSync(
      join(dir, `${sheet}.csv`),
      `\uFEFF${rowsOfSheet.map((r) => r.map(field).join(delimiter)).join('\r\n')}\r\n`,
    );
  }
  return dir;
}

/** Writes tables as an .xlsx workbook; Date cells become Excel date cells. */
export async function writeXlsxTables(t: Tables, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rowsOfSheet] of Object.entries(t)) {
    const ws = wb.addWorksheet(sheet);
    for (const r of rowsOfSheet) {
      const added = ws.addRow(r.map((c) => c ?? undefined));
      r.forEach((c, i) => {
        if (c instanceof Date) added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
    }
  }
  await wb.xlsx.writeFile(file);
  return file;
}

const tables = [
  'units',
  'unit_versions',
  'unit_lineage',
  'party_orgs',
  'party_org_versions',
  'cell_villages',
  'people',
  'memberships',
  'placements',
  'head_terms',
  'secretary_terms',
  'village_member_counts',
] as const;

/** Row counts of every register table, to show that a rejected import wrote nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [r] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(t)}`);
    out[t] = r.n;
  }
  return out;
}
