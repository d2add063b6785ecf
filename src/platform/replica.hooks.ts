/**
 * Read-your-writes with a read replica (src/platform/replica.ts): a request
 * that wrote gets the primary's log position in a cookie; a later read with
 * it is served from the primary until the replica has replayed that far.
 */
import type { FastifyInstance } from 'fastify';
import { lsnValue, type ReadRouting } from './replica.js';

/** The log position after the browser's last write: a hint only, it can send the reads to the primary and nowhere else. */
export const WROTE_COOKIE = 'grassroots_lsn';

/** Routes whose writes are batched in memory: nothing of theirs is in the log when they answer. */
const batched = new Set(['/api/portal/views']);

export function readYourWrites(app: FastifyInstance, routing: ReadRouting): void {
  app.addHook('preHandler', (req, _reply, done) => {
    const lsn = req.cookies?.[WROTE_COOKIE];
    if (!lsn || lsnValue(lsn) === null) return done();
    routing.readerFor(lsn).then((db) => routing.runWith(db, done), done);
  });
  // before the cookie plugin's own onSend hook (registered later), which writes the Set-Cookie headers
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || reply.statusCode >= 400)
      return payload;
    if (batched.has(req.routeOptions.url ?? '')) return payload;
    const lsn = await routing.writtenUpTo().catch(() => null);
    if (lsn)
      reply.setCookie(WROTE_COOKIE, lsn, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        maxAge: 3600,
      });
    return payload;
  });
}
