import { embedCode } from '@/lib/view/embed-html';
import { CopyCode } from './copy-code';

/**
 * "Embed this": the iframe code of a division's or an MP's embeddable card (/embed/…), with a preview link. The code
 * names the site's absolute address (`origin`), since it is pasted into other sites.
 */
export function EmbedThis({ origin, path, title, height, what }: { origin: string; path: string; title: string; height: number; what: string }) {
  const src = `${origin}${path}`;
  return (
    <section aria-labelledby="embed-heading" className="space-y-2 print:hidden">
      <h2 id="embed-heading" className="text-2xl">
        Embed this
      </h2>
      <p className="max-w-3xl">
        Put a small card of {what} on your own site or blog: it shows the latest figures, sets no cookies and links
        back here. <a href={path}>See the card on its own</a>.
      </p>
      <details className="max-w-3xl">
        <summary className="cursor-pointer font-semibold text-link underline underline-offset-2">Get the code to embed it</summary>
        <div className="mt-3">
          <CopyCode code={embedCode({ src, title, height })} label="Code to paste into your page (HTML)" />
        </div>
      </details>
    </section>
  );
}
