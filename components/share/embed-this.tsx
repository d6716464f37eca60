import { embedCode } from '@/lib/view/embed-html';
import { EmbedSection } from './embed-section';

/**
 * "Embed this": the iframe code of a division's or an MP's embeddable card (/embed/…), with a preview link. The code
 * names the site's absolute address (`origin`), since it is pasted into other sites. Made here, on the server (the
 * embeds' markup is not part of the site's script), and drawn by EmbedSection.
 */
export function EmbedThis({ origin, path, title, height, what }: { origin: string; path: string; title: string; height: number; what: string }) {
  return <EmbedSection path={path} code={embedCode({ src: `${origin}${path}`, title, height })} what={what} />;
}
