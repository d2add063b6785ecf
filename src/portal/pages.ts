/**
 * The public portal's pages: home, article lists (all, by category) with
 * paging, articles, RSS, images and the two static files. Rendered on the
 * server, served from the page cache; the live figures (views, online now)
 * come from the beacon the script sends, so a cached page still counts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Feed } from 'feed';
import type { Db } from '../platform/db.js';
import { findImage, publicArticles } from '../modules/portal/articles.repository.js';
import type { Counter } from '../modules/portal/counter.js';
import { articleUrl, iso } from '../modules/portal/portal.service.js';
import { AppError, formatMessage } from '../modules/errors.js';
import { SESSION_COOKIE } from '../modules/auth/access.js';
import { resolveSession } from '../modules/auth/auth.service.js';
import { can } from '../../common/permissions.js';
import type { NotFoundPage as NotFoundHandler } from '../platform/http.js';
import { pollsVotedBy, setVotedHint, votedHint } from '../modules/portal/voters.js';
import type { CachedPage, PageCache } from './cache.js';
import { articleView, listItems, siteData } from './site.js';
import { ArticlePage, Layout, ListPage, NotFoundPage, type Site } from './views.js';
import { sendPage, votedOnPage } from './fastPath.js';

const asset = (name: string) => {
  const body = readFileSync(new URL(`./static/${name}`, import.meta.url));
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
};

/** What a vote's redirect (no JavaScript) tells, by its outcome. */
const voteOutcomes: Record<string, { message: string; ok: boolean }> = {
  ok: { message: 'Cảm ơn bạn đã bình chọn.', ok: true },
  'da-binh-chon': { message: formatMessage('POLL_ALREADY_VOTED', 'vi'), ok: false },
  'gioi-han': { message: formatMessage('POLL_RATE_LIMITED', 'vi'), ok: false },
};

export interface PagesOptions {
  db: Db;
  counter: Counter;
  cache: PageCache;
  /** Where the portal's 404 page is handed to the server's not-found handler (platform/http.ts). */
  notFoundPage?: NotFoundHandler;
}

const html = (site: Site, title: string, body: ReactElement, articleId?: number) =>
  `<!doctype html>${renderToStaticMarkup(createElement(Layout, { site, title, articleId }, body))}`;

/** The page routes apply helmet's headers themselves (see securityHeaders). */
const noHelmet = { helmet: false } as const;

export async function portalPages(
  app: FastifyInstance,
  { db, counter, cache, notFoundPage }: PagesOptions,
): Promise<void> {
  const css: CachedPage = { status: 200, type: 'text/css; charset=utf-8', ...asset('portal.css') };
  const js: CachedPage = { status: 200, type: 'text/javascript; charset=utf-8', ...asset('portal.js') };

  /**
   * Helmet's headers (CSP and the rest), taken once from helmet itself: the
   * page routes skip helmet's per-request hook and send these with the page's
   * own in one call, which is what keeps a cached page cheap to serve.
   */
  let security: Record<string, string> | null = null;
  async function securityHeaders(reply: FastifyReply): Promise<Record<string, string>> {
    if (!security) {
      await reply.helmet();
      security = Object.fromEntries(Object.entries(reply.getHeaders()).map(([k, v]) => [k, String(v)]));
    }
    return security;
  }
  const headersOf = new WeakMap<CachedPage, Record<string, string>>();

  /** Sends a page from the cache, with an ETag so that a browser's revalidation costs a 304. */
  async function send(
    req: FastifyRequest,
    reply: FastifyReply,
    page: CachedPage,
    cacheControl = 'no-cache',
    key?: string,
  ) {
    let headers = headersOf.get(page);
    if (!headers) {
      headers = {
        ...(await securityHeaders(reply)),
        'content-type': page.type,
        'cache-control': cacheControl,
        etag: page.etag,
        ...(page.location ? { location: page.location } : {}),
      };
      headersOf.set(page, headers);
    }
    if (key) cache.remember(req.url, key, page, headers);
    return sendPage(req, reply, page, headers);
  }

  const notFoundBody = (site: Site) => ({
    status: 404,
    body: html(site, 'Không tìm thấy trang', createElement(NotFoundPage)),
  });
  /** The 404 page: the same for every address, kept by the cache under one key (never one page per unknown address). */
  const notFound = (req: FastifyRequest, reply: FastifyReply) =>
    page(req, reply, '404', async (site) => notFoundBody(site), { path: '/', remember: false });
  // every GET the router does not know, outside the API, the admin app and the documentation (platform/http.ts)
  if (notFoundPage) notFoundPage.handler = notFound;

  /** ?trang=N: a positive page number, or null when it is not one. */
  const pageOf = (req: FastifyRequest): number | null => {
    const t = (req.query as Record<string, unknown>).trang;
    if (t === undefined) return 1;
    const n = Number(t);
    return typeof t === 'string' && /^\d{1,5}$/.test(t) && n >= 1 ? n : null;
  };

  /** After a vote without JavaScript (?binh-chon=<poll>&kq=<outcome>): the poll and what to tell about the vote. */
  function voted(req: FastifyRequest): Site['voted'] {
    const q = req.query as Record<string, unknown>;
    const pollId = Number(q['binh-chon']);
    if (!Number.isInteger(pollId) || pollId <= 0 || pollId >= 2 ** 31) return null;
    const outcome = voteOutcomes[String(q.kq)] ?? {
      message: 'Không ghi được bình chọn: lựa chọn không hợp lệ hoặc cuộc bình chọn đã đóng.',
      ok: false,
    };
    return { pollId, ...outcome };
  }

  type Render = (site: Site) => Promise<{ status: number; body: string; location?: string }>;

  /**
   * A page: from the cache for everybody, except for whoever voted in one of
   * its open polls (the voted hint names it, or the page is the one a form's
   * vote came back to): rendered for that request only, with the results of
   * the polls the ballot guard knows this voter in, instead of their forms.
   * `path` is where the page's vote forms come back to.
   */
  async function page(
    req: FastifyRequest,
    reply: FastifyReply,
    key: string,
    render: Render,
    { path = req.url.split('?')[0], remember = true } = {},
  ) {
    const after = voted(req);
    let cached: CachedPage | undefined;
    if (!after) {
      cached =
        cache.get(key) ??
        (await cache.getOrRender(key, async () => {
          const site = await siteData(db, counter, path);
          const r = await render(site);
          // a page with the layout shows the open polls' forms; a redirect shows nothing
          return { ...r, type: 'text/html; charset=utf-8', polls: r.status === 301 ? [] : site.polls.map((p) => p.id) };
        }));
      if (!votedOnPage(cached, req.headers.cookie))
        return send(req, reply, cached, 'no-cache', remember ? key : undefined);
    }
    const site = await siteData(db, counter, path);
    const hint = votedHint(req.headers.cookie);
    const asked = site.polls.map((p) => p.id).filter((id) => id === after?.pollId || hint.includes(id));
    const results = await pollsVotedBy(db, req, asked);
    if (cached && results.length === 0) {
      // a hint the ballots do not bear out (a restored database, a made-up cookie): forgotten, so the next request is the cached page's
      setVotedHint(
        req,
        reply,
        hint.filter((id) => !asked.includes(id)),
      );
      return send(req, reply, cached, 'no-cache');
    }
    const r = await render({ ...site, voted: after, results });
    reply.headers(await securityHeaders(reply));
    if (r.location) reply.header('location', r.location);
    // this voter's page: kept by no cache
    return reply.code(r.status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(r.body);
  }

  const listRoute = (
    req: FastifyRequest,
    reply: FastifyReply,
    base: string,
    heading: string | null,
    categorySlug?: string,
  ) => {
    const n = pageOf(req);
    return page(req, reply, `${base}?trang=${n}`, async (site) => {
      const category = categorySlug === undefined ? undefined : site.categories.find((c) => c.slug === categorySlug);
      if (n === null || category === null || (categorySlug !== undefined && !category)) return notFoundBody(site);
      const { items, pages } = await listItems(db, site.categories, { categoryId: category?.id, page: n });
      if (n > pages) return notFoundBody(site);
      const title = category?.name ?? heading ?? site.name;
      return {
        status: 200,
        body: html(
          site,
          n > 1 ? `${title} - trang ${n}` : title,
          createElement(ListPage, {
            heading: category?.name ?? heading ?? 'Tin mới nhất',
            items,
            page: n,
            pages,
            base,
          }),
        ),
      };
    });
  };

  app.get('/', noHelmet, (req, reply) => listRoute(req, reply, '/', null));
  app.get('/tin-tuc', noHelmet, (req, reply) => listRoute(req, reply, '/tin-tuc', 'Tin tức'));
  app.get('/tin-tuc/chuyen-muc/:slug', noHelmet, (req, reply) => {
    const { slug } = req.params as { slug: string };
    return listRoute(req, reply, `/tin-tuc/chuyen-muc/${encodeURIComponent(slug)}`, null, slug);
  });

  app.get('/tin-tuc/:ref', noHelmet, async (req, reply) => {
    const { ref } = req.params as { ref: string };
    const m = /^(\d{1,9})(?:-([a-z0-9-]*))?$/.exec(ref);
    const id = m ? Number(m[1]) : 0;
    // not an article's address at all: the one 404 page, not a page cached per address
    if (id <= 0) return notFound(req, reply);
    return page(req, reply, `/tin-tuc/${ref}`, async (site) => {
      const a = await articleView(db, site.categories, id);
      if (!a) return notFoundBody(site);
      // an old or shortened address: one redirect to the article's own
      if (m![2] !== a.slug) return { status: 301, body: '', location: articleUrl(a) };
      const [views, related] = await Promise.all([
        counter.views(a.id),
        listItems(db, site.categories, { categoryId: a.category?.id, page: 1, size: 6 }),
      ]);
      return {
        status: 200,
        body: html(
          site,
          a.title,
          createElement(ArticlePage, {
            a: { ...a, views },
            related: related.items.filter((r) => r.id !== a.id).slice(0, 5),
          }),
          a.id,
        ),
      };
    });
  });

  app.get('/tin-tuc/_/portal.css', noHelmet, (req, reply) => send(req, reply, css, 'public, max-age=300'));
  app.get('/tin-tuc/_/portal.js', noHelmet, (req, reply) => send(req, reply, js, 'public, max-age=300'));

  app.get('/rss.xml', noHelmet, async (req, reply) => {
    const origin = `${req.protocol}://${req.host}`;
    const cached = await cache.getOrRender(`rss ${origin}`, async () => {
      const site = await siteData(db, counter);
      const { items } = await publicArticles(db, { limit: 30, offset: 0 });
      const feed = new Feed({
        title: site.name,
        id: `${origin}/`,
        link: `${origin}/`,
        language: 'vi',
        copyright: site.name,
        generator: false,
        updated: items[0] ? new Date(iso(items[0].publishedAt)!) : new Date(0),
        feedLinks: { rss: `${origin}/rss.xml` },
      });
      for (const a of items) {
        const link = `${origin}${articleUrl(a)}`;
        feed.addItem({ title: a.title, id: link, link, description: a.summary, date: new Date(iso(a.publishedAt)!) });
      }
      return { status: 200, type: 'application/rss+xml; charset=utf-8', body: feed.rss2() };
    });
    return send(req, reply, cached);
  });

  /** Whether the request comes from a signed-in editor (one who may see drafts), asked only for an unpublished image. */
  async function fromEditor(req: FastifyRequest): Promise<boolean> {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return false;
    try {
      const account = await resolveSession(db, token);
      return !account.mustChangePassword && can(account, 'portal.edit');
    } catch (e) {
      if (e instanceof AppError && e.code === 'SESSION_EXPIRED') return false;
      throw e;
    }
  }

  app.get('/anh/:id', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const img = Number.isInteger(id) && id > 0 && id < 2 ** 31 ? await findImage(db, id) : null;
    // an image of an article not public (a draft, a scheduled or unpublished one) is the editors' only: to anyone else it does not exist
    if (!img || (!img.published && !(await fromEditor(req)))) return notFound(req, reply);
    // a public image is never changed once stored (a new one gets a new id): cached a year;
    // an unpublished one, shown to an editor, is kept by no cache
    return (
      reply
        .header('cache-control', img.published ? 'public, max-age=31536000, immutable' : 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        // charts are SVG: opened on their own they run nothing and load nothing
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .type(img.contentType)
        .send(img.data)
    );
  });
}
