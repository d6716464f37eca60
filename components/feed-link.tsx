/**
 * "Follow (Atom feed)": a page's feed, for a feed reader (lib/feeds). The page also names it in its head
 * (`<link rel="alternate" type="application/atom+xml">`, pageMetadata's `feeds`), where readers find it by themselves.
 */
export function FeedLink({ href, what }: { href: string; what: string }) {
  return (
    <p className="text-sm">
      <a href={href} type="application/atom+xml">
        Follow (Atom feed)<span className="sr-only">: {what}</span>
      </a>
    </p>
  );
}
