/** Building uploads for route tests: multipart bodies and hand-made zip archives that lie as a zip bomb does. */

/** A multipart/form-data body holding the given files; spread into app.inject's options. */
export function multipart(files: { name: string; content: Buffer | string; field?: string }[]): {
  payload: Buffer;
  headers: { 'content-type': string };
} {
  const boundary = `----grassroots-${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    parts.push(Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface RawEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size the directory claims; the data's length when omitted. */
  declaredSize?: number;
  /** 0: stored; 8: deflated (the data must then be raw deflate, or garbage to show it is never inflated). */
  method?: 0 | 8;
}

/** A little-endian record of `length` bytes: each field is [value, byte offset, width]. */
function record(length: number, fields: [number | bigint, number, 2 | 4 | 8][]): Buffer {
  const b = Buffer.alloc(length);
  for (const [v, at, width] of fields) {
    if (width === 2) b.writeUInt16LE(Number(v), at);
    else if (width === 4) b.writeUInt32LE(Number(v), at);
    else b.writeBigUInt64LE(BigInt(v), at);
  }
  return b;
}

/**
 * A zip archive written byte by byte, so that it may declare what a real
 * writer never would: huge sizes, or (with zip64Count) a zip64 directory
 * record claiming millions of entries. CRCs are zero: nothing checks them
 * before the limits do.
 */
export function rawZip(entries: RawEntry[], opts: { zip64Count?: number } = {}): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.method ?? 0;
    const size = e.declaredSize ?? e.data.length;
    const local = record(30, [
      [0x04034b50, 0, 4],
      [20, 4, 2],
      [method, 8, 2],
      [e.data.length, 18, 4],
      [size, 22, 4],
      [name.length, 26, 2],
    ]);
    const cd = record(46, [
      [0x02014b50, 0, 4],
      [20, 4, 2],
      [20, 6, 2],
      [method, 10, 2],
      [e.data.length, 20, 4],
      [size, 24, 4],
      [name.length, 28, 2],
      [offset, 42, 4],
    ]);
    out.push(local, name, e.data);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  out.push(directory);
  if (opts.zip64Count !== undefined) {
    const count = BigInt(opts.zip64Count);
    out.push(
      record(56, [
        [0x06064b50, 0, 4],
        [44, 4, 8],
        [45, 12, 2],
        [45, 14, 2],
        [count, 24, 8],
        [count, 32, 8],
        [directory.length, 40, 8],
        [offset, 48, 8],
      ]),
      record(20, [
        [0x07064b50, 0, 4],
        [offset + directory.length, 8, 8],
        [1, 16, 4],
      ]),
      record(22, [
        [0x06054b50, 0, 4],
        [0xffff, 8, 2],
        [0xffff, 10, 2],
        [0xffffffff, 12, 4],
        [0xffffffff, 16, 4],
      ]),
    );
  } else {
    out.push(
      record(22, [
        [0x06054b50, 0, 4],
        [entries.length, 8, 2],
        [entries.length, 10, 2],
        [directory.length, 12, 4],
        [offset, 16, 4],
      ]),
    );
  }
  return Buffer.concat(out);
}
