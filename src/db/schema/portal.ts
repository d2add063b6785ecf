import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { accounts } from './auth.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** A section of the public news site (Tin tức, Xây dựng Đảng...). */
export const portalCategories = pgTable('portal_categories', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  position: integer('position').notNull().default(0),
});

/**
 * A news article. Its state is derived from dates, never stored as a flag:
 * no published_at is a draft, a published_at in the future is scheduled, one
 * in the past is public until unpublished_at.
 */
export const portalArticles = pgTable(
  'portal_articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    categoryId: integer('category_id').references(() => portalCategories.id),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Sanitised HTML; images point at /anh/<id> (portal_images). */
    bodyHtml: text('body_html').notNull().default(''),
    /** The byline shown under the article, e.g. "HY- VPTU". */
    authorLine: text('author_line').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    unpublishedAt: timestamp('unpublished_at', { withTimezone: true, mode: 'string' }),
    /** Where a draft written by the system came from, e.g. {kind:'report', scope, from, to}. */
    source: jsonb('source'),
    createdBy: integer('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('portal_articles_published').on(t.publishedAt), index('portal_articles_category').on(t.categoryId)],
);

/** An image of an article (uploaded, or a chart drawn by the system), served by the portal. */
export const portalImages = pgTable(
  'portal_images',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id').references(() => portalArticles.id),
    contentType: text('content_type').notNull(),
    data: bytea('data').notNull(),
    alt: text('alt').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('portal_images_article').on(t.articleId)],
);

/**
 * Views per article, apart from the article so that counting (public, frequent)
 * does not touch the audited article rows. Added to in batches by the counter.
 */
export const portalArticleViews = pgTable('portal_article_views', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => portalArticles.id),
  views: bigint('views', { mode: 'number' }).notNull().default(0),
});

/** A poll (bình chọn): open from opens_at until closes_at. */
export const portalPolls = pgTable('portal_polls', {
  id: serial('id').primaryKey(),
  question: text('question').notNull(),
  multiple: boolean('multiple').notNull().default(false),
  opensAt: timestamp('opens_at', { withTimezone: true, mode: 'string' }).notNull(),
  closesAt: timestamp('closes_at', { withTimezone: true, mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export const portalPollOptions = pgTable(
  'portal_poll_options',
  {
    id: serial('id').primaryKey(),
    pollId: integer('poll_id')
      .notNull()
      .references(() => portalPolls.id),
    label: text('label').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('portal_poll_options_poll').on(t.pollId)],
);

/**
 * One ballot per voter per poll, enforced here and not in code that can race:
 * a signed-in member by account; a guest by cookie and, separately, by a hash
 * of address and user agent, so clearing the cookie does not give a second vote.
 */
export const portalPollBallots = pgTable(
  'portal_poll_ballots',
  {
    id: serial('id').primaryKey(),
    pollId: integer('poll_id')
      .notNull()
      .references(() => portalPolls.id),
    accountId: integer('account_id').references(() => accounts.id),
    guestCookie: text('guest_cookie'),
    guestHash: text('guest_hash'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('portal_poll_ballots_account').on(t.pollId, t.accountId),
    uniqueIndex('portal_poll_ballots_cookie').on(t.pollId, t.guestCookie),
    uniqueIndex('portal_poll_ballots_guest').on(t.pollId, t.guestHash),
    check(
      'portal_poll_ballots_voter',
      sql`(${t.accountId} IS NOT NULL AND ${t.guestCookie} IS NULL AND ${t.guestHash} IS NULL) OR (${t.accountId} IS NULL AND ${t.guestCookie} IS NOT NULL AND ${t.guestHash} IS NOT NULL)`,
    ),
  ],
);

export const portalPollChoices = pgTable(
  'portal_poll_choices',
  {
    ballotId: integer('ballot_id')
      .notNull()
      .references(() => portalPollBallots.id),
    optionId: integer('option_id')
      .notNull()
      .references(() => portalPollOptions.id),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.optionId] }), index('portal_poll_choices_option').on(t.optionId)],
);

/** Visits per day, kept for ever: the total since the start is their sum. */
export const portalVisitDays = pgTable('portal_visit_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  guestVisits: bigint('guest_visits', { mode: 'number' }).notNull().default(0),
  memberVisits: bigint('member_visits', { mode: 'number' }).notNull().default(0),
  views: bigint('views', { mode: 'number' }).notNull().default(0),
});
