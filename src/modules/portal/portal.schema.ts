import { z } from 'zod';

export const articleStates = ['draft', 'scheduled', 'public', 'unpublished'] as const;

export const category = z.object({ id: z.number().int(), slug: z.string(), name: z.string(), nameEn: z.string().nullable(), position: z.number().int() });
export type Category = z.infer<typeof category>;

/** What an editor writes; the body is HTML, sanitised on the server. */
export const articleInput = z.object({
  title: z.string().trim().min(1).max(300),
  summary: z.string().max(2000).default(''),
  bodyHtml: z.string().max(500_000).default(''),
  authorLine: z.string().trim().max(200).default(''),
  categoryId: z.number().int().positive().nullable().default(null),
});
export type ArticleInput = z.input<typeof articleInput>;

export const articleSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  categoryId: z.number().int().nullable(),
  authorLine: z.string(),
  state: z.enum(articleStates),
  publishedAt: z.string().nullable(),
  unpublishedAt: z.string().nullable(),
  updatedAt: z.string(),
  views: z.number().int(),
});
export type ArticleSummary = z.infer<typeof articleSummary>;

export const articleDetail = articleSummary.extend({
  summary: z.string(),
  bodyHtml: z.string(),
  images: z.array(z.object({ id: z.number().int(), url: z.string(), alt: z.string() })),
});
export type ArticleDetail = z.infer<typeof articleDetail>;

/** Publish now (no `at`, or `at` past) or schedule (a future `at`), as an ISO instant. */
export const publishInput = z.object({ at: z.iso.datetime({ offset: true }).optional() });

export const imageInput = z.object({
  /** The image's bytes, base64. */
  data: z.string().min(1).max(7_000_000),
  alt: z.string().max(300).default(''),
});

export const pollInput = z.object({
  question: z.string().trim().min(1).max(500),
  multiple: z.boolean().default(false),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }).nullable().default(null),
  options: z.array(z.string().trim().min(1).max(300)).min(2).max(20),
});
export type PollInput = z.input<typeof pollInput>;

export const pollResult = z.object({
  id: z.number().int(),
  question: z.string(),
  multiple: z.boolean(),
  opensAt: z.string(),
  closesAt: z.string().nullable(),
  state: z.enum(['upcoming', 'open', 'closed']),
  ballots: z.number().int(),
  options: z.array(z.object({ id: z.number().int(), label: z.string(), votes: z.number().int() })),
});
export type PollResultView = z.infer<typeof pollResult>;

export const visitDay = z.object({ day: z.string(), guestVisits: z.number(), memberVisits: z.number(), views: z.number() });
export type VisitDay = z.infer<typeof visitDay>;

export const liveStats = z.object({
  online: z.object({ guests: z.number().int(), members: z.number().int(), total: z.number().int() }),
  visits: z.number().int(),
  views: z.number().int().nullable().optional(),
});
export type LiveStatsView = z.infer<typeof liveStats>;
