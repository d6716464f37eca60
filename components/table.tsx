import type { ReactNode } from 'react';

// Table pieces: a semantic table that scrolls sideways inside its own box on a narrow screen rather
// than stretching the page. The box is focusable and named so a keyboard user can scroll it too.

export function TableContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative -mx-4 overflow-x-auto border-y border-line sm:mx-0 sm:rounded sm:border"
    >
      {children}
    </div>
  );
}

export function Table({ caption, children, captionHidden = false }: { caption: ReactNode; children: ReactNode; captionHidden?: boolean }) {
  return (
    <table className="data-table">
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

export function Td({ children, numeric = false, className }: { children?: ReactNode; numeric?: boolean; className?: string }) {
  return <td className={classes(numeric && 'num', className)}>{children}</td>;
}
