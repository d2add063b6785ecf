/**
 * What the processes serving one database share instead of keeping it in
 * memory each: the portal's visitor sessions (presence, for "online now" and
 * the start of a visit) and the views each session was counted for, the
 * per-client rate limits' buckets, and failed sign-ins (per address, and per
 * user name that has no account). Rows expire: they are pruned once their
 * window has passed. Not audited: they are counters, not records.
 *
 * The first three are UNLOGGED (written by hand in migration 0012, which
 * drizzle does not express): no write-ahead log, so a write waits for no
 * disk flush, they are not sent to replicas, and a crash of PostgreSQL
 * empties them (who was online, which views of the last half hour were
 * counted, the buckets, which come back full). Failed sign-ins are logged.
 */
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { portalArticles } from './portal.js';

/** A visitor session as last seen by any process (times in epoch milliseconds of the process that saw it). */
export const portalPresence = pgTable(
  'portal_presence',
  {
    visitor: text('visitor').primaryKey(),
    member: boolean('member').notNull(),
    seenMs: bigint('seen_ms', { mode: 'number' }).notNull(),
    /** Whether the last write of this row started a new visit (read back by the write that made it). */
    newVisit: boolean('new_visit').notNull(),
  },
  (t) => [index('portal_presence_seen').on(t.seenMs)],
);

/** When a session's view of an article was last counted. */
export const portalSessionViews = pgTable(
  'portal_session_views',
  {
    visitor: text('visitor').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => portalArticles.id, { onDelete: 'cascade' }),
    viewedMs: bigint('viewed_ms', { mode: 'number' }).notNull(),
    /** Whether the last write of this row counted a view (read back by the write that made it). */
    counted: boolean('counted').notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitor, t.articleId] }), index('portal_session_views_viewed').on(t.viewedMs)],
);

/** A token bucket of a rate limit (src/platform/rateLimit.ts), by limit and client key. */
export const rateBuckets = pgTable(
  'rate_buckets',
  {
    key: text('key').primaryKey(),
    tokens: doublePrecision('tokens').notNull(),
    atMs: bigint('at_ms', { mode: 'number' }).notNull(),
  },
  (t) => [index('rate_buckets_at').on(t.atMs)],
);

/** A failed sign-in from a client address (the address throttle counts those of its window). */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_address').on(t.address, t.at), index('sign_in_failures_at').on(t.at)],
);

/** Failed sign-ins of a user name with no usable account: it locks as an account does. */
export const signInNames = pgTable(
  'sign_in_names',
  {
    name: text('name').primaryKey(),
    failed: integer('failed').notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'string' }),
    lastAt: timestamp('last_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_names_last').on(t.lastAt)],
);
