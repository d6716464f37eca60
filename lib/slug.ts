/** "Yasmin Qureshi" → "yasmin-qureshi"; accents folded, anything else dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Mary Kelly Foy" → "Foy, Mary Kelly": Parliament sorts members by surname. */
export function toSortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name.trim();
  const last = parts.pop() as string;
  return `${last}, ${parts.join(' ')}`;
}
