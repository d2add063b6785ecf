import { eq, like, or } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { slugify } from '../../platform/slug.js';
import { portalArticles, portalImages } from '../../db/schema/index.js';

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
