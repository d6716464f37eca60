/**
 * On paper only, after a paged list's "Showing 1 to 50 of 56": which rows the paper holds and where all of them are
 * ("Printed here: rebels 1–50 of 56. The full list is at https://…/rebels.csv?party=Lab."): the division page's
 * members, the explorer's rebels and the finder's divisions. `fullList` is the absolute address of the list's CSV
 * download, with the page's filters.
 */
export function PrintedHere({ what, first, last, total, fullList }: { what: string; first: number; last: number; total: number; fullList: string }) {
  const n = (value: number) => value.toLocaleString('en-GB');
  return (
    <span className="hidden print:inline">
      {' '}
      Printed here: {what} {n(first)}–{n(last)} of {n(total)}. The full list is at {fullList}.
    </span>
  );
}
