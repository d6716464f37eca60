import { describe, expect, it } from 'vitest';
import { shareAlike } from '@/lib/memo-strings';

describe('shareAlike', () => {
  it('gives the first value seen for each key, and values of other keys as they are', () => {
    const share = shareAlike<{ instruction: string; strength: number | null }>((w) => `${w.instruction}:${w.strength}`);
    const first = { instruction: 'aye', strength: 3 };
    const same = { instruction: 'aye', strength: 3 };
    const weaker = { instruction: 'aye', strength: null };
    expect(share(first)).toBe(first);
    expect(share(same)).toBe(first);
    expect(share(weaker)).toBe(weaker);
    expect(share({ instruction: 'aye', strength: null })).toBe(weaker);
  });
});
