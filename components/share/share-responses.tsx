import 'server-only';
import { ImageResponse } from 'next/og';
import { getDivisionByOfficialId, loadDivisionView } from '@/db/queries/division-detail';
import { loadMemberPage } from '@/db/queries/member-page';
import { divisionEmbedHtml, memberEmbedHtml } from '@/lib/view/embed-html';
import { SHARE_IMAGE_SIZE } from '@/lib/view/metadata';
import { parseRouteKey } from '@/lib/view/params';
import { buildDivisionCard, buildMemberCard, type DivisionCard, type MemberCard } from '@/lib/view/share-card';
import { DivisionCardImage, MemberCardImage } from './card-images';

// The answers of the share cards (/divisions/{id}/card.png and /mps/{id}/card.png, which the pages name as og:image)
// and of the embeds (/embed/divisions/{id}, /embed/mps/{id}). Made from the same memoised reads as the pages (kept
// until the data changes), so each costs its drawing only. The production server keeps them in the page cache and
// gives them an ETag like a page (scripts/lib/server.mjs), replacing the Cache-Control given here; next/og's own
// would be "immutable" for a year, wrong for cards whose figures an editor can correct. Nothing here sets a cookie.

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function notFound(what: string): Response {
  return new Response(`There is no ${what} on this site.\n`, { status: 404, headers: { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/** A division's card words, by its number as its page's address has it (no slug); null when there is none. */
function divisionCardOf(rawId: string): DivisionCard | null {
  const key = parseRouteKey(rawId);
  if (!key || key.kind !== 'id') return null;
  const division = getDivisionByOfficialId(key.id);
  return division ? buildDivisionCard({ division, view: loadDivisionView(division).view }) : null;
}

/** An MP's card words, by their member id as their page's address has it; null when there is none. */
function memberCardOf(rawId: string): MemberCard | null {
  const key = parseRouteKey(rawId);
  if (!key || key.kind !== 'id') return null;
  const member = loadMemberPage(key.id, 1);
  return member ? buildMemberCard(member) : null;
}

function htmlResponse(html: string): Response {
  return new Response(html, { status: 200, headers: { ...HEADERS, 'content-type': 'text/html; charset=utf-8' } });
}

export function divisionCardResponse(rawId: string): Response {
  const card = divisionCardOf(rawId);
  if (!card) return notFound('such division');
  return new ImageResponse(<DivisionCardImage card={card} />, { ...SHARE_IMAGE_SIZE, headers: HEADERS });
}

export function memberCardResponse(rawId: string): Response {
  const card = memberCardOf(rawId);
  if (!card) return notFound('such MP');
  return new ImageResponse(<MemberCardImage card={card} />, { ...SHARE_IMAGE_SIZE, headers: HEADERS });
}

export function divisionEmbedResponse(rawId: string): Response {
  const card = divisionCardOf(rawId);
  return card ? htmlResponse(divisionEmbedHtml(card)) : notFound('such division');
}

export function memberEmbedResponse(rawId: string): Response {
  const card = memberCardOf(rawId);
  return card ? htmlResponse(memberEmbedHtml(card)) : notFound('such MP');
}
