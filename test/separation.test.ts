/**
 * `--only portal` and `--only admin`: a process for the internet that mounts
 * nothing of the register, and one for the internal network that mounts
 * nothing of the portal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Database } from '../src/platform/db.js';
import { createTestDatabase } from './db.js';
import { startServer, type ServerProcess } from './process.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The admin side's routes and the portal's, by prefix. */
const isAdmin = (url: string) =>
  url.startsWith('/api/') && url !== '/api/health' && url !== '/api/ready' && !url.startsWith('/api/portal');
const isPortal = (url: string) =>
  url === '/' ||
  url.startsWith('/api/portal') ||
  url.startsWith('/tin-tuc') ||
  url.startsWith('/rss') ||
  url.startsWith('/anh/');

describe('one process for the portal, another for the register', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(async () => database?.close());

  const routesOf = async (only: 'admin' | 'portal' | undefined) => {
    const app = await buildApp({ database, only });
    const urls = [...new Set(app.routePaths)];
    await app.close();
    return { urls, api: urls.filter((u) => u.startsWith('/api/')) };
  };

  it('--only portal mounts no admin API', async () => {
    const { urls, api } = await routesOf('portal');
    expect(api.filter(isAdmin)).toEqual([]);
    expect(api).toContain('/api/health');
    expect(api).toContain('/api/ready');
    expect(urls).toContain('/metrics');
    expect(api).toContain('/api/portal/views');
    expect(urls.filter((u) => u.startsWith('/admin') || u.startsWith('/api/editorial'))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining(['/', '/tin-tuc/:ref', '/rss.xml', '/anh/:id']));
  });

  it('--only admin mounts no portal page or endpoint', async () => {
    const { urls, api } = await routesOf('admin');
    expect(urls.filter(isPortal)).toEqual([]);
    expect(api).toContain('/api/auth/login');
    expect(api).toContain('/api/people/:code');
    expect(api).toContain('/api/editorial/articles');
  });

  it('serves both by default', async () => {
    const { urls } = await routesOf(undefined);
    expect(urls.filter(isPortal).length).toBeGreaterThan(4);
    expect(urls).toContain('/api/editorial/articles');
  });

  describe('as a real process', () => {
    let server: ServerProcess;
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-portal-'));
    beforeAll(async () => {
      server = await startServer({ GRASSROOTS_DATA: dir, GRASSROOTS_DEMO: '0', GRASSROOTS_ONLY: 'portal' });
    });
    afterAll(async () => {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers 404 for the register and its sign-in, and prints no administrator password', async () => {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      for (const path of ['/api/auth/login', '/api/indicators?scope=33&at=2020-01-01', '/api/people/x']) {
        const r = await fetch(`${server.url}${path}`, { method: path.endsWith('login') ? 'POST' : 'GET' });
        expect(r.status).toBe(404);
      }
      expect(server.stderr()).not.toMatch(/one-time password|mật khẩu dùng một lần/);
    });

    it("serves the portal's pages and beacon, and not the editors' API or the admin app", async () => {
      const home = await fetch(`${server.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Hiện tại không có bình chọn nào đang hoạt động.');
      expect(
        (
          await fetch(`${server.url}/api/portal/views`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          })
        ).status,
      ).toBe(200);
      expect((await fetch(`${server.url}/api/editorial/articles`)).status).toBe(404);
      expect((await fetch(`${server.url}/admin/`)).status).toBe(404);
    });
  });
});
