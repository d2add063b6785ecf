/**
 * The view and visit counter. Beacons are counted in memory and written in
 * batches (at most every second, and when the server closes), so a page view
 * costs no database write; a crash loses at most the last second of counts.
 *
 * - a view: one per visitor session per article per 30 minutes;
 * - a visit: a visitor session seen again after 30 minutes idle starts a new one;
 * - online now: the sessions seen in the last 5 minutes, guests and signed-in members apart.
 *
 * Alone on its database (the embedded one), a process decides all this in
 * memory and writes the sums. Shared (`shared`: on PostgreSQL, where several
 * processes may serve one database), it also writes each session it saw and
 * the views it would count, and the database decides (presence.repository.ts):
 * a session seen by two processes is one visit and one view, and online now
 * counts the sessions every process saw. Its memory then only spares the
 * database what it already knows (a view counted in the last half hour), and
 * the figures it answers are the database's as of its last write (at most a
 * second old) plus what it counted since.
 */
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { presentSince, pruneSessions, recordSessions, seenSince, type SeenSession } from './presence.repository.js';
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
  /** Shared: the sessions seen since the last write, for the database to decide on. */
  private pendingSeen = new Map<string, SeenSession>();
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly flushEveryMs = 1000,
    private readonly now: () => number = Date.now,
    /** Other processes count on the same database: the database decides what counts (see above). */
    readonly shared = false,
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
      // shared, it is read again after each write: what was counted since is added
      t = storedViews(this.db, articleId).then((n) => ({
        n: n + (this.shared ? (this.pendingViews.get(articleId) ?? 0) : 0),
      }));
      t.catch(() => this.totals.delete(articleId));
      this.totals.set(articleId, t);
    }
    return t;
  }

  private visitsTotal(): Promise<{ n: number }> {
    if (!this.visitsBase) {
      this.visitsBase = totalVisits(this.db).then((n) => ({ n: n + (this.shared ? this.pending().visits : 0) }));
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
    const [total, visits] = await Promise.all([
      articleId === null ? null : this.total(articleId),
      this.visitsTotal(),
      this.shared && !this.onlineCache ? this.refreshOnline() : null,
    ]);
    const now = this.now();
    const last = this.sessions.get(visitor);
    const day = this.day();
    if (!last || now - last.at >= VISIT_IDLE_MS) {
      // shared, the database decides what counted (writeShared)
      if (member) {
        day.memberVisits++;
        if (!this.shared) this.counted.memberVisits++;
      } else {
        day.guestVisits++;
        if (!this.shared) this.counted.guestVisits++;
      }
      visits.n++;
    }
    if (this.onlineCache && (!last || now - last.at >= ONLINE_MS)) {
      const v = this.onlineCache.value;
      this.onlineCache.value = member
        ? { ...v, members: v.members + 1, total: v.total + 1 }
        : { ...v, guests: v.guests + 1, total: v.total + 1 };
    }
    const session: Session = last && now - last.at < VISIT_IDLE_MS ? last : { at: now, member, viewed: null };
    session.at = now;
    session.member = member;
    this.sessions.delete(visitor);
    this.sessions.set(visitor, session);
    let seen: SeenSession | undefined;
    if (this.shared) {
      seen = this.pendingSeen.get(visitor);
      if (!seen)
        this.pendingSeen.set(
          visitor,
          (seen = { visitor, firstMember: member, member, firstMs: now, lastMs: now, views: new Map() }),
        );
      seen.member = member;
      seen.lastMs = now;
    }
    if (this.sessions.size > MAX_SESSIONS) {
      const [oldestKey, oldest] = this.sessions.entries().next().value!;
      this.sessions.delete(oldestKey);
      if (this.onlineCache && !this.shared && now - oldest.at < ONLINE_MS) {
        const v = this.onlineCache.value;
        this.onlineCache.value = oldest.member
          ? { ...v, members: v.members - 1, total: v.total - 1 }
          : { ...v, guests: v.guests - 1, total: v.total - 1 };
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
        if (seen && !seen.views.has(articleId)) seen.views.set(articleId, now);
        if (!this.shared) this.counted.articleViews++;
        total.n++;
      }
    }
    return { online: this.online(), visits: visits.n, views: total ? total.n : null };
  }

  /**
   * Whether a visitor session is known (seen in the last half hour, and not
   * forgotten for room): by this process, or, shared, by any whose write is done.
   */
  async knows(visitor: string): Promise<boolean> {
    if (this.sessions.has(visitor)) return true;
    return this.shared && seenSince(this.db, visitor, this.now() - VISIT_IDLE_MS);
  }

  /** The live figures without counting anything. */
  async stats(): Promise<LiveStats> {
    if (this.shared && !this.onlineCache) await this.refreshOnline();
    return { online: this.online(), visits: (await this.visitsTotal()).n };
  }

  /** Shared: online now as the database has it, every process's sessions. */
  private async refreshOnline(): Promise<void> {
    const at = this.now();
    const { guests, members } = await presentSince(this.db, at - ONLINE_MS);
    this.onlineCache = { at, value: { guests, members, total: guests + members } };
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
    // shared: the database's figure, read again at every write
    if (this.shared) return this.onlineCache?.value ?? { guests: 0, members: 0, total: 0 };
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
    const next = this.writing
      .catch(() => {})
      .then(() => {
        this.queued = null;
        return this.write();
      });
    this.queued = next;
    this.writing = next;
    return next;
  }

  private async write(): Promise<void> {
    this.prune();
    if (this.shared) return this.writeShared();
    if (this.pendingViews.size === 0 && this.pendingDays.size === 0) return;
    const views = this.pendingViews;
    const days = this.pendingDays;
    this.pendingViews = new Map();
    this.pendingDays = new Map();
    try {
      await addCounts(this.db, views, days);
    } catch (e) {
      this.counted.flushFailures++;
      this.putBack(views, days);
      throw e;
    }
  }

  /**
   * Shared: writes the sessions seen and the page views; the database answers
   * which views counted (and when each session's view was last counted, which
   * this process then keeps). The figures are then read again: the database's
   * now hold every process's writes. Online now is read at every tick.
   */
  private async writeShared(): Promise<void> {
    const now = this.now();
    const seen = this.pendingSeen;
    const views = this.pendingViews;
    const days = this.pendingDays;
    if (seen.size > 0 || days.size > 0) {
      this.pendingSeen = new Map();
      this.pendingViews = new Map();
      this.pendingDays = new Map();
      const pageViews = new Map([...days].map(([d, c]) => [d, c.views]));
      try {
        const outcome = await recordSessions(this.db, [...seen.values()], pageViews, vietnamDay, {
          visitIdleMs: VISIT_IDLE_MS,
          viewWindowMs: VIEW_WINDOW_MS,
        });
        this.counted.guestVisits += outcome.guestVisits;
        this.counted.memberVisits += outcome.memberVisits;
        for (const v of outcome.views) {
          if (v.counted) this.counted.articleViews++;
          const viewed = this.sessions.get(v.visitor)?.viewed;
          const i = viewed ? viewed.findIndex((x, j) => j % 2 === 0 && x === v.articleId) : -1;
          if (viewed && i >= 0) viewed[i + 1] = v.viewedMs;
        }
      } catch (e) {
        this.counted.flushFailures++;
        this.putBack(views, days);
        for (const [k, s] of seen) {
          const later = this.pendingSeen.get(k);
          if (!later) this.pendingSeen.set(k, s);
          else
            this.pendingSeen.set(k, {
              ...s,
              member: later.member,
              lastMs: later.lastMs,
              views: new Map([...later.views, ...s.views]),
            });
        }
        throw e;
      }
      this.totals.clear();
      this.visitsBase = null;
    }
    if (now - this.lastPrune >= 60_000) {
      this.lastPrune = now;
      await pruneSessions(this.db, now, { visitIdleMs: VISIT_IDLE_MS, viewWindowMs: VIEW_WINDOW_MS });
    }
    await this.refreshOnline();
  }

  /** Puts a batch that could not be written back, merged with what came in meanwhile. */
  private putBack(views: Map<number, number>, days: Map<string, DayCounts>): void {
    for (const [id, n] of views) this.pendingViews.set(id, (this.pendingViews.get(id) ?? 0) + n);
    for (const [d, c] of days) {
      const p = this.pendingDays.get(d) ?? { guestVisits: 0, memberVisits: 0, views: 0 };
      this.pendingDays.set(d, {
        guestVisits: p.guestVisits + c.guestVisits,
        memberVisits: p.memberVisits + c.memberVisits,
        views: p.views + c.views,
      });
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
