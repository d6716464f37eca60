import Link from 'next/link';
import { getPublicEditor } from '@/lib/auth/server';

/**
 * "Edit" beside what a signed-in editor is reading on a public page, going to the admin form for it. Nothing at all
 * for anyone else. `what` finishes the link's name for screen readers ("Edit the post Shadow Minister for…").
 */
export async function EditLink({ href, what, className = '' }: { href: string; what: string; className?: string }) {
  if (!(await getPublicEditor())) return null;
  return (
    <Link
      href={href}
      className={`inline-block border-2 border-ink bg-paper px-2 py-0.5 text-sm font-semibold no-underline hover:bg-line print:hidden ${className}`}
    >
      Edit<span className="sr-only"> {what}</span>
    </Link>
  );
}
