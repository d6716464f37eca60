/**
 * One page of a list, from the address's page parameter: 1 when absent or not a page number; the last page when
 * past it, with `requested` saying what was asked, so the page can say "there are only 3 pages".
 */
export function pageOfList<T>(items: ReadonlyArray<T>, raw: string | undefined, perPage: number) {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const requested = raw !== undefined && /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  const page = Math.min(requested, pages);
  const offset = (page - 1) * perPage;
  const rows = items.slice(offset, offset + perPage);
  return { rows, page, pages, requested, first: rows.length > 0 ? offset + 1 : 0, last: offset + rows.length };
}
