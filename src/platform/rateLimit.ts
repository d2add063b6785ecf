/**
 * Per-client rate limits, in memory: a token bucket per client address and
 * another per network prefix (the /24 of an IPv4 address, the /64 of an IPv6
 * one), so that one machine, and one network, can do at most so much.
 *
 * A bucket holds at most `burst` tokens and regains `burst` over `windowMs`
 * (continuously); an action takes one token from its address's bucket and one
 * from its prefix's, or is refused when either is empty. Over any period T a
 * client gets at most burst × (1 + T / window) actions.
 *
 * Memory is bounded: at most `maxKeys` buckets, the least recently used
 * forgotten first (a forgotten bucket comes back full). A flood from more
 * prefixes than that can therefore outrun the prefix limit; it cannot grow
 * memory.
 *
 * SharedRateLimiter keeps the same buckets in the database instead, for
 * processes that serve one database together: a client gets as much from all
 * of them as from one.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Db } from './db.js';
import { giveBackTokens, pruneBuckets, takeTokens } from './rateLimit.repository.js';

export interface RateLimit {
  /** Actions one address may take at once, and regains over the window. */
  perAddress: number;
  /** Actions all the addresses of one /24 (IPv4) or /64 (IPv6) may take at once, and regain over the window. */
  perPrefix: number;
  windowMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * The network an address belongs to, as a key: `a.b.c.0/24` for IPv4 (and an
 * IPv4-mapped IPv6 address), the first four groups and `::/64` for IPv6. An
 * address that is neither is its own prefix.
 */
export function networkPrefix(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const v4 = mapped ? mapped[1] : ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(ip)) return ip;
  const bare = ip.split('%')[0].toLowerCase();
  const [head, tail] = bare.includes('::') ? bare.split('::') : [bare, null];
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  // an embedded IPv4 tail is in the last 64 bits, which the prefix leaves out
  const right = tail === null ? [] : groups(tail);
  const full =
    tail === null ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((g) => (g.includes('.') ? g : String(parseInt(g, 16).toString(16))))
    .join(':')}::/64`;
}

/** The client address as the limiter keys it (an IPv4-mapped IPv6 address is its IPv4 address). */
export const addressKey = (ip: string) => /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1] ?? ip.toLowerCase();

/** A rate limit's buckets, in memory (RateLimiter) or in the database (SharedRateLimiter). */
export interface Limiter {
  take(ip: string): boolean | Promise<boolean>;
  giveBack(ip: string): void | Promise<void>;
}

export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes one token for the client at `ip` (from its address and its
   * prefix); false when either has none left, and then nothing is taken.
   */
  take(ip: string): boolean {
    const now = this.now();
    const a = this.bucket(`a ${addressKey(ip)}`, this.limit.perAddress, now);
    const p = this.bucket(`p ${networkPrefix(ip)}`, this.limit.perPrefix, now);
    if (a.tokens < 1 || p.tokens < 1) return false;
    a.tokens--;
    p.tokens--;
    return true;
  }

  /** Gives back a token taken for an action that did not happen after all. */
  giveBack(ip: string): void {
    const now = this.now();
    const a = this.bucket(`a ${addressKey(ip)}`, this.limit.perAddress, now);
    const p = this.bucket(`p ${networkPrefix(ip)}`, this.limit.perPrefix, now);
    a.tokens = Math.min(this.limit.perAddress, a.tokens + 1);
    p.tokens = Math.min(this.limit.perPrefix, p.tokens + 1);
  }

  /** Buckets held now (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  private bucket(key: string, capacity: number, now: number): Bucket {
    let b = this.buckets.get(key);
    if (b) {
      b.tokens = Math.min(capacity, b.tokens + ((now - b.at) * capacity) / this.limit.windowMs);
      b.at = now;
      // most recently used last
      this.buckets.delete(key);
    } else {
      b = { tokens: capacity, at: now };
    }
    this.buckets.set(key, b);
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return b;
  }
}

/** The same buckets as RateLimiter's, in the database (rate_buckets), named `name` there. */
export class SharedRateLimiter implements Limiter {
  private lastPrune = 0;

  constructor(
    readonly limit: RateLimit,
    private readonly db: Db,
    private readonly name: string,
    private readonly now: () => number = Date.now,
  ) {}

  private asks(ip: string) {
    return [
      { key: `${this.name} a ${addressKey(ip)}`, capacity: this.limit.perAddress },
      { key: `${this.name} p ${networkPrefix(ip)}`, capacity: this.limit.perPrefix },
    ];
  }

  async take(ip: string): Promise<boolean> {
    const now = this.now();
    if (now - this.lastPrune > this.limit.windowMs) {
      this.lastPrune = now;
      await pruneBuckets(this.db, `${this.name} `, now - this.limit.windowMs);
    }
    return takeTokens(this.db, this.asks(ip), this.limit.windowMs, now);
  }

  async giveBack(ip: string): Promise<void> {
    await giveBackTokens(this.db, this.asks(ip), this.limit.windowMs, this.now());
  }
}

/** The limiter for a process: in memory alone on its database, in the database when others share it. */
export const limiterFor = (limit: RateLimit, shared: { db: Db; name: string } | null): Limiter =>
  shared ? new SharedRateLimiter(limit, shared.db, shared.name) : new RateLimiter(limit);
