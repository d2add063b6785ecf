import { z } from 'zod';

export const articleStates = ['draft', 'scheduled', 'public', 'unpublished'] as const;

export const category = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    position: z.number().int(),
  })
  .meta({ id: 'Category', description: "A category of the portal's articles" });
export type Category = z.infer<typeof category>;

/** What an editor writes; the body is HTML, sanitised on the server. */
export const articleInput = z.object({
  title: z.string().trim().min(1).max(300).describe('The title'),
  summary: z.string().max(2000).default('').describe('The summary, shown in lists and in bold above the body'),
  bodyHtml: z
    .string()
    .max(500_000)
    .default('')
    .describe("The body, HTML: cleaned on the server (text structure, links, the portal's own images)"),
  authorLine: z.string().trim().max(200).default('').describe('The byline, e.g. "HY- VPTU"'),
  categoryId: z.number().int().positive().nullable().default(null).describe("The category's id; none when null"),
});
export type ArticleInput = z.input<typeof articleInput>;

export const articleSummary = z
  .object({
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
  })
  .meta({ id: 'ArticleSummary', description: 'An article with its state (by its dates) and views' });
export type ArticleSummary = z.infer<typeof articleSummary>;

export const articleDetail = articleSummary
  .extend({
    summary: z.string(),
    bodyHtml: z.string(),
    images: z.array(z.object({ id: z.number().int(), url: z.string(), alt: z.string() })),
  })
  .meta({ id: 'ArticleDetail', description: 'An article for its editor: its text and images' });
export type ArticleDetail = z.infer<typeof articleDetail>;

/** Publish now (no `at`, or `at` past) or schedule (a future `at`), as an ISO instant. */
export const publishInput = z.object({
  at: z.iso.datetime({ offset: true }).optional().describe('When to publish (ISO instant); now when omitted or past'),
});

export const imageInput = z.object({
  data: z
    .string()
    .min(1)
    .max(7_000_000)
    .describe("The image's bytes, base64: PNG, JPEG, GIF or WebP (by its bytes), 5 MB at most"),
  alt: z.string().max(300).default('').describe('The text that stands for the image'),
});

export const pollInput = z.object({
  question: z.string().trim().min(1).max(500).describe('The question'),
  multiple: z.boolean().default(false).describe('Whether a voter may choose several options'),
  opensAt: z.iso.datetime({ offset: true }).describe('When voting opens (ISO instant)'),
  closesAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .default(null)
    .describe('When voting closes (ISO instant); never when null'),
  options: z
    .array(z.string().trim().min(1).max(300))
    .min(2)
    .max(20)
    .describe("The options' labels, in order; they change only while the poll has no ballot"),
});
export type PollInput = z.input<typeof pollInput>;

export const pollResult = z
  .object({
    id: z.number().int(),
    question: z.string(),
    multiple: z.boolean(),
    opensAt: z.string(),
    closesAt: z.string().nullable(),
    state: z.enum(['upcoming', 'open', 'closed']),
    ballots: z.number().int(),
    options: z.array(z.object({ id: z.number().int(), label: z.string(), votes: z.number().int() })),
  })
  .meta({ id: 'PollResult', description: 'A poll with its state and results' });
export type PollResultView = z.infer<typeof pollResult>;

export const visitDay = z
  .object({ day: z.string(), guestVisits: z.number(), memberVisits: z.number(), views: z.number() })
  .meta({
    id: 'VisitDay',
    description: "Visits (guests, signed-in members) and page views of one day, Vietnam's calendar",
  });
export type VisitDay = z.infer<typeof visitDay>;

export const liveStats = z
  .object({
    online: z.object({ guests: z.number().int(), members: z.number().int(), total: z.number().int() }),
    visits: z.number().int(),
    views: z.number().int().nullable().optional().describe("The article's views, when one was named"),
  })
  .meta({
    id: 'LiveStats',
    description: 'Online now (sessions seen in the last 5 minutes) and visits since the start',
  });
export type LiveStatsView = z.infer<typeof liveStats>;
