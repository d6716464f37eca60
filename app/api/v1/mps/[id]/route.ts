import type { NextRequest } from 'next/server';
import { loadMemberPage } from '@/db/queries/member-page';
import { loadRates } from '@/db/queries/member-rates';
import { officialIdSchema, parseApiQuery, pagingQuerySchema } from '@/lib/validation/api';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiError, apiJson, badQuery } from '../../_shared/http';
import { partyRef, statementJson, verdictJson, whipJson } from '../../_shared/serialise';

/**
 * GET /api/v1/mps/{id}: one MP by Parliament member id, with their record: memberships over time, posts (and whether
 * they are known to be complete), every recorded vote with the party and seat of its day, the whip it is measured
 * against (reported or inferred, and from what) and the verdict, and what they said with rule 7's verdicts. The same
 * reads as the MP's page (loadMemberPage), so the two always agree.
 */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/v1/mps/[id]'>) {
  const id = officialIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return apiError(400, 'The MP id must be a Parliament member id, a whole number such as 3924');
  // No query parameters are taken; an unknown one is a mistake worth saying.
  const parsed = parseApiQuery(pagingQuerySchema.pick({}), request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const member = loadMemberPage(id.data, 1);
  if (!member) return apiError(404, `There is no MP with member id ${id.data}`);

  const { person, memberships, otherNames, posts, summary, words, record, officialIdByDivision } = member;
  const partyById = new Map(member.parties.map((p) => [p.id, p]));
  const latest = memberships[0];
  const origin = requestSiteOrigin(request);

  return apiJson({
    data: {
      id: person.parliamentId,
      name: person.name,
      other_names: otherNames.map((n) => ({ name: n.name, first_seen: n.firstSeen, last_seen: n.lastSeen })),
      party: partyRef(latest ? partyById.get(latest.partyId) : null),
      constituency: latest?.constituencyName ?? null,
      membership: latest ? { start: latest.startDate, end: latest.endDate, dates_basis: latest.datesBasis } : null,
      url: `${origin}/mps/${person.parliamentId}`,
      twfy_id: person.twfyId,
      rates: ratesJson(person.id, latest ? partyById.get(latest.partyId) : undefined),
      summary: summary.detail ? `${summary.headline} ${summary.detail}` : summary.headline,
      memberships: memberships.map((m) => ({
        party: partyRef(partyById.get(m.partyId)),
        constituency: m.constituencyName,
        start: m.startDate,
        end: m.endDate,
        end_reason: m.endReason,
        dates_basis: m.datesBasis,
      })),
      posts_known: person.postsKnown ? { basis: person.postsKnown, as_of: person.postsKnownOn } : null,
      posts: posts.map((p) => ({
        title: p.title,
        kind: p.kind,
        side: p.side,
        department: p.department,
        start: p.startDate,
        end: p.endDate,
        end_reason: p.endReason,
        ended_over_division: p.endedOverOfficialId,
        note: p.note,
        sources: p.sources,
      })),
      votes: record.rows().map((v) => ({
        division_id: v.officialId,
        date: v.date,
        title: v.shortTitle ?? v.officialTitle,
        position: v.position,
        is_teller: v.isTeller,
        party: partyRef(v.partyId === null ? null : partyById.get(v.partyId)),
        constituency: v.constituencyName,
        whip: whipJson(v.whip),
        verdict: verdictJson(v.verdict),
      })),
      rebellions: member.totals.rebellions,
      said_vs_did: words.verdicts.map((entry) => ({
        division_id: officialIdByDivision.get(entry.divisionId) ?? null,
        date: entry.date,
        topic: entry.topicTitle,
        supporting_lobby: entry.supportingLobby,
        position: entry.position,
        verdict: entry.verdict,
        basis: entry.basis,
        said_before: entry.before.map(statementJson),
        said_after: entry.after.map(statementJson),
        timing_not_known: entry.unknown.map(statementJson),
        party_lines: entry.partyLines.map((line) => ({ party: partyRef(partyById.get(line.partyId)), ...statementJson(line) })),
      })),
      other_statements: words.unlinked.map((s) => ({ topic: s.topicTitle, ...statementJson(s) })),
    },
  });
}

/** Attendance and rebellion rate with their counts, beside the medians of the MP's latest party. */
function ratesJson(personId: number, party: { id: number; kind: string } | undefined) {
  const { byPerson, medians } = loadRates();
  const r = byPerson.get(personId) ?? { divisionsHeld: 0, votesCast: 0, whippedVotes: 0, rebellions: 0 };
  const median = party && party.kind === 'party' ? medians.get(party.id) : undefined;
  return {
    divisions_held: r.divisionsHeld,
    votes_cast: r.votesCast,
    attendance: r.divisionsHeld ? r.votesCast / r.divisionsHeld : null,
    whipped_votes: r.whippedVotes,
    rebellions: r.rebellions,
    rebellion_rate: r.whippedVotes ? r.rebellions / r.whippedVotes : null,
    party_median: median ? { attendance: median.attendance, rebellion_rate: median.rebellionRate, members: median.members } : null,
  };
}
