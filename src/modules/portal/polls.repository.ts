import { and, asc, desc, eq, inArray, isNotNull, lte, or, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { portalPollBallots, portalPollChoices, portalPollOptions, portalPolls } from '../../db/schema/index.js';

export interface PollFields {
  question: string;
  multiple: boolean;
  opensAt: string;
  closesAt: string | null;
}

export interface PollResult {
  id: number;
  question: string;
  multiple: boolean;
  opensAt: string;
  closesAt: string | null;
  ballots: number;
  options: { id: number; label: string; votes: number }[];
}

/** Open at now(): opened, and not closed yet. */
const isOpen = and(
  lte(portalPolls.opensAt, sql`now()`),
  or(isNull(portalPolls.closesAt), gt(portalPolls.closesAt, sql`now()`)),
);

/** Creates a poll with its options; call inside withActor (polls and options are audited). */
export async function insertPoll(db: Db, p: PollFields, options: string[]): Promise<number> {
  const [row] = await db.insert(portalPolls).values(p).returning({ id: portalPolls.id });
  await db.insert(portalPollOptions).values(options.map((label, position) => ({ pollId: row.id, label, position })));
  return row.id;
}

/** Changes a poll; its options are replaced only when `options` is given. Call inside withActor. */
export async function updatePoll(db: Db, id: number, p: PollFields, options: string[] | null): Promise<boolean> {
  const r = await db.update(portalPolls).set(p).where(eq(portalPolls.id, id)).returning({ id: portalPolls.id });
  if (r.length === 0) return false;
  if (options) {
    await db.delete(portalPollOptions).where(eq(portalPollOptions.pollId, id));
    await db.insert(portalPollOptions).values(options.map((label, position) => ({ pollId: id, label, position })));
  }
  return true;
}

export async function ballotCount(db: Db, pollId: number): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(portalPollBallots)
    .where(eq(portalPollBallots.pollId, pollId));
  return n;
}

/** Polls with their counts: one poll, the open ones, the latest closed ones, or all (editors). */
export async function pollResults(
  db: Db,
  which: { id: number } | 'open' | 'closed' | 'all',
  limit = 50,
): Promise<PollResult[]> {
  const where =
    which === 'open'
      ? isOpen
      : which === 'closed'
        ? and(isNotNull(portalPolls.closesAt), lte(portalPolls.closesAt, sql`now()`))
        : which === 'all'
          ? undefined
          : eq(portalPolls.id, which.id);
  const polls = await db
    .select({
      id: portalPolls.id,
      question: portalPolls.question,
      multiple: portalPolls.multiple,
      opensAt: portalPolls.opensAt,
      closesAt: portalPolls.closesAt,
      // qualified by hand: drizzle writes a bare "id" here, which the subquery would take as its own
      ballots: sql<number>`(select count(*)::int from portal_poll_ballots b where b.poll_id = portal_polls.id)`,
    })
    .from(portalPolls)
    .where(where)
    .orderBy(which === 'closed' ? desc(portalPolls.closesAt) : desc(portalPolls.opensAt), desc(portalPolls.id))
    .limit(limit);
  if (polls.length === 0) return [];
  const options = await db
    .select({
      id: portalPollOptions.id,
      pollId: portalPollOptions.pollId,
      label: portalPollOptions.label,
      votes: sql<number>`(select count(*)::int from portal_poll_choices c where c.option_id = portal_poll_options.id)`,
    })
    .from(portalPollOptions)
    .where(
      inArray(
        portalPollOptions.pollId,
        polls.map((p) => p.id),
      ),
    )
    .orderBy(asc(portalPollOptions.position), asc(portalPollOptions.id));
  return polls.map((p) => ({
    ...p,
    options: options.filter((o) => o.pollId === p.id).map(({ pollId: _p, ...o }) => o),
  }));
}

/** The poll with whether it is open now, and its option ids; null when there is none. */
export async function pollForVote(db: Db, id: number) {
  const [p] = await db
    .select({ id: portalPolls.id, multiple: portalPolls.multiple, open: sql<boolean>`coalesce(${isOpen}, false)` })
    .from(portalPolls)
    .where(eq(portalPolls.id, id));
  if (!p) return null;
  const options = await db
    .select({ id: portalPollOptions.id })
    .from(portalPollOptions)
    .where(eq(portalPollOptions.pollId, id));
  return { ...p, optionIds: options.map((o) => o.id) };
}

export type Voter = { accountId: number } | { guestCookie: string; guestHash: string };

/**
 * Records a ballot and its choices. One ballot per voter is the unique
 * indexes' job: a second ballot fails with the database's unique violation,
 * which the caller maps to its error; nothing is checked beforehand, so two
 * ballots sent at once cannot both pass.
 */
export async function insertBallot(db: Db, pollId: number, voter: Voter, optionIds: number[]): Promise<void> {
  await db.transaction(async (tx) => {
    const [b] = await tx
      .insert(portalPollBallots)
      .values({ pollId, ...voter })
      .returning({ id: portalPollBallots.id });
    await tx.insert(portalPollChoices).values(optionIds.map((optionId) => ({ ballotId: b.id, optionId })));
  });
}

/**
 * Of these polls, those holding a ballot of the voter: an account's, or a
 * guest's by its cookie or by one of its hashes of address and browser.
 */
export async function ballotsOf(
  db: Db,
  pollIds: number[],
  voter: { accountId: number } | { guestCookie: string | null; guestHashes: string[] },
): Promise<number[]> {
  if (pollIds.length === 0) return [];
  const who =
    'accountId' in voter
      ? eq(portalPollBallots.accountId, voter.accountId)
      : or(
          ...(voter.guestCookie === null ? [] : [eq(portalPollBallots.guestCookie, voter.guestCookie)]),
          ...(voter.guestHashes.length === 0 ? [] : [inArray(portalPollBallots.guestHash, voter.guestHashes)]),
        );
  if (!who) return [];
  const found = await db
    .selectDistinct({ pollId: portalPollBallots.pollId })
    .from(portalPollBallots)
    .where(and(inArray(portalPollBallots.pollId, pollIds), who));
  return found.map((r) => r.pollId);
}

/** Whether an error is PostgreSQL's unique violation (23505), as drizzle wraps it on either engine. */
export function isUniqueViolation(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && i < 4; x = (x as { cause?: unknown }).cause, i++) {
    if ((x as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
