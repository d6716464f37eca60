import Link from 'next/link';

/**
 * The "Edit" link itself, as EditLink (components/edit-link.tsx) draws it for a signed-in editor: shared with the
 * client components that are told whether the reader is an editor rather than handed a link drawn on the server.
 */
export function EditLinkAnchor({ href, what, className = '' }: { href: string; what: string; className?: string }) {
  return (
    <Link
      href={href}
      className={`inline-block border-2 border-ink bg-paper px-2 py-0.5 text-sm font-semibold no-underline hover:bg-line print:hidden ${className}`}
    >
      Edit<span className="sr-only"> {what}</span>
    </Link>
  );
}
