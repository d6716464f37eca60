import { describe, expect, it } from 'vitest';
import { LruTtlCache } from '@/lib/postcode/cache';
import { looksLikePostcode, normalisePostcode } from '@/lib/postcode/validate';

describe('normalisePostcode', () => {
  it.each([
    ['BL3 5AB', 'BL3 5AB'],
    ['bl35ab', 'BL3 5AB'],
    ['  sw1a   0aa ', 'SW1A 0AA'],
    ['EC1A1BB', 'EC1A 1BB'],
    ['M1 1AE', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['GIR 0AA', 'GIR 0AA'],
  ])('accepts %s as %s', (input, expected) => expect(normalisePostcode(input)).toBe(expected));

  it.each(['BL3 5A', 'BL3', '12345', 'BL3 5AB X', 'Q1A 1AA1', '', 'Bolton'])('refuses %j', (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });
});

describe('looksLikePostcode', () => {
  it('takes postcodes, complete or not, and never names or constituencies', () => {
    for (const text of ['BL3 5AB', 'bl35ab', 'BL3 5A', 'SW1A']) expect(looksLikePostcode(text), text).toBe(true);
    for (const text of ['Yasmin Qureshi', 'Bolton South East', 'Liverpool, Riverside', 'qureshi', '12345', 'St Helens North'])
      expect(looksLikePostcode(text), text).toBe(false);
  });
});

describe('LruTtlCache', () => {
  it('forgets the least recently used entry beyond its size, and entries past their time', () => {
    let now = 0;
    const cache = new LruTtlCache<number>(2, 1_000, () => now);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recently used
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    now = 1_001;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
