/**
 * The portal's public endpoints: the view beacon (which answers the live
 * figures), the figures alone, and poll votes from a form (redirected back to
 * the page) or from the script (JSON).
 */
import formbody from '@fastify/formbody';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isbot } from 'isbot';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { limiterFor, type RateLimit } from '../../platform/rateLimit.js';
import { safeRedirectPath } from '../../platform/redirect.js';
import { isPublicArticle } from './articles.repository.js';
import type { Counter } from './counter.js';
import { liveStats, pollResult } from './portal.schema.js';
import { pollById, vote } from './portal.service.js';
import { ensureVisitor, guestHash, rememberVote, visitorOf } from './voters.js';

/**
 * New visitor sessions a client may start: beacons without a session the
 * counter knows (no cookie, a made-up one, or one forgotten after 30 minutes
 * idle). Over it, a beacon is answered with the figures but counts nothing.
 */
export const NEW_SESSION_LIMIT: RateLimit = { perAddress: 20, perPrefix: 200, windowMs: 10 * 60_000 };

/** Guest ballots a client may cast (across polls); over it, a ballot is refused with POLL_RATE_LIMITED. */
export const GUEST_BALLOT_LIMIT: RateLimit = { perAddress: 10, perPrefix: 50, windowMs: 60 * 60_000 };

const voteBody = z.object({
  option: z
    .union([z.coerce.number().int().positive(), z.array(z.coerce.number().int().positive())])
    .optional()
    .describe('The option chosen, or several in a multiple-choice poll'),
  // the portal sends no Referer: its pages say no-referrer
  back: z.string().max(300).optional().describe('The page the form is on, to go back to'),
});

/** A same-site page to go back to, without its query or fragment (the vote's outcome is added to it), never the API. */
function portalPage(candidate: string | undefined): string | null {
  if (candidate === undefined || candidate === '') return null;
  const path = safeRedirectPath(candidate, '').split(/[?#]/)[0];
  return path && !path.startsWith('/api/') ? path : null;
}

/** The page a form was sent from (this site only), to go back to; CR/LF in the return field is a 400. */
function backTo(req: FastifyRequest, back: string | undefined): string {
  const fromForm = portalPage(back);
  if (fromForm) return fromForm;
  try {
    const ref = new URL(req.headers.referer ?? '');
    if (ref.hostname === req.hostname) return portalPage(ref.pathname) ?? '/';
  } catch {
    // no referer, or not a URL
  }
  return '/';
}

export const portalRoutes: FastifyPluginAsyncZod<{ db: Db; counter: Counter }> = async (app, { db, counter }) => {
  await app.register(formbody);
  // keyed by req.ip: the address the outermost trusted proxy saw (GRASSROOTS_TRUST_PROXY), never a header's say-so
  // shared by the processes of one database when the counter is
  const newSessions = limiterFor(NEW_SESSION_LIMIT, counter.shared ? { db, name: 'new-session' } : null);
  const guestBallots = limiterFor(GUEST_BALLOT_LIMIT, counter.shared ? { db, name: 'guest-ballot' } : null);

  // whether an article is public, for a few seconds: the beacon does not ask the database each time
  const publicIds = new Map<number, { ok: boolean; until: number }>();
  const isPublic = async (id: number) => {
    const known = publicIds.get(id);
    if (known && known.until > Date.now()) return known.ok;
    const ok = await isPublicArticle(db, id);
    if (publicIds.size > 10_000) publicIds.clear();
    publicIds.set(id, { ok, until: Date.now() + 5000 });
    return ok;
  };

  app.post(
    '/views',
    {
      config: { access: 'public' },
      schema: {
        summary: "Count a page view (the portal's beacon) and answer the live figures",
        description:
          'One view per visitor session per article per 30 minutes; crawlers are not counted. Sets the visitor cookie when missing. ' +
          'A client address may start 20 new sessions per 10 minutes (its /24 or /64 network 200): over that, the beacon is answered with the figures but counts nothing.',
        tags: ['portal'],
        body: z
          .object({
            article: z
              .number()
              .int()
              .positive()
              .max(2 ** 31 - 1)
              .optional()
              .describe("The article's id, on an article's page"),
          })
          .nullish(),
        response: { 200: liveStats },
      },
    },
    async (req, reply) => {
      const articleId = req.body?.article ?? null;
      const known = articleId !== null && (await isPublic(articleId)) ? articleId : null;
      const uncounted = async () => ({
        ...(await counter.stats()),
        views: known === null ? null : await counter.views(known),
      });
      if (isbot(req.headers['user-agent'] ?? '')) return uncounted();
      const session = visitorOf(req);
      // a session the counter does not know would be a new visit and new views: limited per address and network
      if ((session === null || !(await counter.knows(session))) && !(await newSessions.take(req.ip)))
        return uncounted();
      const visitor = ensureVisitor(req, reply);
      return counter.hit(visitor, req.account !== null, known);
    },
  );

  app.get(
    '/stats',
    {
      config: { access: 'public' },
      schema: { summary: 'Online now and visits since the start', tags: ['portal'], response: { 200: liveStats } },
    },
    async () => counter.stats(),
  );

  app.post(
    '/polls/:id/vote',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Vote in a poll: one ballot per account, or per guest (cookie, and address with browser)',
        description:
          'A form (application/x-www-form-urlencoded) is answered with a redirect back to the page, which shows the results; JSON with the results. ' +
          "A recorded ballot, or one refused as a second, sets the voted hint (cookie grassroots_voted): the portal's pages then show this browser the results instead of the form. " +
          'Guests: at most 10 ballots per client address per hour (50 per /24 or /64 network), over that POLL_RATE_LIMITED (429).',
        tags: ['portal'],
        params: z.object({
          id: z.coerce
            .number()
            .int()
            .positive()
            .max(2 ** 31 - 1)
            .describe("The poll's id"),
        }),
        body: voteBody,
        response: {
          200: pollResult,
          303: z
            .undefined()
            .describe(
              "A form's vote: a redirect back to its page (Location), whatever the outcome, which the page shows",
            ),
        },
        errors: [
          'POLL_NOT_FOUND',
          'POLL_NOT_OPEN',
          'POLL_NO_CHOICE',
          'POLL_SINGLE_CHOICE',
          'POLL_OPTION_UNKNOWN',
          'POLL_ALREADY_VOTED',
        ],
      },
    },
    async (req, reply) => {
      const pollId = req.params.id;
      const options = req.body.option === undefined ? [] : [req.body.option].flat();
      const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      // where a form goes back to, checked before the vote: a refused return address records nothing
      const back = form ? backTo(req, req.body.back) : '/';
      const guest = req.account === null;
      let limited = false;
      try {
        // a guest's ballot takes a token, given back when no ballot was recorded
        if (guest && !(await guestBallots.take(req.ip))) {
          limited = true;
          throw new AppError('POLL_RATE_LIMITED');
        }
        const voter = req.account
          ? { accountId: req.account.id }
          : { guestCookie: ensureVisitor(req, reply), guestHash: guestHash(req, pollId) };
        let result: Awaited<ReturnType<typeof vote>>;
        try {
          result = await vote(db, pollId, voter, options);
        } catch (e) {
          if (guest) await guestBallots.giveBack(req.ip);
          throw e;
        }
        // the pages show this browser the results from now on, not the form
        rememberVote(req, reply, pollId);
        if (form) return reply.redirect(`${back}?binh-chon=${pollId}&kq=ok#binh-chon`, 303);
        return result;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        // voted before (perhaps from a browser that did not keep the hint): the pages show the results too
        if (e.code === 'POLL_ALREADY_VOTED') rememberVote(req, reply, pollId);
        const outcome = e.code === 'POLL_ALREADY_VOTED' ? 'da-binh-chon' : limited ? 'gioi-han' : 'loi';
        if (form) return reply.redirect(`${back}?binh-chon=${pollId}&kq=${outcome}#binh-chon`, 303);
        if (e.code === 'POLL_ALREADY_VOTED') {
          // the voter sees the results they would have seen after their first vote
          throw new AppError('POLL_ALREADY_VOTED', {}, { poll: await pollById(db, pollId) });
        }
        throw e;
      }
    },
  );
};
