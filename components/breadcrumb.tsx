import Link from 'next/link';

/** "Parties › Labour": where a page sits, its parent a link and the page itself marked as the current one. */
export function Breadcrumb({ parent, current }: { parent: { href: string; label: string }; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href={parent.href}>{parent.label}</Link> <span aria-hidden="true">›</span>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
