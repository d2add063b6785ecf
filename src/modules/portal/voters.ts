/**
 * Who a poll's voter is, the same way for the vote and for the pages: a
 * signed-in account by its id; a guest by the visitor cookie and by a hash of
 * address and browser (per poll). The ballot guard (the unique indexes of
 * portal_poll_ballots) refuses a second ballot of either; a page shows a
 * poll's results instead of its form to whoever the guard would refuse.
 *
 * The pages are cached for everybody, so a vote also sets a small cookie, the
 * voted hint, naming the polls this browser voted in. Only a request with the
 * hint for a poll open on the page is rendered for itself (and asks the
 * database whether the ballot is there); every other visitor gets the cached
 * page without any per-request work.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { SESSION_COOKIE } from '../auth/access.js';
import { resolveSession } from '../auth/auth.service.js';
import { ballotsOf } from './polls.repository.js';

/** The visitor session: set by the beacon (or a vote) when missing; also a guest's ballot cookie. */
export const VISITOR_COOKIE = 'grassroots_visitor';
/** The polls this browser voted in (ids joined by dots): a hint only, checked against the ballots. */
export const VOTED_COOKIE = 'grassroots_voted';
/** How many polls the hint remembers, the latest first. */
const VOTED_MAX = 20;
const YEAR = 365 * 86400;

export const visitorOf = (req: FastifyRequest): string | null => {
  const v = req.cookies[VISITOR_COOKIE];
  return v && /^[A-Za-z0-9_-]{16,64}$/.test(v) ? v : null;
};

export function ensureVisitor(req: FastifyRequest, reply: FastifyReply): string {
  const known = visitorOf(req);
  if (known) return known;
  const id = randomBytes(18).toString('base64url');
  // Lax, not Strict: a visitor arriving from a link elsewhere is the same visitor
  reply.setCookie(VISITOR_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: YEAR,
  });
  return id;
}

/** A guest's second key for a poll: the address and browser, hashed per poll so it links nothing across polls. */
export const guestHash = (req: FastifyRequest, pollId: number) =>
  createHash('sha256')
    .update(`${pollId}\n${req.ip}\n${req.headers['user-agent'] ?? ''}`)
    .digest('base64url');

const hintPattern = new RegExp(`(?:^|;)\\s*${VOTED_COOKIE}=([0-9.]{1,300})`);

/**
 * The polls named by the voted hint, read from the raw Cookie header: the
 * page cache's fast path runs before the cookie plugin has parsed anything.
 */
export function votedHint(cookieHeader: string | undefined): number[] {
  if (!cookieHeader?.includes(VOTED_COOKIE)) return [];
  const m = hintPattern.exec(cookieHeader);
  if (!m) return [];
  return m[1]
    .split('.')
    .filter((s) => /^\d{1,10}$/.test(s))
    .map(Number)
    .filter((n) => n > 0 && n < 2 ** 31)
    .slice(0, VOTED_MAX);
}

/** Sets the voted hint to these polls (the first the latest); clears it when there is none. */
export function setVotedHint(req: FastifyRequest, reply: FastifyReply, pollIds: number[]): void {
  const ids = [...new Set(pollIds)].slice(0, VOTED_MAX);
  const options = { path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https' } as const;
  if (ids.length === 0) reply.clearCookie(VOTED_COOKIE, options);
  else reply.setCookie(VOTED_COOKIE, ids.join('.'), { ...options, maxAge: YEAR });
}

/** Adds a poll to the voted hint: after a ballot is recorded, or refused as a second one. */
export const rememberVote = (req: FastifyRequest, reply: FastifyReply, pollId: number) =>
  setVotedHint(req, reply, [pollId, ...votedHint(req.headers.cookie)]);

/** The signed-in account of a request that went through no access rule (a portal page), or null. */
async function accountOf(db: Db, req: FastifyRequest): Promise<number | null> {
  if (req.account) return req.account.id;
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  try {
    return (await resolveSession(db, token)).id;
  } catch (e) {
    if (e instanceof AppError && e.code === 'SESSION_EXPIRED') return null;
    throw e;
  }
}

/**
 * Of these polls, those in which the guard would refuse this request a
 * ballot: the account's, when signed in; else the guest's, by cookie or by
 * address and browser.
 */
export async function pollsVotedBy(db: Db, req: FastifyRequest, pollIds: number[]): Promise<number[]> {
  if (pollIds.length === 0) return [];
  const accountId = await accountOf(db, req);
  return ballotsOf(
    db,
    pollIds,
    accountId !== null
      ? { accountId }
      : { guestCookie: visitorOf(req), guestHashes: pollIds.map((id) => guestHash(req, id)) },
  );
}
