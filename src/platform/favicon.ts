/**
 * The site's icon, for the portal and the admin app alike: a gold five-pointed
 * star on a red rounded square. `/favicon.svg` is the drawing; `/favicon.ico`
 * is the same drawing rasterised here at 32×32 (a PNG inside an ICO, which
 * every browser that asks for /favicon.ico on its own reads). Both are made
 * once, at start, from the one geometry below: nothing to keep in step.
 */
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const SIZE = 64;
const RADIUS = 12;
const RED = [0xda, 0x25, 0x1d] as const;
const GOLD = [0xff, 0xcd, 0x00] as const;
const hex = (c: readonly number[]) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;

/** The star's ten corners, outer and inner by turns, the first pointing up. */
export const starPoints: [number, number][] = Array.from({ length: 10 }, (_, k) => {
  const r = k % 2 === 0 ? 22 : 22 * 0.382;
  const a = ((-90 + k * 36) * Math.PI) / 180;
  return [Math.round((32 + r * Math.cos(a)) * 100) / 100, Math.round((34 + r * Math.sin(a)) * 100) / 100];
});

export const faviconSvg =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">` +
  `<rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="${hex(RED)}"/>` +
  `<polygon points="${starPoints.map(([x, y]) => `${x},${y}`).join(' ')}" fill="${hex(GOLD)}"/></svg>\n`;

function inRoundedSquare(x: number, y: number): boolean {
  const dx = Math.max(RADIUS - x, 0, x - (SIZE - RADIUS));
  const dy = Math.max(RADIUS - y, 0, y - (SIZE - RADIUS));
  return x >= 0 && y >= 0 && x <= SIZE && y <= SIZE && dx * dx + dy * dy <= RADIUS * RADIUS;
}

/** Even-odd rule. */
function inStar(x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = starPoints.length - 1; i < starPoints.length; j = i++) {
    const [xi, yi] = starPoints[i];
    const [xj, yj] = starPoints[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The drawing as RGBA pixels, px × px, each pixel sampled 4 × 4 times (smooth edges). */
export function rasterise(px: number): Buffer {
  const out = Buffer.alloc(px * px * 4);
  const n = 4;
  for (let row = 0; row < px; row++) {
    for (let col = 0; col < px; col++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((col + (sx + 0.5) / n) * SIZE) / px;
          const y = ((row + (sy + 0.5) / n) * SIZE) / px;
          if (!inRoundedSquare(x, y)) continue;
          covered++;
          const c = inStar(x, y) ? GOLD : RED;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      const at = (row * px + col) * 4;
      for (let i = 0; i < 3; i++) out[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      out[at + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  return out;
}

const crcTable = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels as a PNG (8 bits per channel, no filter). */
export function png(rgba: Buffer, px: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(px, 0);
  ihdr.writeUInt32BE(px, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: px }, (_, r) =>
      Buffer.concat([Buffer.from([0]), rgba.subarray(r * px * 4, (r + 1) * px * 4)]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO file holding one PNG image. */
export function ico(image: Buffer, px: number): Buffer {
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0); // reserved
  head.writeUInt16LE(1, 2); // an icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(px % 256, 6);
  head.writeUInt8(px % 256, 7);
  head.writeUInt16LE(1, 10); // colour planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(image.length, 14);
  head.writeUInt32LE(22, 18); // where the image starts
  return Buffer.concat([head, image]);
}

const etagOf = (body: string | Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** GET /favicon.svg and /favicon.ico, in every kind of process (the portal's pages and the admin app both name them). */
export async function faviconRoutes(app: FastifyInstance): Promise<void> {
  const files = [
    { url: '/favicon.svg', type: 'image/svg+xml', body: faviconSvg },
    { url: '/favicon.ico', type: 'image/x-icon', body: ico(png(rasterise(32), 32), 32) },
  ];
  for (const f of files) {
    const etag = etagOf(f.body);
    app.get(f.url, (req, reply) => {
      reply.header('content-type', f.type).header('cache-control', 'public, max-age=86400').header('etag', etag);
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.send(f.body);
    });
  }
}
