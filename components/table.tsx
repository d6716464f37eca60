import type { ReactNode } from 'react';
import { TableScrollCue } from './table-scroll-cue';

// Table pieces: a semantic table that scrolls sideways inside its own box on a narrow screen rather
// than stretching the page. The box is focusable and named so a keyboard user can scroll it too; shadows at its
// edges and a line above it ("Scroll sideways for more columns", while it is wider than the screen) say so.
// A table of few rows, or of running text, can instead be stacked on a phone (<Table stacked>, cells labelled with
// <Td label>).

export function TableContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <TableScrollCue />
      <div
        role="region"
        aria-label={label}
        tabIndex={0}
        className="table-scroll relative -mx-4 overflow-x-auto border-y border-line sm:mx-0 sm:rounded sm:border"
      >
        {children}
      </div>
    </div>
  );
}

export function Table({
  caption,
  children,
  captionHidden = false,
  stacked = false,
  className,
}: {
  caption: ReactNode;
  children: ReactNode;
  captionHidden?: boolean;
  /**
   * On a phone, each row a card of labelled cells (see Td's `label`) rather than a table to scroll. "labels-above"
   * for cells of running text (old and new values, descriptions): each column's name above its value, not beside it.
   */
  stacked?: boolean | 'labels-above';
  className?: string;
}) {
  return (
    <table className={classes('data-table', stacked && 'stacked', stacked === 'labels-above' && 'labels-above', className)}>
      <caption className={captionHidden ? 'sr-only' : 'px-3 py-2 text-left font-semibold'}>{caption}</caption>
      {children}
    </table>
  );
}

// Cell styles come from .data-table in globals.css; only exceptions are passed as classes.

function classes(...names: ReadonlyArray<string | false | undefined>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

export function Th({
  children,
  scope = 'col',
  numeric = false,
  className,
}: {
  children: ReactNode;
  scope?: 'col' | 'row';
  numeric?: boolean;
  className?: string;
}) {
  return (
    <th scope={scope} className={classes(numeric && 'num', className)}>
      {children}
    </th>
  );
}

export function Td({
  children,
  numeric = false,
  className,
  label,
}: {
  children?: ReactNode;
  numeric?: boolean;
  className?: string;
  /** The column's name, shown beside the value when a stacked table is a card on a phone. */
  label?: string;
}) {
  return (
    <td className={classes(numeric && 'num', className)} data-label={label}>
      {children}
    </td>
  );
}
