/**
 * Workbooks built to blow up: parts that inflate far beyond their compressed
 * size, or whose XML costs far more to parse than it weighs. Each part is
 * deflated as a stream from a generator of text, so a test can describe
 * hundreds of megabytes that never sit in memory; the archive itself is a few
 * hundred kilobytes.
 */
import { createDeflateRaw } from 'node:zlib';
import { rawZip, type RawEntry } from './upload.js';

/** `text` repeated until `bytes` bytes, in chunks of about 1 MB. */
export function* repeat(text: string, bytes: number): Generator<string> {
  const chunk = text.repeat(Math.max(1, Math.floor((1024 * 1024) / Buffer.byteLength(text))));
  const size = Buffer.byteLength(chunk);
  let left = bytes;
  for (; left >= size; left -= size) yield chunk;
  const rest = Math.floor(left / Buffer.byteLength(text));
  if (rest > 0) yield text.repeat(rest);
}

/** Rows numbered from 2 (the header is row 1), each written by `row`, until `bytes` bytes, in chunks of about 1 MB. */
export function* numberedRows(row: (n: number) => string, bytes: number): Generator<string> {
  let n = 2;
  for (let left = bytes; left > 0; ) {
    let chunk = '';
    while (chunk.length < 1024 * 1024 && chunk.length < left) chunk += row(n++);
    left -= Buffer.byteLength(chunk);
    yield chunk;
  }
}

/** Raw deflate of the concatenated pieces, fed one at a time; the uncompressed size beside it. */
export async function deflated(pieces: Iterable<string>): Promise<{ data: Buffer; size: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve, reject) => z.on('end', resolve).on('error', reject));
  let size = 0;
  for (const p of pieces) {
    const b = Buffer.from(p);
    size += b.length;
    if (!z.write(b)) await new Promise((resolve) => z.once('drain', resolve));
  }
  z.end();
  await ended;
  return { data: Buffer.concat(out), size };
}

const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A worksheet of the `people` sheet: its header row, then `rows` (XML text) as given. */
export function* worksheet(rows: Iterable<string> = []): Generator<string> {
  const header = [
    'person_code',
    'full_name',
    'birth_date',
    'gender',
    'ethnicity',
    'residence_village_code',
    'commune_official',
  ];
  yield `${head}<worksheet xmlns="${main}"><sheetData><row r="1">`;
  yield header.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('');
  yield '</row>';
  yield* rows;
  yield '</sheetData></worksheet>';
}

export interface HostilePart {
  /** The part's content, as pieces of text. */
  content: Iterable<string>;
  /** The size the directory declares; the true size when omitted (an honest archive). */
  declaredSize?: number;
}

/**
 * An .xlsx of one sheet, `people` (xl/worksheets/sheet1.xml, a header row only
 * unless given), with the given parts added or replaced by path:
 * `xl/sharedStrings.xml`, `xl/styles.xml`, `xl/worksheets/sheet1.xml`...
 */
export async function hostileWorkbook(parts: Record<string, HostilePart>): Promise<Buffer> {
  const all: Record<string, HostilePart> = {
    '[Content_Types].xml': {
      content: [
        `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          '<Default Extension="xml" ContentType="application/xml"/></Types>',
      ],
    },
    '_rels/.rels': {
      content: [
        `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
    },
    'xl/workbook.xml': {
      content: [
        `${head}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="people" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
    },
    'xl/_rels/workbook.xml.rels': {
      content: [
        `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ],
    },
    'xl/worksheets/sheet1.xml': { content: worksheet() },
    ...parts,
  };
  const entries: RawEntry[] = [];
  for (const [name, part] of Object.entries(all)) {
    const { data, size } = await deflated(part.content);
    entries.push({ name, data, method: 8, declaredSize: part.declaredSize ?? size });
  }
  return rawZip(entries);
}
