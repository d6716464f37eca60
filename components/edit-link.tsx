import { getPublicEditor } from '@/lib/auth/server';
import { EditLinkAnchor } from './edit-link-anchor';

/**
 * "Edit" beside what a signed-in editor is reading on a public page, going to the admin form for it. Nothing at all
 * for anyone else. `what` finishes the link's name for screen readers ("Edit the post Shadow Minister for…").
 */
export async function EditLink({ href, what, className = '' }: { href: string; what: string; className?: string }) {
  if (!(await getPublicEditor())) return null;
  return <EditLinkAnchor href={href} what={what} className={className} />;
}
