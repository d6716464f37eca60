import type { PartyLineRow, PersonStanceRow } from '@/db/queries/person';
import type { PartySummary } from '@/db/queries/parties';
import { getPublicEditor } from '@/lib/auth/server';
import type { MemberWords } from '@/lib/view/member-view';
import { saidListOf } from '@/lib/view/quotes';
import { SaidList } from './said-list';

/**
 * What the member said, division by division: rule 7's one verdict, judged only on words said before the vote,
 * with every quote under it (before, after: "explained their vote", timing not known), and their party's line.
 * Worded here (saidListOf) and drawn by SaidList.
 */
export async function StancesList({
  words,
  officialIdByDivision,
  parties,
}: {
  words: MemberWords<PersonStanceRow, PartyLineRow>;
  officialIdByDivision: ReadonlyMap<number, number | null>;
  parties: ReadonlyArray<PartySummary>;
}) {
  return <SaidList said={saidListOf(words, officialIdByDivision, parties)} editor={(await getPublicEditor()) !== null} />;
}
