/**
 * Opening a zip archive (.xlsx or a .zip of CSV files) safely: the number of
 * entries, their declared uncompressed size in all and that of each part
 * against the limit of its kind (shared strings, a worksheet, styles, a CSV
 * file, anything else) are read from the archive's central directory and
 * checked BEFORE anything is inflated (OWASP ASVS 5.0, 5.2.3). Each entry's
 * inflated bytes are then counted as they stream, and it is cut off past what
 * it declared or past the limit of its kind, and the archive past its overall
 * limit, so a lying directory cannot smuggle a bomb past the checks.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import unzipper, { type CentralDirectory, type CentralDirectoryFile } from 'unzipper';
import { AppError } from '../errors.js';

/** What a part of an archive is, for its limit. */
export type PartKind = 'sharedStrings' | 'worksheet' | 'styles' | 'csv' | 'other';

const MB = 1024 * 1024;

/**
 * Limits of an archive. The province workbook of the demo (227,000 rows) has
 * 18 entries and 64 MB uncompressed: shared strings 5.2 MB, its largest
 * worksheet 24 MB, styles 2 KB. A register workbook needs a few dozen entries,
 * a CSV zip nine. Shared strings and styles are held in memory whole while
 * the worksheets are read, so their limits are the tightest.
 */
export const archiveLimits = {
  /** Entries (files and folders) in the central directory. */
  maxEntries: 2_000,
  /** Sum of the uncompressed sizes of all entries, declared and actual. */
  maxUncompressedBytes: 500 * MB,
  /** Uncompressed size of one part, declared and actual, by its kind. */
  maxPartBytes: {
    sharedStrings: 64 * MB,
    worksheet: 256 * MB,
    styles: 16 * MB,
    csv: 256 * MB,
    other: 16 * MB,
  } satisfies Record<PartKind, number>,
};
export type ArchiveLimits = typeof archiveLimits;

/** The kind of a part by its path in the archive: `xl/sharedStrings.xml`, `xl/worksheets/sheet1.xml`, `people.csv`... */
export function partKind(path: string): PartKind {
  const p = path.toLowerCase();
  if (p === 'xl/sharedstrings.xml') return 'sharedStrings';
  if (p === 'xl/styles.xml') return 'styles';
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(p)) return 'worksheet';
  if (p.endsWith('.csv')) return 'csv';
  return 'other';
}

/** The kind of a part in messages (both languages: registry parameters are shared). */
export const partKindNames: Record<PartKind, string> = {
  sharedStrings: 'chuỗi dùng chung / shared strings',
  worksheet: 'trang tính / worksheet',
  styles: 'định dạng / styles',
  csv: 'tệp CSV / CSV file',
  other: 'phần khác / other part',
};

/** `500 MB`, `612.3 MB` (`2 KB` below a megabyte): sizes in messages. */
export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

const what = {
  entries: 'số tệp bên trong / entries',
  size: 'dung lượng khi giải nén / uncompressed size',
  entrySize: 'dung lượng giải nén thực của tệp bên trong / actual uncompressed size of the entry',
};

function partTooLarge(
  file: string,
  entry: string,
  kind: PartKind,
  max: number,
  value: number,
  when: 'declared' | 'inflated',
): AppError {
  const params = { file: basename(file), part: entry, kind: partKindNames[kind], max: megabytes(max) };
  return new AppError('ARCHIVE_PART_TOO_LARGE', params, { limit: 'part', part: entry, kind, max, [when]: value });
}

function tooLarge(
  file: string,
  kind: keyof typeof what,
  value: number | string,
  max: number | string,
  entry?: string,
): AppError {
  const params = { file: basename(file), what: entry ? `${what[kind]} "${entry}"` : what[kind], value, max };
  return new AppError('ARCHIVE_TOO_LARGE', params, { limit: kind, value, max, ...(entry ? { entry } : {}) });
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const f = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await f.read(Buffer.alloc(length), 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await f.close();
  }
}

/**
 * The entry count of the end-of-central-directory record (zip64 included),
 * read from the file's tail alone: a directory of millions of entries is
 * refused before it is parsed. Null when the record is not found (not a zip).
 */
async function declaredEntryCount(path: string): Promise<number | null> {
  const size = (await stat(path)).size;
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(path, size - tailLength, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const count = tail.readUInt16LE(i + 10);
    const offset = tail.readUInt32LE(i + 16);
    if (count !== 0xffff && offset !== 0xffffffff) return count;
    if (i < 20 || tail.readUInt32LE(i - 20) !== ZIP64_LOCATOR) return count;
    const record = await readAt(path, Number(tail.readBigUInt64LE(i - 20 + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) return count;
    return Number(record.readBigUInt64LE(32));
  }
  return null;
}

/** Whether a file starts as a zip archive does (a local file header, or the directory of an empty archive). */
export async function isZipFile(path: string): Promise<boolean> {
  const head = await readAt(path, 0, 4);
  return head.length === 4 && (head.readUInt32LE(0) === 0x04034b50 || head.readUInt32LE(0) === EOCD);
}

/** An opened archive: its entries, each streamed through a guard that holds it to its declared size. */
export interface CheckedArchive {
  entries: CentralDirectoryFile[];
  /** The entry at this exact path. */
  entry(path: string): CentralDirectoryFile | undefined;
  /**
   * The inflated content of an entry, cut off with ARCHIVE_TOO_LARGE past its
   * declared size or the archive's overall limit, with ARCHIVE_PART_TOO_LARGE
   * past the limit of its kind.
   */
  stream(entry: CentralDirectoryFile): Readable;
}

/** Opens a zip archive after checking its entry count and declared uncompressed size; inflates nothing. */
export async function openArchive(path: string, limits: ArchiveLimits = archiveLimits): Promise<CheckedArchive> {
  const count = await declaredEntryCount(path);
  if (count === null) throw new Error('not a zip archive (no end of central directory record)');
  if (count > limits.maxEntries) throw tooLarge(path, 'entries', count, limits.maxEntries);
  const zip: CentralDirectory = await unzipper.Open.file(path);
  if (zip.files.length > limits.maxEntries) throw tooLarge(path, 'entries', zip.files.length, limits.maxEntries);
  const total = zip.files.reduce((n, f) => n + f.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes)
    throw tooLarge(path, 'size', megabytes(total), megabytes(limits.maxUncompressedBytes));
  for (const f of zip.files) {
    const kind = partKind(f.path);
    if (f.uncompressedSize > limits.maxPartBytes[kind])
      throw partTooLarge(path, f.path, kind, limits.maxPartBytes[kind], f.uncompressedSize, 'declared');
  }
  // Inflated bytes of every entry read so far (a CSV's first chunk is read twice: once to sniff its separator).
  let inflated = 0;
  return {
    entries: zip.files,
    entry: (p) => zip.files.find((f) => f.path === p),
    stream(entry) {
      const kind = partKind(entry.path);
      const partMax = limits.maxPartBytes[kind];
      let seen = 0;
      const guard = new Transform({
        transform(chunk: Buffer, _enc, done) {
          seen += chunk.length;
          inflated += chunk.length;
          // Counted as they come, whatever the directory says: its sizes passed the checks above, the content must too.
          if (seen > partMax) done(partTooLarge(path, entry.path, kind, partMax, seen, 'inflated'));
          else if (seen > entry.uncompressedSize)
            done(tooLarge(path, 'entrySize', `${seen} B`, `${entry.uncompressedSize} B`, entry.path));
          else if (inflated > limits.maxUncompressedBytes)
            done(tooLarge(path, 'size', megabytes(inflated), megabytes(limits.maxUncompressedBytes)));
          else done(null, chunk);
        },
      });
      const source = entry.stream();
      source.on('error', (e) => guard.destroy(e));
      guard.on('close', () => source.destroy());
      return source.pipe(guard);
    },
  };
}
