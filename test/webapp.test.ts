/** /admin/ serves the built web app: its files, and index.html for the app's own routes. */
import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandling } from '../src/platform/http.js';
import { webApp } from '../src/platform/webapp.js';

async function appFor(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(errorHandling);
  await webApp(app, { distDir });
  return app;
}

describe('the web app at /admin/', () => {
  const dist = mkdtempSync(join(tmpdir(), 'gr-dist-'));
  const empty = mkdtempSync(join(tmpdir(), 'gr-nodist-'));
  let app: FastifyInstance;
  beforeAll(async () => {
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets/index-abc123.js'), 'console.log(1)');
    app = await appFor(dist);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it('answers the app\'s routes with index.html, revalidated on every visit', async () => {
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

  it('serves nothing outside the build directory', async () => {
    for (const url of ['/admin/../package.json', '/admin/%2e%2e/package.json', '/admin/assets/..%2f..%2fpackage.json']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).not.toBe(200);
      expect(r.body).not.toContain('"dependencies"');
    }
  });

  it('says how to build the app when there is no build', async () => {
    const bare = await appFor(empty);
    const r = await bare.inject('/admin/');
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('npm run build:web');
    await bare.close();
  });
});
