import { describePosition, describeSaidVsDid, describeStanceTiming, type SaidVsDid, type StanceTiming } from '@/lib/domain';
import type { MemberWords, SaidVsDidEntry, Stance, StanceRowInput } from './member-view';
import { capitalise, formatDate } from './format';
import { rowParty, type RowParty } from './row-parties';
import { sourceLabel } from './sources';

// Quotes and said-vs-did as a client component is sent them (components/quote-figure.tsx, components/mp/said-list.tsx):
// worded here, on the server, so that what the browser draws is what the HTML holds (dates in words, verdicts and
// captions in sentences), and sent once rather than drawn into the page's payload element by element.

const KIND_LABELS: Record<string, string> = {
  statement: 'statement',
  letter: 'letter',
  social_post: 'social media post',
  speech: 'speech',
  interview: 'interview',
};

/** What a quote shows of a stance. */
export type QuoteInput = {
  quote: string | null;
  label: string;
  statedOn: string | null;
  kind?: string;
  sourceUrl: string;
  sourceTitle?: string | null;
  sourceOutlet?: string | null;
  confidence: 'high' | 'medium' | 'low';
  speaker?: string;
  /** The public note on the stance. */
  note?: string | null;
  /** When it was said relative to the vote the page is about, where there is one. */
  timing?: StanceTiming;
  /** The statement's id, for a signed-in editor's "Edit" link. */
  stanceId?: number;
};

/** A verbatim quote (or what was said, where no quote is recorded), with when, how and where it was said. */
export type QuoteData = {
  /** The statement's id, where an editor may edit it. */
  id: number | null;
  quote: string | null;
  /** Where no quote is recorded: what was said, in the editor's words. */
  label: string;
  /** Who, how and when: "Yasmin Qureshi, statement, 15 Nov 2023. Said before the vote. " */
  said: string;
  sourceUrl: string;
  source: string;
  lowConfidence: boolean;
  note: string | null;
  /** The end of the "Edit" link's name for screen readers ("the statement of …, 15 Nov 2023"). */
  editWhat: string | null;
};

export function quoteOf(stance: QuoteInput): QuoteData {
  const date = stance.statedOn ? formatDate(stance.statedOn) : null;
  return {
    id: stance.stanceId ?? null,
    quote: stance.quote,
    label: stance.label,
    said:
      `${stance.speaker ? `${stance.speaker}, ` : ''}${stance.kind ? `${KIND_LABELS[stance.kind] ?? stance.kind}, ` : ''}` +
      `${date ?? 'date not recorded'}. ${stance.timing ? `${describeStanceTiming(stance.timing)}. ` : ''}`,
    sourceUrl: stance.sourceUrl,
    source: `Source: ${sourceLabel({ url: stance.sourceUrl, title: stance.sourceTitle ?? undefined, outlet: stance.sourceOutlet ?? undefined })}`,
    lowConfidence: stance.confidence === 'low',
    note: stance.note ?? null,
    editWhat: stance.stanceId === undefined ? null : `the statement${stance.speaker ? ` of ${stance.speaker}` : ''}${date ? `, ${date}` : ''}`,
  };
}

/** One division and topic of rule 7: the heading, the one verdict (or why there is none) and every quote under it. */
export type SaidEntryData = {
  key: string;
  topicTitle: string;
  officialId: number | null;
  /** ", 15 Nov 2023: voted for" after the division's name. */
  heading: string;
  verdict: { kind: SaidVsDid; headline: string; text: string } | { kind: null; text: string };
  /** Said before, after, and on the day with no way to tell, each under its heading; only those with quotes. */
  groups: { heading: string; quotes: QuoteData[] }[];
  /** Their party's line on the topic. */
  partyLines: { party: RowParty | null; quote: QuoteData }[];
};

export type SaidListData = {
  verdicts: SaidEntryData[];
  /** What they said on topics with no division they have a vote in. */
  unlinked: { key: number; topicTitle: string; label: string; quote: QuoteData }[];
};

type LineInput = QuoteInput & { stanceId: number; partyId: number };

/** Rule 7's entries and the other statements of one member, worded (components/mp/said-list.tsx draws them). */
export function saidListOf<S extends StanceRowInput & QuoteInput & { stanceId: number; topicTitle: string }, L extends LineInput>(
  words: MemberWords<S, L>,
  officialIdByDivision: ReadonlyMap<number, number | null>,
  parties: ReadonlyArray<RowParty & { id: number }>,
): SaidListData {
  const partyById = new Map(parties.map((p) => [p.id, p]));
  return {
    verdicts: words.verdicts.map((entry) => ({
      key: `${entry.divisionId}:${entry.topicSlug}`,
      topicTitle: entry.topicTitle,
      officialId: officialIdByDivision.get(entry.divisionId) ?? null,
      heading: `, ${formatDate(entry.date)}: ${describePosition(entry.position)}`,
      verdict: verdictOf(entry),
      groups: (
        [
          ['before', entry.before],
          ['after', entry.after],
          ['unknown', entry.unknown],
        ] as const
      )
        .filter(([, stances]) => stances.length > 0)
        .map(([timing, stances]) => ({ heading: describeStanceTiming(timing), quotes: stances.map((s: Stance<S>) => quoteOf(s)) })),
      partyLines: entry.partyLines.map((line) => {
        const party = partyById.get(line.partyId);
        return { party: party ? rowParty(party) : null, quote: quoteOf({ ...line, timing: undefined }) };
      }),
    })),
    unlinked: words.unlinked.map((s) => ({ key: s.stanceId, topicTitle: s.topicTitle, label: capitalise(s.label), quote: quoteOf(s) })),
  };
}

function verdictOf<S extends StanceRowInput & QuoteInput, L>(entry: SaidVsDidEntry<S, L>): SaidEntryData['verdict'] {
  if (entry.verdict) {
    const said = entry.before.find((s) => s.position === 'supports' || s.position === 'opposes')?.position ?? 'supports';
    return {
      kind: entry.verdict,
      headline: `Said vs did: ${describeSaidVsDid(entry.verdict)}.`,
      text: ` Before the vote they said they ${said === 'supports' ? 'support' : 'oppose'} it; they ${describePosition(entry.position)}.`,
    };
  }
  const why =
    entry.basis === 'conflicting'
      ? 'before the vote they said both that they support it and that they oppose it.'
      : entry.after.length > 0 && entry.before.length === 0
        ? 'everything recorded was said after the vote, explaining it; only words said before a vote can be kept or broken.'
        : 'nothing recorded from before the vote clearly supports or opposes it.';
  return { kind: null, text: `No said-vs-did verdict: ${why}` };
}
