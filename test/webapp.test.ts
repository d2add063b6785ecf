/** /admin/ serves the built web app: its files, and index.html for the app's own routes. */
import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandling } from '../src/platform/http.js';
import { webApp } from '../src/platform/webapp.js';
import { precompress } from '../scripts/build.js';

async function appFor(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(errorHandling);
  await webApp(app, { distDir });
  return app;
}

const bigScript = Array.from({ length: 400 }, (_, i) => `export const v${i} = ${i};`).join('\n');

describe('the web app at /admin/', () => {
  const dist = mkdtempSync(join(tmpdir(), 'gr-dist-'));
  const empty = mkdtempSync(join(tmpdir(), 'gr-nodist-'));
  let app: FastifyInstance;
  beforeAll(async () => {
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets/index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets/big-abc123.js'), bigScript);
    precompress(dist);
    app = await appFor(dist);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it("answers the app's routes with index.html, revalidated on every visit", async () => {
    for (const url of ['/admin/', '/admin/villages', '/admin/villages/11953-001?at=2020-01-01']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toMatch(/text\/html/);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.body).toContain('<div id="root">');
    }
    const bare = await app.inject('/admin');
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/admin/');
  });

  it('serves hashed assets for a year, and a missing file as a 404 in the error format, never as the page', async () => {
    const js = await app.inject('/admin/assets/index-abc123.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await app.inject('/admin/assets/index-old999.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it("sends the build's brotli or gzip copy to a browser that accepts it, the file itself to one that does not", async () => {
    const br = await app.inject({
      url: '/admin/assets/big-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(bigScript.length / 3);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(bigScript);
    const gz = await app.inject({ url: '/admin/assets/big-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(bigScript);
    const plain = await app.inject({ url: '/admin/assets/big-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bigScript);
    // a file under 1 KB has no compressed copy and goes as it is
    const small = await app.inject({ url: '/admin/assets/index-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toBe('console.log(1)');
  });

  it('serves nothing outside the build directory', async () => {
    for (const url of [
      '/admin/../package.json',
      '/admin/%2e%2e/package.json',
      '/admin/assets/..%2f..%2fpackage.json',
    ]) {
      const r = await app.inject(url);
      expect(r.statusCode, url).not.toBe(200);
      expect(r.body).not.toContain('"dependencies"');
    }
  });

  it('says how to build the app when there is no build', async () => {
    const bare = await appFor(empty);
    const r = await bare.inject('/admin/');
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('npm run build');
    await bare.close();
  });
});
