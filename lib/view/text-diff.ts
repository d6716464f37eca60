/** A stretch of text that both versions share, or that only the old (`removed`) or the new (`added`) one has. */
export type TextPart = { text: string; change: 'same' | 'removed' | 'added' };

/** Past this many words on either side, a longest-common-subsequence table is too big: the texts are shown whole. */
const MAX_WORDS = 1500;

/**
 * The difference between two texts, word by word (spaces kept with their word), so that a long quote or motion
 * with one word changed shows that word rather than two whole paragraphs. Null when the texts are too long.
 */
export function diffWords(before: string, after: string): TextPart[] | null {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return null;
  // Common prefix and suffix first: most edits touch a few words in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const rows = midA.length + 1;
  const cols = midB.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        midA[i] === midB[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const parts: TextPart[] = [];
  const push = (text: string, change: TextPart['change']) => {
    const last = parts.at(-1);
    if (last && last.change === change) last.text += text;
    else parts.push({ text, change });
  };
  if (start > 0) push(a.slice(0, start).join(''), 'same');
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      push(midA[i]!, 'same');
      i++;
      j++;
    } else if (i < midA.length && (j === midB.length || table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!)) {
      push(midA[i]!, 'removed');
      i++;
    } else {
      push(midB[j]!, 'added');
      j++;
    }
  }
  if (endA < a.length) push(a.slice(endA).join(''), 'same');
  return parts;
}
