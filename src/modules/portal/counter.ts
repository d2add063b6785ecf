/**
 * The view and visit counter. Beacons are counted in memory and written in
 * batches (at most every second, and when the server closes), so a page view
 * costs no database write; a crash loses at most the last second of counts.
 *
 * - a view: one per visitor session per article per 30 minutes;
 * - a visit: a visitor session seen again after 30 minutes idle starts a new one;
 * - online now: the sessions seen in the last 5 minutes, guests and signed-in members apart.
 *
 * The in-memory state is per process: with several portal processes behind a
 * load balancer, sticky sessions keep a visitor's deduplication in one of them.
 */
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { addCounts, storedViews, totalVisits, type DayCounts } from './visits.repository.js';

export const VIEW_WINDOW_MS = 30 * 60_000;
export const VISIT_IDLE_MS = 30 * 60_000;
export const ONLINE_MS = 5 * 60_000;

export interface OnlineNow {
  guests: number;
  members: number;
  total: number;
}

export interface LiveStats {
  online: OnlineNow;
  /** Visits since the start. */
  visits: number;
}

/** The calendar day in Vietnam (UTC+7, no daylight saving) of an instant. */
export const vietnamDay = (ms: number) => today(new Date(ms));

interface Session {
  at: number;
  member: boolean;
  /** Articles viewed and when, as pairs [article, at, article, at...]: a few numbers, not a Map per session. */
  viewed: number[] | null;
}

/** Sessions kept at most: a flood of cookie-less requests forgets its oldest instead of growing without end. */
export const MAX_SESSIONS = 100_000;

/** What a process has counted since it started, for the metrics. */
export interface Counted {
  pageViews: number;
  articleViews: number;
  guestVisits: number;
  memberVisits: number;
  /** Writes to the database that failed (their counts stayed pending). */
  flushFailures: number;
}

export class Counter {
  /** Counted since the process started (read by /metrics). */
  readonly counted: Counted = { pageViews: 0, articleViews: 0, guestVisits: 0, memberVisits: 0, flushFailures: 0 };
  private pendingViews = new Map<number, number>();
  private pendingDays = new Map<string, DayCounts>();
  /**
   * visitor -> last seen, whether signed in then, and when each article's
   * view was counted. Kept in the order of last sight (a hit moves its session
   * to the end), so the oldest are at the front: pruning and online counting
   * touch only the sessions they concern.
   */
  private sessions = new Map<string, Session>();
  /** article -> total views (stored when first asked, plus what was counted since). */
  private totals = new Map<number, Promise<{ n: number }>>();
  private visitsBase: Promise<{ n: number }> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The last write asked for: writes run one after another. */
  private writing: Promise<void> = Promise.resolve();
  /** A write asked for that has not begun: it will take all that is pending when it does. */
  private queued: Promise<void> | null = null;
  private onlineCache: { at: number; value: OnlineNow } | null = null;

  constructor(
    private readonly db: Db,
    private readonly flushEveryMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the periodic flush (unref'd: it keeps no process alive). */
  start(): void {
    this.timer ??= setInterval(() => void this.flush().catch(() => {}), this.flushEveryMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is pending. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  private day(): DayCounts {
    const d = vietnamDay(this.now());
    let c = this.pendingDays.get(d);
    if (!c) this.pendingDays.set(d, (c = { guestVisits: 0, memberVisits: 0, views: 0 }));
    return c;
  }

  private total(articleId: number): Promise<{ n: number }> {
    let t = this.totals.get(articleId);
    if (!t) {
      t = storedViews(this.db, articleId).then((n) => ({ n }));
      t.catch(() => this.totals.delete(articleId));
      this.totals.set(articleId, t);
    }
    return t;
  }

  private visitsTotal(): Promise<{ n: number }> {
    if (!this.visitsBase) {
      this.visitsBase = totalVisits(this.db).then((n) => ({ n }));
      this.visitsBase.catch(() => (this.visitsBase = null));
    }
    return this.visitsBase;
  }

  /**
   * A page seen by a visitor session (and, on an article, that article):
   * counts the visit and the view when they are new, answers the live figures
   * and the article's views.
   */
  async hit(visitor: string, member: boolean, articleId: number | null): Promise<LiveStats & { views: number | null }> {
    // the stored totals are read before anything is counted on top of them, so none is counted twice
    const [total, visits] = await Promise.all([articleId === null ? null : this.total(articleId), this.visitsTotal()]);
    const now = this.now();
    const last = this.sessions.get(visitor);
    const day = this.day();
    if (!last || now - last.at >= VISIT_IDLE_MS) {
      if (member) {
        day.memberVisits++;
        this.counted.memberVisits++;
      } else {
        day.guestVisits++;
        this.counted.guestVisits++;
      }
      visits.n++;
    }
    if (this.onlineCache && (!last || now - last.at >= ONLINE_MS)) {
      const v = this.onlineCache.value;
      this.onlineCache.value = member ? { ...v, members: v.members + 1, total: v.total + 1 } : { ...v, guests: v.guests + 1, total: v.total + 1 };
    }
    const session: Session = last && now - last.at < VISIT_IDLE_MS ? last : { at: now, member, viewed: null };
    session.at = now;
    session.member = member;
    this.sessions.delete(visitor);
    this.sessions.set(visitor, session);
    if (this.sessions.size > MAX_SESSIONS) {
      const [oldestKey, oldest] = this.sessions.entries().next().value!;
      this.sessions.delete(oldestKey);
      if (this.onlineCache && now - oldest.at < ONLINE_MS) {
        const v = this.onlineCache.value;
        this.onlineCache.value = oldest.member ? { ...v, members: v.members - 1, total: v.total - 1 } : { ...v, guests: v.guests - 1, total: v.total - 1 };
      }
    }
    day.views++;
    this.counted.pageViews++;
    if (articleId !== null && total) {
      const viewed = (session.viewed ??= []);
      let i = 0;
      while (i < viewed.length && viewed[i] !== articleId) i += 2;
      if (i === viewed.length || now - viewed[i + 1] >= VIEW_WINDOW_MS) {
        viewed[i] = articleId;
        viewed[i + 1] = now;
        this.pendingViews.set(articleId, (this.pendingViews.get(articleId) ?? 0) + 1);
        this.counted.articleViews++;
        total.n++;
      }
    }
    return { online: this.online(), visits: visits.n, views: total ? total.n : null };
  }

  /** Whether a visitor session is known (seen in the last half hour, and not forgotten for room). */
  knows(visitor: string): boolean {
    return this.sessions.has(visitor);
  }

  /** The live figures without counting anything. */
  async stats(): Promise<LiveStats> {
    return { online: this.online(), visits: (await this.visitsTotal()).n };
  }

  /** An article's views as this process knows them (stored plus counted). */
  async views(articleId: number): Promise<number> {
    return (await this.total(articleId)).n;
  }

  /**
   * Counting walks every session of the last half hour, so it is done at most
   * once a second; sessions that come online in between are added as they come.
   */
  online(): OnlineNow {
    const now = this.now();
    if (this.onlineCache && now - this.onlineCache.at < 1000) return this.onlineCache.value;
    const since = now - ONLINE_MS;
    let guests = 0;
    let members = 0;
    // newest first: stop at the first session last seen before the window
    for (const s of [...this.sessions.values()].reverse()) {
      if (s.at <= since) break;
      if (s.member) members++;
      else guests++;
    }
    const value = { guests, members, total: guests + members };
    this.onlineCache = { at: now, value };
    return value;
  }

  /** Counts not yet written to the database (those of a write under way excepted). */
  pending(): { pageViews: number; articleViews: number; visits: number } {
    let pageViews = 0;
    let visits = 0;
    let articleViews = 0;
    for (const d of this.pendingDays.values()) {
      pageViews += d.views;
      visits += d.guestVisits + d.memberVisits;
    }
    for (const n of this.pendingViews.values()) articleViews += n;
    return { pageViews, articleViews, visits };
  }

  /** Visitor sessions kept in memory. */
  sessionCount(): number {
    return this.sessions.size;
  }

  /**
   * Writes the pending counts in one transaction; on failure they stay
   * pending for the next flush. A write under way took only what was pending
   * when it began: this one comes after it, so what was counted since is
   * written too (on close, say).
   */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.writing.catch(() => {}).then(() => {
      this.queued = null;
      return this.write();
    });
    this.queued = next;
    this.writing = next;
    return next;
  }

  private async write(): Promise<void> {
    this.prune();
    if (this.pendingViews.size === 0 && this.pendingDays.size === 0) return;
    const views = this.pendingViews;
    const days = this.pendingDays;
    this.pendingViews = new Map();
    this.pendingDays = new Map();
    try {
      await addCounts(this.db, views, days);
    } catch (e) {
      this.counted.flushFailures++;
      // put the batch back, merged with what came in meanwhile
      for (const [id, n] of views) this.pendingViews.set(id, (this.pendingViews.get(id) ?? 0) + n);
      for (const [d, c] of days) {
        const p = this.pendingDays.get(d) ?? { guestVisits: 0, memberVisits: 0, views: 0 };
        this.pendingDays.set(d, { guestVisits: p.guestVisits + c.guestVisits, memberVisits: p.memberVisits + c.memberVisits, views: p.views + c.views });
      }
      throw e;
    }
  }

  /**
   * Forgets sessions idle for the visit window (their views are older still),
   * oldest first, so memory follows the traffic of the last half hour.
   */
  private prune(): void {
    const now = this.now();
    for (const [k, s] of this.sessions) {
      if (now - s.at < VISIT_IDLE_MS) break;
      this.sessions.delete(k);
    }
  }
}
