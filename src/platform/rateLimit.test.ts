import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines, firstEngineRun } from '../../test/db.js';
import type { Database } from './db.js';
import { networkPrefix, RateLimiter, SharedRateLimiter } from './rateLimit.js';

describe.runIf(firstEngineRun)('the per-client rate limiter', () => {
  it('keys IPv4 by /24 and IPv6 by /64, whatever the way the address is written', () => {
    expect(networkPrefix('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkPrefix('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkPrefix('2001:db8:1:2::5')).toBe('2001:db8:1:2::/64');
    expect(networkPrefix('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(networkPrefix('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkPrefix('::1')).toBe('0:0:0:0::/64');
    expect(networkPrefix('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('allows a burst per address and per prefix, regains it over the window, and gives back on request', () => {
    let now = 0;
    const l = new RateLimiter({ perAddress: 3, perPrefix: 5, windowMs: 60_000 }, 1000, () => now);
    expect([1, 2, 3, 4].map(() => l.take('10.0.0.1'))).toEqual([true, true, true, false]);
    expect([1, 2, 3].map(() => l.take('10.0.0.2'))).toEqual([true, true, false]);
    expect(l.take('10.0.1.1')).toBe(true);
    l.giveBack('10.0.0.2');
    expect(l.take('10.0.0.3')).toBe(true);
    expect(l.take('10.0.0.3')).toBe(false);
    now += 20_000;
    // a third of the window: a third of the prefix's five back (1.67), one whole token
    expect(l.take('10.0.0.4')).toBe(true);
    expect(l.take('10.0.0.4')).toBe(false);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => l.take('10.0.0.1'))).toEqual([true, true, true, false]);
  });

  it('holds at most its number of buckets, forgetting the least recently used', () => {
    const l = new RateLimiter({ perAddress: 1, perPrefix: 100, windowMs: 60_000 }, 100);
    for (let i = 0; i < 1000; i++) l.take(`10.${i >> 8}.${i & 255}.1`);
    expect(l.size).toBe(100);
  });
});

describe.each(engines)('rate limits kept in the database, as several processes share them (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('gives a client across two limiters what one would give it, refills alike, and takes a given-back token again', async () => {
    let now = Date.parse('2026-05-01T00:00:00Z');
    const limit = { perAddress: 3, perPrefix: 5, windowMs: 60_000 };
    const [a, b] = [
      new SharedRateLimiter(limit, database.db, 'test', () => now),
      new SharedRateLimiter(limit, database.db, 'test', () => now),
    ];
    const takes = async (ip: string, n: number) => {
      const got: boolean[] = [];
      for (let i = 0; i < n; i++) got.push(await [a, b][i % 2].take(ip));
      return got;
    };
    expect(await takes('198.51.100.1', 5)).toEqual([true, true, true, false, false]);
    // the address's network has two left; a refused take took nothing from it
    expect(await takes('198.51.100.2', 3)).toEqual([true, true, false]);
    await a.giveBack('198.51.100.2');
    expect(await takes('198.51.100.3', 2)).toEqual([true, false]);
    // a third of the window: a third of each bucket back (one of 3, 1.67 of 5)
    now += 20_000;
    expect(await takes('198.51.100.1', 2)).toEqual([true, false]);
    // other networks and other limits are apart
    expect(await takes('198.51.101.1', 3)).toEqual([true, true, true]);
    expect(await new SharedRateLimiter(limit, database.db, 'other', () => now).take('198.51.100.1')).toBe(true);
    // taken at once from both limiters: never more than the bucket holds
    now += 60_000;
    const together = await Promise.all(Array.from({ length: 10 }, (_, i) => [a, b][i % 2].take('203.0.113.9')));
    expect(together.filter(Boolean).length).toBe(3);
  });
});
