/**
 * Rendered pages kept in memory. A page is rendered once and served from
 * here until the content changes: an editor's write in this process empties
 * the cache at once; a write in another process is announced on PostgreSQL
 * (NOTIFY, see app.ts: every process empties its cache within the moment),
 * and seen anyway by a cheap version query every few seconds (the only way
 * on the embedded database, which has one process); and a scheduled
 * publication, unpublication or poll opening empties it when its time comes.
 *
 * With a read replica, a page is rendered from it only once it has replayed
 * the last change announced (`changedAt`), from the primary until then: an
 * edit never leaves an older page in the cache.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../platform/db.js';
import { contentVersion } from '../modules/portal/articles.repository.js';
import type { ReadRouting } from '../platform/replica.js';

export interface CachedPage {
  status: number;
  type: string;
  body: string | Buffer;
  etag: string;
  /** Where a redirect goes. */
  location?: string;
  /** The open polls whose forms the page shows: a browser that voted in one gets the page rendered for itself (voters.ts). */
  polls?: number[];
}

export class PageCache {
  private pages = new Map<string, CachedPage>();
  /** Exact request URLs already answered from the cache, with their headers: the fast path (fastPath.ts) answers them again. */
  private served = new Map<string, { page: CachedPage; headers: Record<string, string> }>();
  private version: string | null = null;
  private staleAt = Infinity;
  private timer: NodeJS.Timeout | null = null;
  /** Bumped by every invalidation: a page rendered across one is not kept. */
  private generation = 0;

  /** The log position of the last change announced (a replica must have it to render from). */
  private changedAt: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly maxPages = 2000,
    private readonly checkEveryMs = 3000,
    private readonly routing: ReadRouting | null = null,
  ) {}

  /** Another process (or this one) announced a change at log position `lsn` (empty when unknown). */
  changed(lsn: string): void {
    if (lsn) this.changedAt = lsn;
    this.invalidate();
  }

  /** Starts watching the content's version (unref'd). */
  start(): void {
    this.timer ??= setInterval(() => void this.check().catch(() => {}), this.checkEveryMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Empties the cache: after a publish, an unpublish, an edit, a poll change. */
  invalidate(): void {
    this.pages.clear();
    this.served.clear();
    this.generation++;
    this.staleAt = Infinity;
    this.version = null;
  }

  /** Compares the stored content's version with the one the cached pages were made from. */
  async check(): Promise<void> {
    const v = await contentVersion(this.db);
    if (this.version !== null && v.version !== this.version) {
      this.pages.clear();
      this.served.clear();
      this.generation++;
    }
    this.version = v.version;
    this.staleAt = v.next ? Date.parse(v.next) : Infinity;
  }

  /** A page and its headers as last sent for this exact URL, while the cache still holds it. */
  servedFor(url: string) {
    if (Date.now() >= this.staleAt) this.invalidate();
    return this.served.get(url);
  }

  /** Remembers how a cached page was sent for a URL: a plain path or one with ?trang=N only, so odd query strings add nothing. */
  remember(url: string, key: string, page: CachedPage, headers: Record<string, string>): void {
    if (this.served.has(url) || this.served.size >= this.maxPages || !/^\/[^?]*(\?trang=\d{1,5})?$/.test(url)) return;
    if (this.pages.get(key) === page) this.served.set(url, { page, headers });
  }

  get(key: string): CachedPage | undefined {
    if (Date.now() >= this.staleAt) this.invalidate();
    return this.pages.get(key);
  }

  /** Renders a page once; concurrent misses of the same key may render twice, which is harmless. */
  async getOrRender(key: string, render: () => Promise<Omit<CachedPage, 'etag'>>): Promise<CachedPage> {
    const hit = this.get(key);
    if (hit) return hit;
    if (this.version === null) await this.check();
    const generation = this.generation;
    const routing = this.routing;
    const page = routing?.replica
      ? await routing.runWith(await routing.readerFor(this.changedAt), render)
      : await render();
    const cached = { ...page, etag: `"${createHash('sha1').update(page.body).digest('base64url')}"` };
    if (generation !== this.generation) return cached;
    if (this.pages.size >= this.maxPages) this.pages.delete(this.pages.keys().next().value!);
    this.pages.set(key, cached);
    return cached;
  }
}
