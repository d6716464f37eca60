import Link from 'next/link';
import type { PartyKind, PartyResult } from '@/lib/domain';
import { describeInstruction, describeNoWhip, describeWhipBasis } from '@/lib/view/whip-wording';
import { Table, TableContainer, Td, Th } from '../table';

export type WhipAnalysisRow = {
  party: { id: number; name: string; abbreviation: string; kind: PartyKind };
  members: number;
  result: PartyResult | null;
  /** The whip recorded for the party, if any, with what removing it needs. */
  recorded: { id: number; updatedAt: string } | null;
};

/**
 * Each party with members in the division: how they voted, the whip recorded (or rule 4's guess), and
 * what the rules make of it: rebels against the whip used, and against the guess alone (what a tracker
 * that guesses the whip would show).
 */
export function WhipAnalysisTable({ rows, path }: { rows: ReadonlyArray<WhipAnalysisRow>; path: string }) {
  return (
    <TableContainer label="Whips by party (scrolls sideways)">
      <Table caption="Each party’s whip and its rebels">
        <thead>
          <tr>
            <Th>Party</Th>
            <Th numeric>Members</Th>
            <Th>How they voted</Th>
            <Th>Whip measured against</Th>
            <Th numeric>Rebels</Th>
            <Th numeric>Against the majority</Th>
            <Th>Change</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ party, members, result, recorded }) => (
            <tr key={party.id}>
              <Th scope="row">{party.name}</Th>
              <Td numeric>{members}</Td>
              <Td>{describeTally(result)}</Td>
              <Td className="min-w-44">
                {result?.whip ? (
                  <>
                    <span className="font-semibold">{describeInstruction(result.whip)}</span>
                    <span className="block text-sm text-muted">
                      {result.whip.origin === 'recorded'
                        ? describeWhipBasis(result.whip, party.name)
                        : `none recorded; ${describeWhipBasis(result.whip, party.name)}`}
                    </span>
                  </>
                ) : (
                  <span className="text-muted">{result ? `No whip known: ${describeNoWhip(result.guess, party.name, result.tally.both)}` : 'No whip known'}</span>
                )}
              </Td>
              <Td numeric className={result && result.rebels > 0 ? 'font-bold' : ''}>
                {result?.rebels ?? 0}
              </Td>
              <Td numeric>{result?.rebelsAgainstMajority ?? 0}</Td>
              <Td className="space-y-1">
                {party.kind === 'party' ? (
                  <Link href={`${path}?party=${party.id}#whip-form`} aria-label={`${recorded ? 'Change' : 'Set'} ${party.name}’s whip`}>
                    {recorded ? 'Change' : 'Set'}
                  </Link>
                ) : (
                  <span className="text-sm text-muted">{party.kind === 'speaker' ? 'The Chair takes no whip' : 'No party whip'}</span>
                )}
                {recorded ? (
                  <Link
                    href={`/admin/whips/${recorded.id}/delete?${new URLSearchParams({ version: recorded.updatedAt })}`}
                    className="block text-sm"
                    aria-label={`Remove ${party.name}’s whip…`}
                  >
                    Remove…
                  </Link>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableContainer>
  );
}

/** "56 aye, 141 no vote": only the positions someone took. */
function describeTally(result: PartyResult | null): string {
  if (!result) return '';
  const { ayes, noes, both, absent } = result.tally;
  const parts = [
    [ayes, 'aye'],
    [noes, 'no'],
    [both, 'both lobbies'],
    [absent, 'no vote'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(', ');
}
