import { describe, expect, it } from 'vitest';
import { networkPrefix, RateLimiter } from './rateLimit.js';

describe('the per-client rate limiter', () => {
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
