import type { PartyKind, PostEndReason, PostKind, VotePosition, WhipBasis, WhipInstruction } from '@/lib/domain/types';

// The whole record in Popolo (https://www.popoloproject.com/specs/) for open-data users: persons,
// organizations (the House of Commons and the parties), memberships (seats and posts), posts, and one
// event and vote_event per division. Pure: takes the rows of db/queries/open-data.ts.

type Input = {
  persons: ReadonlyArray<{ id: number; parliamentId: number | null; twfyId: number | null; name: string; sortName: string }>;
  parties: ReadonlyArray<{ id: number; name: string; abbreviation: string; colour: string | null; kind: PartyKind }>;
  memberships: ReadonlyArray<{
    id: number;
    personId: number;
    partyId: number;
    house: string;
    constituency: string | null;
    startDate: string;
    endDate: string | null;
    datesBasis: string;
  }>;
  posts: ReadonlyArray<{
    id: number;
    personId: number;
    title: string;
    kind: PostKind;
    side: string;
    department: string | null;
    startDate: string | null;
    endDate: string | null;
    endReason: PostEndReason | null;
    endedOverDivisionId: number | null;
  }>;
  divisions: ReadonlyArray<{
    id: number;
    officialId: number | null;
    heldAt: string;
    date: string;
    number: number;
    officialTitle: string;
    shortTitle: string | null;
    ayeCount: number;
    noCount: number;
    resultText: string | null;
  }>;
  votes: ReadonlyArray<{ divisionId: number; personId: number; position: VotePosition; isTeller: boolean; partyId: number | null }>;
  whips: ReadonlyArray<{ divisionId: number; partyId: number; instruction: WhipInstruction; strength: number | null; basis: WhipBasis }>;
};

const COMMONS = 'house-of-commons';

/** Popolo's vote options: a recorded abstention (both lobbies) is "abstain"; no vote recorded is "absent". */
const OPTIONS: Record<VotePosition, string> = { aye: 'yes', no: 'no', both: 'abstain', absent: 'absent' };

export function buildPopolo(input: Input, siteUrl: string) {
  const personKey = new Map(input.persons.map((p) => [p.id, p.parliamentId ? `person/${p.parliamentId}` : `person/local-${p.id}`]));
  const partyKey = new Map(input.parties.map((p) => [p.id, `party/${p.abbreviation.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`]));
  const divisionKey = new Map(input.divisions.map((d) => [d.id, d.officialId ? `division/${d.officialId}` : `division/local-${d.id}`]));
  const whipsByDivision = new Map<number, Input['whips'][number][]>();
  for (const w of input.whips) whipsByDivision.set(w.divisionId, [...(whipsByDivision.get(w.divisionId) ?? []), w]);
  const votesByDivision = new Map<number, Input['votes'][number][]>();
  for (const v of input.votes) votesByDivision.set(v.divisionId, [...(votesByDivision.get(v.divisionId) ?? []), v]);

  return {
    meta: {
      generator: 'Ayes & Noes',
      source: siteUrl,
      note: 'Dates are ISO 8601; division times are UK local time as published. Whips are recorded by editors: basis "reported" (a source says so) or "inferred".',
    },
    persons: input.persons.map((p) => ({
      id: personKey.get(p.id)!,
      name: p.name,
      sort_name: p.sortName,
      identifiers: [
        ...(p.parliamentId ? [{ scheme: 'uk.parliament.member', identifier: String(p.parliamentId) }] : []),
        ...(p.twfyId ? [{ scheme: 'uk.org.publicwhip.person', identifier: String(p.twfyId) }] : []),
      ],
      links: p.parliamentId ? [{ url: `${siteUrl}/mps/${p.parliamentId}`, note: 'Ayes & Noes' }] : [],
    })),
    organizations: [
      { id: COMMONS, name: 'House of Commons', classification: 'legislature' },
      ...input.parties.map((p) => ({
        id: partyKey.get(p.id)!,
        name: p.name,
        other_names: [{ name: p.abbreviation, note: 'abbreviation' }],
        classification: p.kind === 'party' ? 'party' : p.kind,
        ...(p.colour ? { color: p.colour } : {}),
      })),
    ],
    posts: input.posts.map((p) => ({
      id: `post/${p.id}`,
      label: p.title,
      role: p.kind,
      organization_id: COMMONS,
      ...(p.department ? { other_label: p.department } : {}),
      side: p.side,
    })),
    memberships: [
      ...input.memberships.map((m) => ({
        id: `membership/${m.id}`,
        person_id: personKey.get(m.personId)!,
        organization_id: m.house === 'commons' ? COMMONS : `house-of-${m.house}`,
        on_behalf_of_id: partyKey.get(m.partyId) ?? null,
        role: 'Member of Parliament',
        area: m.constituency ? { name: m.constituency } : null,
        start_date: m.startDate,
        end_date: m.endDate,
        dates_basis: m.datesBasis,
      })),
      ...input.posts.map((p) => ({
        id: `post-membership/${p.id}`,
        person_id: personKey.get(p.personId)!,
        organization_id: COMMONS,
        post_id: `post/${p.id}`,
        role: p.title,
        start_date: p.startDate,
        end_date: p.endDate,
        end_reason: p.endReason,
        ended_over_event_id: p.endedOverDivisionId ? (divisionKey.get(p.endedOverDivisionId) ?? null) : null,
      })),
    ],
    events: input.divisions.map((d) => ({
      id: divisionKey.get(d.id)!,
      name: d.shortTitle ?? d.officialTitle,
      classification: 'division',
      organization_id: COMMONS,
      start_date: d.heldAt,
    })),
    vote_events: input.divisions.map((d) => ({
      id: divisionKey.get(d.id)!,
      event_id: divisionKey.get(d.id)!,
      identifier: d.officialId ? String(d.officialId) : null,
      motion: { text: d.officialTitle, ...(d.shortTitle ? { short_text: d.shortTitle } : {}) },
      organization_id: COMMONS,
      start_date: d.heldAt,
      result: d.resultText,
      counts: [
        { option: 'yes', value: d.ayeCount },
        { option: 'no', value: d.noCount },
      ],
      // Not part of Popolo: each party's whip as recorded, with its basis.
      whips: (whipsByDivision.get(d.id) ?? []).map((w) => ({
        group_id: partyKey.get(w.partyId) ?? null,
        instruction: w.instruction,
        strength: w.strength,
        basis: w.basis,
      })),
      votes: (votesByDivision.get(d.id) ?? []).map((v) => ({
        voter_id: personKey.get(v.personId)!,
        option: OPTIONS[v.position],
        group_id: v.partyId === null ? null : (partyKey.get(v.partyId) ?? null),
        ...(v.isTeller ? { role: 'teller' } : {}),
      })),
    })),
  };
}
