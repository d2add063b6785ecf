/**
 * The backup file: one gzip stream of lines. The first line is the header
 * (JSON); then, for each table in load order, a line `{"table":…,"rows":n}`
 * followed by exactly n row lines, each a JSON array of the row's values as
 * PostgreSQL text (or null), in the header's column order; the last line is
 * `{"end":true,"rows":total}`. gzip's checksum and the counts catch a damaged
 * or truncated file.
 */
import {
  accessSync,
  closeSync,
  constants,
  createReadStream,
  createWriteStream,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../errors.js';

export const DUMP_FORMAT = 'grassroots-dump';
export const DUMP_VERSION = 1;

const migrationSchema = z.object({ hash: z.string(), createdAt: z.number(), tag: z.string().nullable() });
const columnSchema = z.object({ name: z.string(), type: z.string() });

export const dumpHeaderSchema = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  engine: z.string(),
  migrations: z.array(migrationSchema),
  tables: z.array(z.object({ name: z.string(), columns: z.array(columnSchema), rows: z.number().int().nonnegative() })),
  sequences: z.array(z.object({ table: z.string(), column: z.string(), lastValue: z.string().nullable() })),
});
export type DumpHeader = z.infer<typeof dumpHeaderSchema>;
export type DumpMigration = z.infer<typeof migrationSchema>;
export type DumpColumn = z.infer<typeof columnSchema>;

const tableLineSchema = z.object({ table: z.string(), rows: z.number().int().nonnegative() });
const endLineSchema = z.object({ end: z.literal(true), rows: z.number().int().nonnegative() });

export const tableLine = (name: string, rows: number) => `${JSON.stringify({ table: name, rows })}\n`;
export const headerLine = (h: DumpHeader) => `${JSON.stringify(h)}\n`;
export const endLine = (rows: number) => `${JSON.stringify({ end: true, rows })}\n`;

/** Refuses early, before a long read, a backup file whose folder cannot be written to. */
export function checkWritable(file: string): void {
  try {
    accessSync(dirname(resolve(file)), constants.W_OK);
  } catch (e) {
    throw new AppError('DB_DUMP_UNWRITABLE', { file, reason: (e as Error).message });
  }
}

/**
 * Writes the chunks gzipped to `file`, through `file.partial` so a failed
 * backup never leaves a half file under the real name nor replaces a good one.
 * The file is readable by its owner only (it holds personal data and password
 * hashes), and on disk (fsync) before it takes the real name.
 */
export async function writeDumpFile(file: string, chunks: AsyncIterable<string>): Promise<number> {
  const partial = `${file}.partial`;
  try {
    rmSync(partial, { force: true }); // a leftover keeps its mode; a new file gets 0600
    await pipeline(Readable.from(chunks), createGzip(), createWriteStream(partial, { mode: 0o600, flush: true }));
    renameSync(partial, file);
    syncFolder(dirname(resolve(file)));
    return statSync(file).size;
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof AppError) throw e;
    // Errors of the file system (no folder, no space) are the user's to fix; database errors pass through.
    if (isFileSystemError(e)) throw new AppError('DB_DUMP_UNWRITABLE', { file, reason: (e as Error).message });
    throw e;
  }
}

/** Makes a rename in the folder durable. */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isFileSystemError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/** Reads a backup file line by line, checking its structure; every problem is DB_DUMP_INVALID. */
export class DumpReader {
  private constructor(
    readonly file: string,
    readonly header: DumpHeader,
    private readonly lines: AsyncGenerator<string>,
  ) {}

  /** Opens the file and reads and checks its header. */
  static async open(file: string): Promise<DumpReader> {
    const lines = readLines(file);
    const invalid = (reason: string) => new AppError('DB_DUMP_INVALID', { file, reason });
    const first = await nextLine(file, lines);
    if (first === undefined) throw invalid('tệp rỗng / empty file');
    const parsed = dumpHeaderSchema.safeParse(parseJson(first));
    if (!parsed.success) {
      await lines.return(undefined);
      throw invalid('không có phần đầu của bản sao lưu grassroots / no grassroots backup header');
    }
    if (parsed.data.version !== DUMP_VERSION) {
      await lines.return(undefined);
      throw invalid(
        `phiên bản định dạng ${parsed.data.version}, chương trình này đọc ${DUMP_VERSION} / format version ${parsed.data.version}, this program reads ${DUMP_VERSION}`,
      );
    }
    return new DumpReader(file, parsed.data, lines);
  }

  private invalid(reason: string): AppError {
    return new AppError('DB_DUMP_INVALID', { file: this.file, reason });
  }

  private async line(what: string): Promise<string> {
    const l = await nextLine(this.file, this.lines);
    if (l === undefined) throw this.invalid(`tệp bị cắt cụt, thiếu ${what} / truncated file, ${what} missing`);
    return l;
  }

  /** Yields the rows of the next table (which must be `name`) in batches of at most `maxRows` rows or about `maxChars` characters. */
  async *tableRows(name: string, maxRows: number, maxChars: number): AsyncGenerator<string[]> {
    const expected = this.header.tables.find((t) => t.name === name)!.rows;
    const marker = tableLineSchema.safeParse(parseJson(await this.line(`bảng ${name} / table ${name}`)));
    if (!marker.success || marker.data.table !== name || marker.data.rows !== expected) {
      throw this.invalid(`mong đợi bảng ${name} (${expected} dòng) / expected table ${name} (${expected} rows)`);
    }
    let batch: string[] = [];
    let chars = 0;
    for (let i = 0; i < expected; i++) {
      const row = await this.line(`dòng của bảng ${name} / rows of ${name}`);
      // Rows are JSON arrays; anything else means the sections are out of step.
      if (!row.startsWith('[') || !row.endsWith(']'))
        throw this.invalid(`dòng ${i + 1} của bảng ${name} hỏng / row ${i + 1} of ${name} is damaged`);
      batch.push(row);
      chars += row.length;
      if (batch.length >= maxRows || chars >= maxChars) {
        yield batch;
        batch = [];
        chars = 0;
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Reads the end line and checks that nothing follows it. */
  async finish(totalRows: number): Promise<void> {
    const end = endLineSchema.safeParse(parseJson(await this.line('dòng kết thúc / end line')));
    if (!end.success || end.data.rows !== totalRows)
      throw this.invalid('dòng kết thúc không khớp / end line does not match');
    if ((await nextLine(this.file, this.lines)) !== undefined)
      throw this.invalid('có dữ liệu sau dòng kết thúc / data after the end line');
  }

  /** Stops reading (closes the file). */
  async close(): Promise<void> {
    await this.lines.return(undefined);
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

async function nextLine(file: string, lines: AsyncGenerator<string>): Promise<string | undefined> {
  try {
    const r = await lines.next();
    return r.done ? undefined : r.value;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === 'ENOENT'
        ? 'không có tệp / no such file'
        : err.code === 'Z_BUF_ERROR'
          ? `tệp bị cắt cụt / truncated file (${err.message})`
          : err.message;
    throw new AppError('DB_DUMP_INVALID', { file, reason });
  }
}

/** The lines of a gzip file; errors of the file or of gzip (bad header, bad checksum, cut short) are thrown by the iteration. */
async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const input = createReadStream(file);
  input.on('error', (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  gunzip.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const p of parts) yield p;
    }
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (rest !== '') yield rest;
}

/**
 * Reads a whole gzip file for its checksum; a damaged or cut file throws
 * DB_DUMP_INVALID. A row the database refuses may be a row that damage
 * changed: this tells the two apart.
 */
export async function checkDumpIntact(file: string): Promise<void> {
  const lines = readLines(file);
  while ((await nextLine(file, lines)) !== undefined) {
    // read to the end: gzip checks its checksum there
  }
}
