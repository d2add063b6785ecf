import { and, asc, desc, eq, like, or, sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { slugify } from '../../platform/slug.js';
import { portalArticles, portalArticleViews, portalCategories, portalImages } from '../../db/schema/index.js';

export interface ArticleDraft {
  title: string;
  summary?: string;
  bodyHtml?: string;
  authorLine?: string;
  categoryId?: number | null;
  /** Where a draft written by the system came from, e.g. {kind:'report', scope, from, to}. */
  source?: unknown;
  createdBy?: number | null;
}

/** A slug not yet taken: the title's, or the title's with -2, -3... */
async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set(
    (
      await db
        .select({ slug: portalArticles.slug })
        .from(portalArticles)
        .where(or(eq(portalArticles.slug, base), like(portalArticles.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates an unpublished article (a draft); call inside withActor, the table is audited. */
export async function insertArticleDraft(db: Db, d: ArticleDraft): Promise<{ id: number; slug: string }> {
  const slug = await freeSlug(db, d.title);
  const [row] = await db
    .insert(portalArticles)
    .values({
      slug,
      title: d.title,
      summary: d.summary ?? '',
      bodyHtml: d.bodyHtml ?? '',
      authorLine: d.authorLine ?? '',
      categoryId: d.categoryId ?? null,
      source: d.source ?? null,
      createdBy: d.createdBy ?? null,
    })
    .returning({ id: portalArticles.id, slug: portalArticles.slug });
  return row;
}

/** Stores an image of an article; the portal serves it at /anh/<id>. */
export async function insertArticleImage(
  db: Db,
  img: { articleId: number | null; contentType: string; data: Buffer; alt?: string },
): Promise<number> {
  const [row] = await db
    .insert(portalImages)
    .values({ articleId: img.articleId, contentType: img.contentType, data: img.data, alt: img.alt ?? '' })
    .returning({ id: portalImages.id });
  return row.id;
}

/** The URL of a stored image on the public portal. */
export const imageUrl = (id: number) => `/anh/${id}`;

/** An article by id, with its image ids (for tests and editors). */
export async function findArticle(db: Db, id: number) {
  const [a] = await db.select().from(portalArticles).where(eq(portalArticles.id, id));
  if (!a) return null;
  const images = await db
    .select({ id: portalImages.id, contentType: portalImages.contentType, alt: portalImages.alt })
    .from(portalImages)
    .where(eq(portalImages.articleId, id));
  return { ...a, images };
}

/** Ties a stored image to its article, for an image stored before the article that shows it. */
export async function attachImage(db: Db, imageId: number, articleId: number): Promise<void> {
  await db.update(portalImages).set({ articleId }).where(eq(portalImages.id, imageId));
}

/** Where an article stands, derived from its dates at `now` (never stored). */
export type ArticleState = 'draft' | 'scheduled' | 'public' | 'unpublished';

export function articleState(
  a: { publishedAt: string | null; unpublishedAt: string | null },
  now = Date.now(),
): ArticleState {
  if (!a.publishedAt) return 'draft';
  if (Date.parse(a.publishedAt) > now) return 'scheduled';
  if (a.unpublishedAt && Date.parse(a.unpublishedAt) <= now) return 'unpublished';
  return 'public';
}

/** Shown to the public at now(): published in the past and not yet unpublished. */
const isPublic = sql`${portalArticles.publishedAt} <= now() and (${portalArticles.unpublishedAt} is null or ${portalArticles.unpublishedAt} > now())`;

export interface ArticleFields {
  title: string;
  summary: string;
  bodyHtml: string;
  authorLine: string;
  categoryId: number | null;
}

/** Changes an article's text; call inside withActor. False when there is no such article. */
export async function updateArticle(db: Db, id: number, f: ArticleFields): Promise<boolean> {
  const r = await db
    .update(portalArticles)
    .set({ ...f, updatedAt: sql`now()` })
    .where(eq(portalArticles.id, id))
    .returning({ id: portalArticles.id });
  return r.length > 0;
}

/** Sets the publication dates (publish, schedule, unpublish); call inside withActor. */
export async function setPublication(
  db: Db,
  id: number,
  p: { publishedAt: string | null; unpublishedAt: string | null },
): Promise<boolean> {
  const r = await db
    .update(portalArticles)
    .set({ ...p, updatedAt: sql`now()` })
    .where(eq(portalArticles.id, id))
    .returning({ id: portalArticles.id });
  return r.length > 0;
}

/** Every article for the editors, newest first, with its views. */
export async function listArticles(db: Db) {
  return db
    .select({
      id: portalArticles.id,
      slug: portalArticles.slug,
      title: portalArticles.title,
      categoryId: portalArticles.categoryId,
      authorLine: portalArticles.authorLine,
      publishedAt: portalArticles.publishedAt,
      unpublishedAt: portalArticles.unpublishedAt,
      updatedAt: portalArticles.updatedAt,
      views: sql<number>`coalesce(${portalArticleViews.views}, 0)::int`,
    })
    .from(portalArticles)
    .leftJoin(portalArticleViews, eq(portalArticleViews.articleId, portalArticles.id))
    .orderBy(desc(portalArticles.updatedAt), desc(portalArticles.id));
}

export async function listCategories(db: Db) {
  return db.select().from(portalCategories).orderBy(asc(portalCategories.position), asc(portalCategories.id));
}

/** Inserts categories; their ids and slugs. */
export async function insertCategories(
  db: Db,
  list: (typeof portalCategories.$inferInsert)[],
): Promise<{ id: number; slug: string }[]> {
  return db.insert(portalCategories).values(list).returning({ id: portalCategories.id, slug: portalCategories.slug });
}

/** A page of public articles, newest first, of one category or all, with the total. */
export async function publicArticles(db: Db, opts: { categoryId?: number; limit: number; offset: number }) {
  const where =
    opts.categoryId === undefined ? isPublic : and(isPublic, eq(portalArticles.categoryId, opts.categoryId));
  const items = await db
    .select({
      id: portalArticles.id,
      slug: portalArticles.slug,
      title: portalArticles.title,
      summary: portalArticles.summary,
      authorLine: portalArticles.authorLine,
      publishedAt: portalArticles.publishedAt,
      categoryId: portalArticles.categoryId,
      imageId: sql<number | null>`(select min(i.id) from portal_images i where i.article_id = portal_articles.id)`,
    })
    .from(portalArticles)
    .where(where)
    .orderBy(desc(portalArticles.publishedAt), desc(portalArticles.id))
    .limit(opts.limit)
    .offset(opts.offset);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(portalArticles).where(where);
  return { items, total: n };
}

/** A public article by id, with its views, or null (drafts, scheduled and unpublished ones are not public). */
export async function publicArticle(db: Db, id: number) {
  const [a] = await db
    .select({ article: portalArticles, views: sql<number>`coalesce(${portalArticleViews.views}, 0)::int` })
    .from(portalArticles)
    .leftJoin(portalArticleViews, eq(portalArticleViews.articleId, portalArticles.id))
    .where(and(eq(portalArticles.id, id), isPublic));
  return a ? { ...a.article, views: a.views } : null;
}

/** Whether an article is public now (the view counter counts only those). */
export async function isPublicArticle(db: Db, id: number): Promise<boolean> {
  const r = await db
    .select({ id: portalArticles.id })
    .from(portalArticles)
    .where(and(eq(portalArticles.id, id), isPublic));
  return r.length > 0;
}

/** An image's bytes, and whether the article it belongs to is public now (an image of a draft is not), or null. */
export async function findImage(db: Db, id: number) {
  const [img] = await db
    .select({
      contentType: portalImages.contentType,
      data: portalImages.data,
      published: sql<boolean>`coalesce(${isPublic}, false)`,
    })
    .from(portalImages)
    .leftJoin(portalArticles, eq(portalArticles.id, portalImages.articleId))
    .where(eq(portalImages.id, id));
  return img ?? null;
}

/**
 * What the rendered pages depend on, in one row: a change of it (an edit in
 * another process) empties the page cache; `next` is the next scheduled
 * publication or unpublication, when cached pages go stale by themselves.
 */
export async function contentVersion(db: Db): Promise<{ version: string; next: string | null }> {
  const [r] = await rows<{ version: string; next: string | null }>(
    db,
    sql`select concat_ws('|', (select max(updated_at)::text || count(*) from portal_articles),
                              (select count(*) from portal_categories), (select max(created_at)::text from portal_images),
                              (select count(*) || max(opens_at)::text || max(coalesce(closes_at, opens_at))::text from portal_polls),
                              (select count(*) from portal_poll_options)) as version,
               (select min(t) from (select published_at as t from portal_articles where published_at > now()
                                    union all select unpublished_at from portal_articles where unpublished_at > now()
                                    union all select opens_at from portal_polls where opens_at > now()
                                    union all select closes_at from portal_polls where closes_at > now()) x)::text as next`,
  );
  return r;
}

/** The channel on which a process that changed the portal's content tells the others (PostgreSQL's NOTIFY). */
export const CONTENT_CHANNEL = 'grassroots_portal_content';

/** Tells every process listening that the content changed, with the log position it changed at (their caches then empty). */
export async function announceContentChange(db: Db): Promise<void> {
  await db.execute(sql`select pg_notify(${CONTENT_CHANNEL}, pg_current_wal_lsn()::text)`);
}
