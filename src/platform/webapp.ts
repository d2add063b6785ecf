/**
 * Serves the admin web app (web/, built by `npm run build` into web/dist) at
 * /admin/. Any /admin/ path that is not a file is a route of the app, answered
 * with index.html so that a reload or a shared link works. The build writes a
 * brotli and a gzip copy beside each file; a browser that accepts one gets it
 * (content-encoding, vary: accept-encoding).
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

export const webDistDir = join(projectRoot, 'web/dist');

/** A path whose last segment has a dot names a file: a missing file is a 404, never the app's page. */
const looksLikeFile = (path: string) => /\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '');

const notBuilt =
  'Ứng dụng web chưa được build: chạy `npm run build`. / The web app is not built: run `npm run build`.\n';

/**
 * Registers /admin/: the built files, and index.html for every other path.
 * Files are looked up per request (none are listed at start), so a build made
 * while the server runs is served at once; without a build, /admin/ says how to make one.
 */
export async function webApp(app: FastifyInstance, { distDir = webDistDir }: { distDir?: string } = {}): Promise<void> {
  await app.register(fastifyStatic, { root: distDir, serve: false, preCompressed: true });
  app.get('/admin', (_req, reply) => reply.redirect('/admin/'));
  app.get('/admin/*', (req, reply) => {
    const path = (req.params as { '*': string })['*'];
    // the body depends on accept-encoding (a brotli or gzip copy, or the file): caches must key on it
    reply.header('vary', 'accept-encoding');
    if (looksLikeFile(path)) {
      // hashed file names under assets/ never change; everything else is revalidated
      reply.header('cache-control', path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.sendFile(path, { cacheControl: false });
    }
    if (!existsSync(`${distDir}/index.html`)) return reply.code(503).type('text/plain; charset=utf-8').send(notBuilt);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
