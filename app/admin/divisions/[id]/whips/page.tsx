import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DivisionAdminHeader } from '@/components/admin/division-admin-header';
import { RecordHistory } from '@/components/admin/record-history';
import { UndoNotice } from '@/components/admin/undo-notice';
import { WhipAnalysisTable, type WhipAnalysisRow } from '@/components/admin/whip-analysis-table';
import { ClearedNotice } from '@/components/forms/cleared-notice';
import { listPartiesWithMembers } from '@/db/queries/admin-division-votes';
import { getDivisionHeading } from '@/db/queries/admin-divisions';
import { analyseWithWhips, listDivisionWhipRevisions, listDivisionWhips, whipFormValues } from '@/db/queries/admin-whips';
import { requireEditor } from '@/lib/auth/server';
import type { PartyResult } from '@/lib/domain';
import { describeInstruction, describeWhipBasis } from '@/lib/view/whip-wording';
import { plural } from '@/lib/view/format';
import { readParam, type SearchParams } from '@/lib/view/params';
import { WhipForm } from './whip-form';

export const metadata: Metadata = { title: 'Whips' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function DivisionWhipsPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/divisions/${raw}/whips`;
  await requireEditor(path);
  const id = Number(raw);
  const division = Number.isSafeInteger(id) && id > 0 ? getDivisionHeading(id) : null;
  if (!division) notFound();
  const query = await searchParams;

  const parties = listPartiesWithMembers(division.id);
  const whips = listDivisionWhips(division.id);
  const analysis = analyseWithWhips(division, whips);
  const rows: WhipAnalysisRow[] = parties
    .filter((p) => p.members > 0)
    .map((p) => {
      const whip = whips.find((w) => w.partyId === p.id);
      return { party: p, members: p.members, result: analysis.parties.get(p.id) ?? null, recorded: whip ? { id: whip.id, updatedAt: whip.updatedAt } : null };
    });

  const chosenParty = Number(readParam(query, 'party'));
  const chosenWhip = whips.find((w) => w.partyId === chosenParty);
  const initial = chosenWhip
    ? whipFormValues(chosenWhip)
    : { party: parties.some((p) => p.id === chosenParty) ? String(chosenParty) : '', version: '', editingParty: '' };
  const partyOptions = parties.filter((p) => p.kind === 'party').map((p) => ({
    value: String(p.id),
    label: `${p.name} (${p.members > 0 ? plural(p.members, 'member') : 'no members in this division'})`,
  }));
  const saved = parties.find((p) => p.id === Number(readParam(query, 'saved')));

  return (
    <div className="space-y-8">
      <DivisionAdminHeader division={division} current="whips" title="Whips" />
      {saved ? <SavedNotice name={saved.name} result={analysis.parties.get(saved.id) ?? null} /> : null}
      <ClearedNotice cleared={query.cleared} />
      {readParam(query, 'removed') ? (
        <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          Whip removed (change #{readParam(query, 'removed')}); the party is now measured against the guessed whip, if any.
        </div>
      ) : null}
      {readParam(query, 'removeRefused') ? (
        <div role="alert" className="border-4 border-no p-3 font-semibold">
          Not removed: someone changed this whip since you opened the page. Check it below, then remove it again.
        </div>
      ) : null}
      <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />
      <p className="max-w-3xl">
        A recorded whip is what each member is measured against. Where none is recorded, the rules infer it from how the
        party&rsquo;s members voted, but only when at least half of those seated voted and two thirds of them took one side
        (never for a party of one, independents or the Chair). Not voting is never a rebellion. &ldquo;Against the
        majority&rdquo; counts rebels measured only against the side most of its voting members took, with no thresholds,
        as trackers that guess the whip do.
      </p>
      {rows.length > 0 ? (
        <WhipAnalysisTable rows={rows} path={path} />
      ) : (
        <p>No votes are recorded for this division yet, so no party can have a whip on it. Add the votes first.</p>
      )}
      <section id="whip-form" aria-labelledby="whip-form-heading" className="space-y-3">
        <h2 id="whip-form-heading" className="text-2xl">
          {chosenWhip ? 'Change a whip' : 'Set a whip'}
        </h2>
        <WhipForm key={`${initial.party}:${initial.version}`} divisionId={division.id} parties={partyOptions} initial={initial} />
        <p>
          Many whips at once: <Link href="/admin/bulk?kind=whips">load them from a CSV file</Link>.
        </p>
      </section>
      <RecordHistory title="History of the whips" revisions={listDivisionWhipRevisions(division.id)} returnTo={path} />
    </div>
  );
}

/** What the rules make of the whip just saved. */
function SavedNotice({ name, result }: { name: string; result: PartyResult | null }) {
  const whip = result?.whip;
  return (
    <div role="status" className="space-y-1 border-l-8 border-aye bg-aye-tint p-3">
      <p className="font-semibold">
        Saved {name}&rsquo;s whip{whip ? `: ${describeInstruction(whip).toLowerCase()} (${describeWhipBasis(whip)})` : ''}.
      </p>
      {result ? (
        <p>
          By the rules, {plural(result.rebels, `${name} member`)} defied it. Measured only against how most of its members voted, the
          count would be {result.rebelsAgainstMajority}.
        </p>
      ) : null}
    </div>
  );
}
