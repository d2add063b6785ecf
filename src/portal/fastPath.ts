/**
 * The fast path of the portal's cached pages: an onRequest hook registered
 * before every other plugin answers a GET of a URL the cache has already
 * served, with the same headers (helmet's included), before the cookie,
 * access and helmet hooks run. Everything else goes the usual way, and so
 * does a browser whose voted hint names a poll open on the page.
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { CachedPage, PageCache } from './cache.js';
import { votedHint } from '../modules/portal/voters.js';

/** Whether a request's voted hint names a poll whose form the page shows: such a page is rendered for the request. */
export const votedOnPage = (page: CachedPage, cookieHeader: string | undefined): boolean =>
  page.polls !== undefined && page.polls.length > 0 && votedHint(cookieHeader).some((id) => page.polls!.includes(id));

/** A page with its headers, or 304 when the browser has it (same ETag). */
export function sendPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage, headers: Record<string, string>) {
  reply.headers(headers);
  if (page.status === 200 && req.headers['if-none-match'] === page.etag) return reply.code(304).send();
  return reply.code(page.status).send(page.body);
}

export function portalFastPath(cache: PageCache): onRequestHookHandler {
  return function fastPath(req, reply, done) {
    const hit = req.method === 'GET' ? cache.servedFor(req.url) : undefined;
    // a browser that voted in a poll of the page sees its results: the page's own handler renders them
    if (!hit || votedOnPage(hit.page, req.headers.cookie)) return done();
    // answered here: the remaining hooks and the handler do not run
    void sendPage(req, reply, hit.page, hit.headers);
  };
}
