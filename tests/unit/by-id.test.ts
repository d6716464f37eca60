import { describe, expect, it } from 'vitest';
import { byId } from '@/lib/by-id';

describe('byId', () => {
  it('finds each value by its id, and nothing where none was kept', () => {
    const seats = byId([
      [3, 'Chesterlyn'],
      [1, 'Aldbury'],
    ]);
    expect(seats[1]).toBe('Aldbury');
    expect(seats[3]).toBe('Chesterlyn');
    expect(seats[2]).toBeUndefined();
    expect(seats[4]).toBeUndefined();
    expect(seats[-1]).toBeUndefined();
  });

  it('keeps a far-off id beside close ones', () => {
    const kept = byId([
      [7, 'near'],
      [2 ** 31 - 1, 'far'],
    ]);
    expect(kept[7]).toBe('near');
    expect(kept[2 ** 31 - 1]).toBe('far');
    expect(kept[2 ** 30]).toBeUndefined();
  });

  it('keeps the last value given for an id', () => {
    expect(byId([[5, 'first'], [5, 'second']])[5]).toBe('second');
  });
});
