import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { html } from '@/lib/view/html';
import { PartyBadge, partyBadgeHtml } from '@/components/party-badge';
import { PayrollBadge, payrollBadgeHtml, payrollCode, payrollCodeHtml } from '@/components/payroll-badge';
import { Tag, tagHtml } from '@/components/tag';
import { VoteBadge, voteBadgeHtml, voteLabel, voteMark } from '@/components/vote-badge';
import { memberRowsHtml } from '@/components/division/member-rows';
import { voteRowsHtml } from '@/components/mp/vote-rows';
import { rebelRowsHtml } from '@/components/rebels/rebel-rows';
import { PartyVoteChart } from '@/components/division/party-vote-chart';
import { partyChartOf } from '@/lib/view/party-chart';
import { rowParties, rowTexts } from '@/lib/view/row-parties';
import { partyRowsHtml } from '@/components/division/party-rows';
import { RebelGroups } from '@/components/division/rebel-groups';

const HOSTILE = `<script>alert("x")</script> & 'co'`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;co&#x27;';

describe('html', () => {
  it('escapes every string and number put into it, in text and in attributes', () => {
    expect(html`<p title="${HOSTILE}">${HOSTILE}</p>`.text).toBe(`<p title="${ESCAPED}">${ESCAPED}</p>`);
    expect(html`<td>${1666}</td>`.text).toBe('<td>1666</td>');
  });

  it('puts markup it made in as it is, joins arrays, and leaves out null, undefined and false', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.text).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
    expect(html`<p>${null}${undefined}${false}${''}</p>`.text).toBe('<p></p>');
  });

  it('does not take an object that only looks like its markup', () => {
    const forged = { text: '<img src=x onerror=alert(1)>' } as unknown as string;
    expect(html`${forged}`.text).not.toContain('<img');
  });
});

// The tables drawn as text use these; they must stay the same elements as the components the rest of the site uses.
describe('the badges as markup are the badges', () => {
  const react = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

  it('VoteBadge', () => {
    for (const position of ['aye', 'no', 'both', 'absent'] as const) {
      expect(voteBadgeHtml(position).text).toBe(react(createElement(VoteBadge, { position })));
    }
  });

  it('VoteBadge is the words alone; the stylesheet draws each way’s mark beside them, silent for screen readers', () => {
    const css = fs.readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8');
    const marks = { aye: '✓', no: '✗', both: '±', absent: '–' } as const;
    for (const position of ['aye', 'no', 'both', 'absent'] as const) {
      expect(voteBadgeHtml(position).text).toBe(`<span class="vote vote-${position}">${voteLabel(position)}</span>`);
      expect(voteMark(position)).toBe(marks[position]);
      const rule = new RegExp(`\\.vote-${position}::before \\{\\s*content: "${marks[position]}";\\s*content: "${marks[position]}" / "";\\s*\\}`);
      expect(css).toMatch(rule);
    }
  });

  it('PartyBadge gives its colour to the stylesheet’s chip, a valid colour or the neutral grey, never what was stored', () => {
    const css = fs.readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8');
    expect(css).toMatch(/\.party::before \{[^}]*content: "";[^}]*background-color: var\(--party\);/);
    expect(partyBadgeHtml({ name: 'Labour', abbreviation: 'Lab', colour: 'E4003B' }).text).toBe(
      '<span class="party" style="--party:#E4003B"><span>Labour</span></span>',
    );
    expect(partyBadgeHtml({ name: 'X', abbreviation: 'X', colour: 'red;background:url(x)' }).text).toContain('style="--party:#6f777b"');
  });

  it('Tag, in each tone, with hostile text', () => {
    for (const tone of ['neutral', 'strong', 'warning', 'info'] as const) {
      expect(tagHtml(HOSTILE, tone).text).toBe(react(Tag({ tone, children: HOSTILE })));
    }
  });

  it('PayrollBadge, and nothing where no post is recorded', () => {
    for (const status of ['frontbench', 'pps', 'backbench'] as const) {
      expect(payrollBadgeHtml(status)?.text).toBe(react(createElement(PayrollBadge, { status })));
    }
    expect(payrollBadgeHtml('not_recorded')).toBeNull();
    // A compact row's code draws the same badge; no post recorded has no code.
    for (const status of ['frontbench', 'pps', 'backbench'] as const) expect(payrollCodeHtml(payrollCode(status)!).text).toBe(payrollBadgeHtml(status)!.text);
    expect(payrollCode('not_recorded')).toBeUndefined();
    expect(react(createElement(PayrollBadge, { status: 'not_recorded' }))).toBe('');
  });

  it('PartyBadge, in each form: a party, one with no usable colour, a hostile name, and none', () => {
    const parties = [
      { name: 'Labour', abbreviation: 'Lab', colour: 'd50000' },
      { name: 'Independent', abbreviation: 'Ind', colour: null },
      { name: HOSTILE, abbreviation: '"><b>', colour: 'red;background:url(x)' },
      null,
    ];
    for (const party of parties) {
      for (const form of [{}, { short: true }, { responsive: true }]) {
        expect(partyBadgeHtml(party, form).text).toBe(react(createElement(PartyBadge, { party, ...form })));
      }
    }
  });
});

describe('memberRowsHtml', () => {
  const parties = [{ name: 'Labour', abbreviation: 'Lab', colour: 'd50000' }];

  it('a row per member: the name links to the MP, the seat, the vote, the party and the verdict', () => {
    const text = memberRowsHtml(
      [
        { id: 4024, name: 'Yasmin Qureshi', seat: 'Bolton South East', vote: 'aye', party: 0, verdict: 'Defied the whip to abstain', rebel: true, payroll: 'f' },
        { id: null, name: 'Someone', seat: null, vote: 'absent', party: -1, verdict: 'Did not vote' },
      ],
      parties,
    ).text;
    expect(text.match(/<tr>/g)).toHaveLength(2);
    expect(text).toContain('<th scope="row" class="member-cell"><a href="/mps/4024">Yasmin Qureshi</a><small>Bolton South East</small></th>');
    expect(text).toContain(`<td>${voteBadgeHtml('aye').text}</td>`);
    expect(text).toContain('<td class="font-semibold" data-label="Whip">Defied the whip to abstain</td>');
    expect(text).toContain(payrollBadgeHtml('frontbench')!.text);
    expect(text).toContain('<th scope="row" class="member-cell"><strong>Someone</strong></th>');
    expect(text).toContain('<td><span class="text-muted">No party recorded</span></td><td data-label="Whip">Did not vote</td><td></td></tr>');
  });

  it('the Chair, a teller and a proxy', () => {
    const text = memberRowsHtml(
      [
        { id: 1, name: 'The Speaker', seat: 'Chorley', vote: 'absent', party: 0, verdict: null },
        { id: 2, name: 'A Teller', seat: 'X', vote: 'no', party: 0, verdict: 'Voted with the whip', teller: true, proxy: 'B <Proxy>' },
      ],
      parties,
    ).text;
    expect(text).toContain('<td>In the Chair</td><td>Labour</td><td class="text-muted" data-label="Whip">Does not vote</td>');
    expect(text).toContain(`<span class="tags">${tagHtml('Teller', 'info').text}${tagHtml('Proxy: B <Proxy>').text}</span>`);
    expect(text).toContain('Proxy: B &lt;Proxy&gt;');
  });
});

describe('voteRowsHtml and rebelRowsHtml', () => {
  it('an MP’s votes: the division’s link, when and as what, the vote, the verdict and the whip; the Chair', () => {
    const texts = ['Labour, Bolton South East', 'Defied the whip to abstain', 'abstain (reported)', 'Labour', ''];
    const text = voteRowsHtml(
      [
        { id: 1666, title: 'King’s Speech <amendment>', when: '15 Nov 2023 · division 1666', as: 0, vote: 'aye', verdict: 1, whip: 2, rebel: true, proxy: 'A "Whip"' },
        { id: null, title: 'Entered by hand', when: '1 Jan 2024', as: 3, vote: null, verdict: 4 },
      ],
      texts,
    ).text;
    expect(text).toContain('<a href="/divisions/1666">King’s Speech &lt;amendment&gt;</a><small>15 Nov 2023 · division 1666</small><small>Labour, Bolton South East</small>');
    expect(text).toContain(`<span class="tags items-start">${voteBadgeHtml('aye').text}${tagHtml('Proxy: A "Whip"').text}</span>`);
    expect(text).toContain('<span class="mt-1 block font-semibold">Defied the whip to abstain</span><small class="block text-sm text-muted">Whip: abstain (reported).</small>');
    expect(text).toContain('<strong>Entered by hand</strong>');
    expect(text).toContain('<td class="min-w-44">In the Chair: the Speaker and Deputy Speakers do not vote.</td>');
  });

  it('a rebel: the MP, the party, how many of how many, and each vote against the whip with its post and departure', () => {
    const text = rebelRowsHtml(
      [{ id: 4024, name: 'Yasmin Qureshi', seat: 'Bolton South East, England', party: 0, of: 0, rebellions: [{ id: 1666, title: 1, whip: 2, vote: 'aye', payroll: 'f', left: true }] }],
      [{ name: 'Labour', abbreviation: 'Lab', colour: 'd50000' }],
      ['of 1 whipped vote', 'Gaza <ceasefire>', '15 Nov 2023 · whip: abstain'],
    ).text;
    expect(text).toContain('<a href="/mps/4024">Yasmin Qureshi</a><small>Bolton South East, England</small>');
    expect(text).toContain(`<span class="block text-sm">${partyBadgeHtml({ name: 'Labour', abbreviation: 'Lab', colour: 'd50000' }, { short: true }).text}</span>`);
    expect(text).toContain('<td class="num"><span class="font-bold">1</span><span class="block text-xs text-muted">of 1 whipped vote</span></td>');
    expect(text).toContain(`<li><a href="/divisions/1666">Gaza &lt;ceasefire&gt;</a><small class="block text-sm text-muted">15 Nov 2023 · whip: abstain</small><span class="tags">${voteBadgeHtml('aye').text}${payrollBadgeHtml('frontbench')!.text}${tagHtml('Left a post over it', 'warning').text}</span></li>`);
  });
});

describe('<RebelGroups>, the rebels sent as data', () => {
  it('a section per party: its heading, the whip, and each rebel linked, with their post on the day and none where unknown', () => {
    const markup = renderToStaticMarkup(
      createElement(RebelGroups, {
        groups: [
          {
            party: { name: 'Labour', abbreviation: 'Lab', colour: 'E4003B' },
            count: '2 rebels',
            summary: 'Whip: abstain (reported). 2 voted for.',
            members: [
              { id: 3924, name: 'Yasmin Qureshi', payroll: 'frontbench' },
              { id: null, name: HOSTILE, payroll: 'not_recorded' },
            ],
          },
        ],
      }),
    );
    expect(markup).toContain('<section aria-labelledby="rebels-Lab" class="space-y-2"><h3 id="rebels-Lab"');
    expect(markup).toContain(partyBadgeHtml({ name: 'Labour', abbreviation: 'Lab', colour: 'E4003B' }).text);
    expect(markup).toContain('<p class="text-muted">Whip: abstain (reported). 2 voted for.</p>');
    expect(markup).toContain(
      `<ul class="gap-x-6 sm:columns-2 lg:columns-3"><li class="name-item"><a href="/mps/3924">Yasmin Qureshi</a>${payrollBadgeHtml('frontbench')!.text}</li><li class="name-item"><span>${ESCAPED}</span></li></ul>`,
    );
  });
});

describe('<PartyVoteChart>, its shapes drawn as text', () => {
  const lobby = { official: 0, namesRecorded: 0, tellers: 0, both: 0, partyTotal: 0 };
  const data = partyChartOf(
    [
      { party: { id: 7, name: 'Labour', abbreviation: 'Lab', colour: 'd50000', kind: 'party' }, ayes: 56, noes: 0, rebelAyes: 56, rebelNoes: 0 },
      { party: { id: 9, name: '<Independent> & co', abbreviation: 'Ind', colour: null, kind: 'party' }, ayes: 1, noes: 112, rebelAyes: 0, rebelNoes: 0 },
    ],
    { aye: { ...lobby, official: 57 }, no: { ...lobby, official: 112 } },
  );
  const chart = renderToStaticMarkup(createElement(PartyVoteChart, { chart: data, title: 'How each party voted', tableId: 'party-table' }));

  it('is sent compact rows, each party’s colour as "#rrggbb", and its description in words', () => {
    expect(data.rows).toEqual([
      { id: 7, name: 'Labour', colour: '#d50000', ayes: 56, noes: 0, rebelAyes: 56, rebelNoes: 0 },
      { id: 9, name: '<Independent> & co', colour: '#6f777b', ayes: 1, noes: 112, rebelAyes: 0, rebelNoes: 0 },
    ]);
    expect(chart).toContain(`<desc id="party-chart-desc">Aye lobby by party, tellers included, 57: Labour 56 (56 against the whip), &lt;Independent&gt; &amp; co 1.`);
    expect(chart).toContain('<title id="party-chart-title">How each party voted</title>');
  });

  it('a hatch per party in its colour, and each party’s bars labelled with their counts', () => {
    expect(chart).toContain('<pattern id="rebel-hatch-7" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d50000"></rect>');
    expect(chart).toContain('<pattern id="rebel-hatch-9"');
    expect(chart).toContain('<text x="0" y="46" font-weight="600">Labour<tspan font-weight="400"> · 56 against the whip</tspan></text>');
    expect(chart).toContain('<rect x="0.00%" y="52" width="36.00%" height="16" fill="url(#rebel-hatch-7)" stroke="currentColor" stroke-width="2"></rect>');
    expect(chart).toContain('>Aye 56</text>');
    expect(chart).toContain('<rect x="0" y="72" width="2" height="16" class="fill-line"></rect><text x="2" dx="6" y="85" font-size="13">No 0</text>');
    expect(chart).toContain('font-weight="600">&lt;Independent&gt; &amp; co</text>');
    expect(chart).toContain('width="72.00%" height="16" fill="#6f777b"');
  });
});

describe('rowTexts', () => {
  it('lists each sentence once, in the order first met, and gives every row its index', () => {
    const { texts, indexOf } = rowTexts();
    expect(['Voted for.', 'Did not vote.', 'Voted for.', ''].map(indexOf)).toEqual([0, 1, 0, 2]);
    expect(texts).toEqual(['Voted for.', 'Did not vote.', '']);
  });

  it('rowParties: each party once by abbreviation, only what a row shows of it, and -1 for none recorded', () => {
    const { parties, indexOf } = rowParties();
    const labour = { id: 7, kind: 'party', name: 'Labour', abbreviation: 'Lab', colour: 'd50000' };
    expect([labour, null, { ...labour }, undefined].map(indexOf)).toEqual([0, -1, 0, -1]);
    expect(parties).toEqual([{ name: 'Labour', abbreviation: 'Lab', colour: 'd50000' }]);
  });
});

describe('partyRowsHtml', () => {
  it('a party with a whip, and one with none known, each with its figures', () => {
    const text = partyRowsHtml([
      { party: { name: 'Labour', abbreviation: 'Lab', colour: 'd50000' }, instruction: 'Abstain', basis: 'Reported <whip>', rebels: 56, ayes: 56, noes: 0, both: 0, absent: 142 },
      { party: { name: 'Independent', abbreviation: 'Ind', colour: null }, noWhip: 'too few voted to infer one', rebels: 0, ayes: 3, noes: 1, both: 1, absent: 2 },
    ]).text;
    expect(text).toContain(`<th scope="row" class="font-semibold">${partyBadgeHtml({ name: 'Labour', abbreviation: 'Lab', colour: 'd50000' }, { responsive: true }).text}</th>`);
    expect(text).toContain('<td class="min-w-40" data-label="Whip"><span class="font-semibold">Abstain</span><span class="block text-sm text-muted">Reported &lt;whip&gt;</span></td>');
    expect(text).toContain('<td class="num font-bold" data-label="Rebels">56</td><td class="num" data-label="Aye">56</td><td class="num" data-label="No">0</td><td class="num" data-label="Both">0</td><td class="num" data-label="Did not vote">142</td>');
    expect(text).toContain('<span class="text-muted">No whip known: too few voted to infer one</span></td><td class="num" data-label="Rebels">0</td>');
  });
});
