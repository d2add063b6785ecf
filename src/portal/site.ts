/** The data the portal's pages are made of, read through the portal module's repositories and services. */
import { getSetting } from '../modules/auth/accounts.repository.js';
import { imageUrl, listCategories, publicArticle, publicArticles } from '../modules/portal/articles.repository.js';
import type { Counter } from '../modules/portal/counter.js';
import type { Category } from '../modules/portal/portal.schema.js';
import { articleUrl, iso, pollView, sanitizeBody } from '../modules/portal/portal.service.js';
import { pollResults } from '../modules/portal/polls.repository.js';
import type { Db } from '../platform/db.js';
import type { ArticleView, ListItem, Site } from './views.js';

export const DEFAULT_SITE_NAME = 'Cổng thông tin điện tử Tỉnh ủy';
export const PAGE_SIZE = 10;

export async function siteData(db: Db, counter: Counter, path = '/'): Promise<Site> {
  const [name, categories, open, closed, stats] = await Promise.all([
    getSetting<string>(db, 'portal.name'),
    listCategories(db),
    pollResults(db, 'open', 3),
    pollResults(db, 'closed', 1),
    counter.stats(),
  ]);
  return {
    path,
    name: name || DEFAULT_SITE_NAME,
    categories,
    polls: open.map((p) => pollView(p)),
    closedPoll: closed[0] ? pollView(closed[0]) : null,
    stats,
  };
}

export async function listItems(
  db: Db,
  categories: Category[],
  opts: { categoryId?: number; page: number; size?: number },
) {
  const size = opts.size ?? PAGE_SIZE;
  const { items, total } = await publicArticles(db, {
    categoryId: opts.categoryId,
    limit: size,
    offset: (opts.page - 1) * size,
  });
  const list: ListItem[] = items.map((a) => ({
    id: a.id,
    url: articleUrl(a),
    title: a.title,
    summary: a.summary,
    authorLine: a.authorLine,
    publishedAt: iso(a.publishedAt)!,
    imageUrl: a.imageId ? imageUrl(a.imageId) : null,
    category: categories.find((c) => c.id === a.categoryId) ?? null,
  }));
  return { items: list, pages: Math.max(1, Math.ceil(total / size)) };
}

export async function articleView(
  db: Db,
  categories: Category[],
  id: number,
): Promise<(ArticleView & { slug: string }) | null> {
  const a = await publicArticle(db, id);
  if (!a) return null;
  return {
    // cleaned again on the way out: drafts written by the system (reports) reach the table without the editors' form
    id: a.id,
    slug: a.slug,
    title: a.title,
    summary: a.summary,
    bodyHtml: sanitizeBody(a.bodyHtml),
    authorLine: a.authorLine,
    publishedAt: iso(a.publishedAt)!,
    views: a.views,
    category: categories.find((c) => c.id === a.categoryId) ?? null,
  };
}
