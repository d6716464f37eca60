import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DivisionAdminHeader } from '@/components/admin/division-admin-header';
import { countPositions, describeVoteSelection, describeVoteTally, DivisionVotesFilter, DivisionVotesTable } from '@/components/admin/division-votes-table';
import { RecordHistory } from '@/components/admin/record-history';
import { UndoNotice } from '@/components/admin/undo-notice';
import { getVoteCorrectionValues, listAdminVotes, listPartiesWithMembers } from '@/db/queries/admin-division-votes';
import { getDivisionHeading } from '@/db/queries/admin-divisions';
import { listRecordRevisions } from '@/db/queries/revisions';
import { VOTE_POSITIONS } from '@/db/schema/enums';
import { requireEditor } from '@/lib/auth/server';
import { plural } from '@/lib/view/format';
import { readChoice, readParam, type SearchParams } from '@/lib/view/params';
import { VoteCorrectionForm } from './vote-correction-form';

export const metadata: Metadata = { title: 'Votes' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function DivisionVotesPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/divisions/${raw}/votes`;
  await requireEditor(path);
  const id = Number(raw);
  const division = Number.isSafeInteger(id) && id > 0 ? getDivisionHeading(id) : null;
  if (!division) notFound();
  const query = await searchParams;

  const parties = listPartiesWithMembers(division.id).filter((p) => p.members > 0);
  const party = parties.find((p) => p.abbreviation.toLowerCase() === readParam(query, 'party')?.toLowerCase());
  const vote = readChoice(query, 'vote', VOTE_POSITIONS);
  const rows = listAdminVotes(division.id, { partyId: party?.id, position: vote });
  const tally = countPositions(party || vote ? listAdminVotes(division.id, {}) : rows);
  const memberId = Number(readParam(query, 'member'));
  const chosen = Number.isSafeInteger(memberId) && memberId > 0 ? getVoteCorrectionValues(division.id, memberId) : null;
  const filter = { party: party?.abbreviation, vote };
  const pasted = readParam(query, 'pasted');
  const changed = Number(readParam(query, 'changed') ?? '0');

  return (
    <div className="space-y-8">
      <DivisionAdminHeader division={division} current="votes" title="Votes" />
      {pasted || readParam(query, 'corrected') ? (
        <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          {changed === 0
            ? 'Nothing changed: every vote was already as given.'
            : `Saved: ${plural(changed, 'vote')} changed${pasted ? ` of the ${pasted} pasted` : ''}, as one change in the history below. The public pages show it now.`}
        </div>
      ) : null}
      <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />
      <p>
        <Link href={`/admin/divisions/${division.id}/votes/csv`} className="font-semibold">
          Paste votes as CSV
        </Link>{' '}
        to add or correct many at once.
      </p>

      <section id="correct" aria-labelledby="correct-heading" className="space-y-3">
        <h2 id="correct-heading" className="text-2xl">
          Correct a vote
        </h2>
        <p className="max-w-3xl text-muted">
          Choose a member below, or type a name or member id. A vote the record holds keeps its party and seat on the day; a
          vote added for a member it left out takes them from their membership on the day.
        </p>
        <VoteCorrectionForm key={chosen?.member ?? 'none'} divisionId={division.id} initial={chosen ?? {}} />
      </section>

      <section id="votes" aria-labelledby="votes-heading" className="space-y-4">
        <h2 id="votes-heading" className="text-2xl">
          Every member, and how they voted
        </h2>
        <p className="max-w-3xl">
          Every member who sat on the day has a row, including those who did not vote. {describeVoteTally(tally)}
        </p>
        <DivisionVotesFilter action={path} parties={parties} selected={filter} />
        <p role="status" className="font-semibold">
          {describeVoteSelection(rows.length, party?.name, vote)}
        </p>
        {rows.length > 0 ? (
          <DivisionVotesTable rows={rows} action={path} filter={filter} caption={`How each member voted: ${describeVoteSelection(rows.length, party?.name, vote)}`} />
        ) : (
          <p>No members match.</p>
        )}
      </section>
      <RecordHistory title="History of the votes" revisions={listRecordRevisions('division_votes', division.id)} returnTo={path} />
    </div>
  );
}
