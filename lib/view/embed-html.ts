import { NO_KNOWN_REBELS } from './division-summary';
import { standaloneDocument } from '@/scripts/lib/error-page.mjs';
import { escapeHtml } from './html';
import { partyColour } from './party-colour';
import { SITE_NAME } from './metadata';
import { barShare, type DivisionCard, type MemberCard } from './share-card';

// The embeddable cards (/embed/divisions/{id}, /embed/mps/{id}) as whole HTML documents. An embed lives in someone
// else's page, in an iframe: it is made as a small document of its own rather than a page of the site, so that it
// carries no site header, footer, search box, fonts or scripts (the site's root layout, app/layout.tsx, wraps every
// page in them), sets no cookie, and stays a few kilobytes. Its styles are inline; links open the full page in the
// top window. Pure: every value is escaped here.

const STYLE = `
:root{color-scheme:light dark;--ink:#0b0c0c;--muted:#484949;--paper:#f3f2f1;--line:#b1b4b6;--link:#1d5fa0;--aye:#00703c;--no:#b3261e;--brand:#1d3a5f;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--ink:#f3f2f1;--muted:#c8c8c8;--paper:#1f2a36;--line:#5a6570;--link:#8cc2ff;--aye:#5fd38d;--no:#ff8a80;--brand:#8cc2ff;--bg:#0f1720}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
.card{border:1px solid var(--line);border-top:6px solid var(--brand);padding:12px 16px;max-width:600px}
.kicker{margin:0;font-size:14px;color:var(--muted)}
h1{margin:4px 0 8px;font-size:20px;line-height:1.25}
a{color:var(--link);text-underline-offset:2px}
a:focus-visible{outline:3px solid #fd0;outline-offset:2px;color:#0b0c0c;background:#fd0}
.result{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:baseline;margin:0 0 8px}
.ayes{color:var(--aye);font-weight:700;font-size:18px}.noes{color:var(--no);font-weight:700;font-size:18px}
.muted{color:var(--muted);font-size:14px}
table{border-collapse:collapse;width:100%;font-size:14px;margin:4px 0 8px}
caption{text-align:left;font-weight:600;padding-bottom:2px}
th,td{padding:2px 4px;text-align:left;vertical-align:middle}
thead th{color:var(--muted);font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{display:inline-block;height:10px;vertical-align:middle;margin-left:4px;min-width:0}
.summary{margin:8px 0;padding:8px 12px;background:var(--paper);border-left:4px solid var(--brand)}
.summary p{margin:0}
.swatch{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px;border:1px solid var(--line)}
.foot{margin:8px 0 0;font-size:14px}
`;

function documentOf(title: string, body: string): string {
  return standaloneDocument({ title, style: STYLE, body });
}

/** A division's embed: title, result, each party's lobbies with bars in its colour, and the rebels. */
export function divisionEmbedHtml(card: DivisionCard): string {
  const page = `/divisions/${card.officialId}`;
  const rows = card.parties
    .map((p) => {
      const bar = (n: number) =>
        n > 0 ? `<span class="bar" aria-hidden="true" style="width:${Math.max(2, Math.round(barShare(n, card.parties) * 120))}px;background:${partyColour(p.colour)}"></span>` : '';
      return `<tr><th scope="row"><span class="swatch" aria-hidden="true" style="background:${partyColour(p.colour)}"></span>${escapeHtml(p.name)}</th><td class="n">${p.ayes}${bar(p.ayes)}</td><td class="n">${p.noes}${bar(p.noes)}</td></tr>`;
    })
    .join('\n');
  const others = card.otherParties > 0 ? `<p class="muted">And ${card.otherParties} more ${card.otherParties === 1 ? 'party' : 'parties'}: see the full page.</p>` : '';
  const rebels =
    card.rebels.length > 0 ? card.rebels.map((line) => `<p>${escapeHtml(line)}.</p>`).join('') : `<p>${NO_KNOWN_REBELS}.</p>`;
  return documentOf(
    `Division ${card.officialId}: ${card.title}`,
    `<article class="card" aria-labelledby="title">
<p class="kicker">${escapeHtml(SITE_NAME)} · Division ${card.officialId} · ${escapeHtml(card.date)}</p>
<h1 id="title"><a href="${page}" target="_top">${escapeHtml(card.title)}</a></h1>
<p class="result"><span class="ayes">Ayes ${card.ayes}</span><span class="noes">Noes ${card.noes}</span><span class="muted">${escapeHtml(card.result)}</span></p>
<div class="summary"><p><strong>${escapeHtml(card.summary)}</strong></p>${rebels}</div>
<table>
<caption>How each party voted (tellers included)</caption>
<thead><tr><th scope="col">Party</th><th scope="col" class="n">Ayes</th><th scope="col" class="n">Noes</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${others}
<p class="foot"><a href="${page}" target="_top">Every vote, the whips and who left their posts, on ${escapeHtml(SITE_NAME)}</a></p>
</article>`,
  );
}

/** An MP's embed: name, party, seat, their page's summary line and their latest vote against the whip. */
export function memberEmbedHtml(card: MemberCard): string {
  const page = `/mps/${card.parliamentId}`;
  const party = card.party
    ? `<span class="swatch" aria-hidden="true" style="background:${partyColour(card.party.colour)}"></span>${escapeHtml(card.party.name)}`
    : 'No party recorded';
  const latest = card.latestRebellion
    ? `<p class="muted">Latest vote against the whip: <a href="/divisions/${card.latestRebellion.officialId}" target="_top">${escapeHtml(
        card.latestRebellion.title,
      )}</a>, ${escapeHtml(card.latestRebellion.date)}. ${escapeHtml(card.latestRebellion.words)}.</p>`
    : '';
  return documentOf(
    card.name,
    `<article class="card" aria-labelledby="title">
<p class="kicker">${escapeHtml(SITE_NAME)} · MP</p>
<h1 id="title"><a href="${page}" target="_top">${escapeHtml(card.name)}</a></h1>
<p>${party}${card.seat ? ` · ${escapeHtml(card.seat)}` : ''}</p>
<div class="summary"><p>${escapeHtml(card.summary)}</p></div>
<p>${escapeHtml(card.record)}.</p>
${latest}
<p class="foot"><a href="${page}" target="_top">Every vote, the posts held and what they said, on ${escapeHtml(SITE_NAME)}</a></p>
</article>`,
  );
}

/** The iframe code offered under "Embed this": `src` is the embed's absolute address. */
export function embedCode({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;max-width:600px" loading="lazy"></iframe>`;
}

/** Heights that fit each embed without a scroll bar at 600 px wide, for the iframe code. */
export const EMBED_HEIGHTS = { division: 520, member: 360 } as const;
