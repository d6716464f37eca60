import type { ReactElement } from 'react';
import { partyColour } from '@/lib/view/party-colour';
import { NO_KNOWN_REBELS } from '@/lib/view/division-summary';
import { barShare, type DivisionCard, type MemberCard } from '@/lib/view/share-card';

// The share cards (og:image) as next/og draws them: Satori lays out flexbox only, every element with more than one
// child needs display: flex, and styles are inline. The font is the one next/og ships (Geist, regular), read from its
// own package: nothing is fetched. Colours are the site's (app/globals.css).

const INK = '#0b0c0c';
const MUTED = '#484949';
const BRAND = '#1d3a5f';
const PAPER = '#f3f2f1';
const AYE = '#00703c';
const NO = '#b3261e';

/** Cuts text to `max` characters at a word, with an ellipsis: a card has no room to wrap without end. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function Frame({ kicker, children }: { kicker: string; children: ReactElement | ReactElement[] }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: 'white', color: INK, fontSize: 28 }}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          background: BRAND,
          color: 'white',
          padding: '18px 48px',
          fontSize: 30,
        }}
      >
        <div style={{ display: 'flex' }}>Ayes &amp; Noes</div>
        <div style={{ display: 'flex', fontSize: 26 }}>{kicker}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '28px 48px 32px' }}>{children}</div>
    </div>
  );
}

/** A division: title, date, result, each party's ayes and noes as bars in its colour, and the rebels. */
export function DivisionCardImage({ card }: { card: DivisionCard }) {
  const rows = card.parties;
  const barWidth = 270;
  return (
    <Frame kicker={`Division ${card.officialId} · ${card.date}`}>
      <div style={{ display: 'flex', fontSize: 44, lineHeight: 1.15, marginBottom: 14 }}>{clip(card.title, 95)}</div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 28, marginBottom: 18 }}>
        <div style={{ display: 'flex', color: AYE, fontSize: 40 }}>Ayes {card.ayes}</div>
        <div style={{ display: 'flex', color: NO, fontSize: 40 }}>Noes {card.noes}</div>
        <div style={{ display: 'flex', color: MUTED, fontSize: 26 }}>{clip(card.result, 60)}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 6, flex: 1 }}>
        <div style={{ display: 'flex', fontSize: 20, color: MUTED }}>
          <div style={{ display: 'flex', width: 330 }}>Party</div>
          <div style={{ display: 'flex', width: barWidth + 70, justifyContent: 'flex-end', paddingRight: 12 }}>Ayes</div>
          <div style={{ display: 'flex', width: barWidth + 70, paddingLeft: 12 }}>Noes</div>
        </div>
        {rows.map((p) => (
          <div key={p.abbreviation} style={{ display: 'flex', alignItems: 'center', fontSize: 22, height: 30 }}>
            <div style={{ display: 'flex', width: 330 }}>{clip(p.name, 28)}</div>
            <div style={{ display: 'flex', width: barWidth + 70, justifyContent: 'flex-end', alignItems: 'center', paddingRight: 12 }}>
              <div style={{ display: 'flex', marginRight: 8 }}>{String(p.ayes)}</div>
              <div style={{ display: 'flex', height: 22, width: Math.max(p.ayes > 0 ? 3 : 0, Math.round(barShare(p.ayes, rows) * barWidth)), background: partyColour(p.colour) }} />
            </div>
            <div style={{ display: 'flex', width: 2, height: 30, background: INK }} />
            <div style={{ display: 'flex', width: barWidth + 70, alignItems: 'center', paddingLeft: 12 }}>
              <div style={{ display: 'flex', height: 22, width: Math.max(p.noes > 0 ? 3 : 0, Math.round(barShare(p.noes, rows) * barWidth)), background: partyColour(p.colour) }} />
              <div style={{ display: 'flex', marginLeft: 8 }}>{String(p.noes)}</div>
            </div>
          </div>
        ))}
        {card.otherParties > 0 ? (
          <div style={{ display: 'flex', fontSize: 20, color: MUTED }}>{`and ${card.otherParties} more ${card.otherParties === 1 ? 'party' : 'parties'}`}</div>
        ) : (
          <div style={{ display: 'flex' }} />
        )}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', background: PAPER, borderLeft: `8px solid ${BRAND}`, padding: '10px 18px', fontSize: 28 }}>
        {card.rebels.length > 0 ? (
          card.rebels.slice(0, 2).map((line) => (
            <div key={line} style={{ display: 'flex' }}>
              {clip(line, 70)}
            </div>
          ))
        ) : (
          <div style={{ display: 'flex' }}>{NO_KNOWN_REBELS}</div>
        )}
      </div>
    </Frame>
  );
}

/** An MP: name, party, seat and the summary line of their page. */
export function MemberCardImage({ card }: { card: MemberCard }) {
  return (
    <Frame kicker="MP">
      <div style={{ display: 'flex', fontSize: 64, lineHeight: 1.1, marginBottom: 16 }}>{clip(card.name, 40)}</div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 32, marginBottom: 28 }}>
        {card.party ? (
          <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            <div style={{ display: 'flex', width: 28, height: 28, background: partyColour(card.party.colour) }} />
            <div style={{ display: 'flex' }}>{clip(card.party.name, 40)}</div>
          </div>
        ) : (
          <div style={{ display: 'flex' }}>No party recorded</div>
        )}
        {card.seat ? <div style={{ display: 'flex', color: MUTED }}>{`· ${clip(card.seat, 50)}`}</div> : <div style={{ display: 'flex' }} />}
      </div>
      <div
        style={{
          display: 'flex',
          background: PAPER,
          borderLeft: `8px solid ${BRAND}`,
          padding: '18px 24px',
          fontSize: 34,
          lineHeight: 1.3,
        }}
      >
        {clip(card.summary, 230)}
      </div>
      <div style={{ display: 'flex', marginTop: 24, fontSize: 28, color: MUTED }}>{card.record}</div>
      {card.latestRebellion ? (
        <div style={{ display: 'flex', marginTop: 8, fontSize: 26, color: MUTED }}>
          {clip(`Latest: ${card.latestRebellion.title}, ${card.latestRebellion.date}`, 80)}
        </div>
      ) : (
        <div style={{ display: 'flex' }} />
      )}
    </Frame>
  );
}
