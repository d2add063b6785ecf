/**
 * The fast path of the portal's cached pages: an onRequest hook registered
 * before every other plugin answers a GET of a URL the cache has already
 * served, with the same headers (helmet's included), before the cookie,
 * access and helmet hooks run. Everything else goes the usual way.
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { CachedPage, PageCache } from './cache.js';

/** A page with its headers, or 304 when the browser has it (same ETag). */
export function sendPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage, headers: Record<string, string>) {
  reply.headers(headers);
  if (page.status === 200 && req.headers['if-none-match'] === page.etag) return reply.code(304).send();
  return reply.code(page.status).send(page.body);
}

export function portalFastPath(cache: PageCache): onRequestHookHandler {
  return function fastPath(req, reply, done) {
    const hit = req.method === 'GET' ? cache.servedFor(req.url) : undefined;
    if (!hit) return done();
    // answered here: the remaining hooks and the handler do not run
    void sendPage(req, reply, hit.page, hit.headers);
  };
}
