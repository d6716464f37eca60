import { eq } from 'drizzle-orm';
import type { MembershipInput, PostInput } from '@/lib/import/member-records';
import { posts } from '../schema';
import { nextTimestamp, type SaveContext } from './member-save-context';
import { recordRevision } from './revisions';

type PostRow = typeof posts.$inferSelect;
type Period = MembershipInput & { partyId: number };

const OFFICIAL_PREFIX = 'members-api:';
const isOfficial = (row: PostRow) => row.importKey?.startsWith(OFFICIAL_PREFIX) ?? false;

/**
 * A member's government and opposition posts from the Members API. Official fields (title, dates,
 * department) of the posts it created are kept up to date; editorial fields (how and why a post ended,
 * the division it ended over, notes, sources) are never touched. A post an editor (or the seed) entered
 * whose end date matches an official one is that post: it gets the missing start date and the official
 * id rather than a duplicate, and the match is reported.
 */
export function savePosts(context: SaveContext, periods: ReadonlyArray<Period>): void {
  const { tx, input, personId, result, who } = context;
  const existing = tx.select().from(posts).where(eq(posts.personId, personId)).all();
  const used = new Set<number>();
  const sources = [{ url: input.sourceUrl, note: 'Members API: government and opposition posts' }];
  const startsByPost = new Map<number, Set<string>>();
  for (const p of input.posts) startsByPost.set(p.postId, (startsByPost.get(p.postId) ?? new Set()).add(p.startDate));

  for (const post of [...input.posts].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    const key = `${OFFICIAL_PREFIX}${input.memberId}:${post.postId}:${post.startDate}`;
    const available = existing.filter((r) => !used.has(r.id));
    const row =
      available.find((r) => r.importKey === key) ??
      // matched to an editor's post on an earlier run
      available.find((r) => !isOfficial(r) && r.officialId === post.postId && r.startDate === post.startDate) ??
      // Parliament corrected the start date of a post imported before
      available.find(
        (r) => isOfficial(r) && r.officialId === post.postId && r.startDate !== null && !startsByPost.get(post.postId)?.has(r.startDate),
      );

    if (row && isOfficial(row)) {
      used.add(row.id);
      updateOfficialPost(context, row, post, key);
      continue;
    }
    if (row) {
      used.add(row.id);
      fillEditorsPost(context, row, post);
      continue;
    }
    const match = bestEditorMatch(available, post);
    if (match) {
      used.add(match.id);
      const filled = fillEditorsPost(context, match, post);
      result.notes.push(
        `${who}: post #${match.id} "${match.title}" (ended ${match.endDate}) matched to the official "${post.title}" (post ${post.postId})` +
          (filled.length > 0 ? `; filled in ${filled.join(', ')}` : ''),
      );
      continue;
    }
    const onStart = periods.find((p) => p.startDate <= post.startDate && (p.endDate === null || p.endDate >= post.startDate));
    tx.insert(posts)
      .values({
        personId,
        title: post.title,
        kind: post.kind,
        side: post.side,
        partyId: onStart?.partyId ?? null,
        department: post.department,
        startDate: post.startDate,
        endDate: post.endDate,
        sources,
        officialId: post.postId,
        importKey: key,
      })
      .run();
    result.writes += 1;
  }
}

/** An editor's (or the seed's) post with the same end date; by side, kind and title where several have it. */
function bestEditorMatch(candidates: ReadonlyArray<PostRow>, post: PostInput): PostRow | null {
  const possible = candidates.filter((r) => !isOfficial(r) && r.officialId === null && r.endDate !== null && r.endDate === post.endDate);
  let best: PostRow | null = null;
  let bestScore = -1;
  for (const r of possible) {
    const score = (r.side === post.side ? 4 : 0) + (r.kind === post.kind ? 2 : 0) + titleSimilarity(r.title, post.title);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

const FILLER = new Set(['shadow', 'minister', 'for', 'the', 'of', 'and', 'to', 'secretary', 'state', 'hm', 'parliamentary', 'under']);
function titleSimilarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z]+/).filter((w) => w && !FILLER.has(w)));
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / new Set([...x, ...y]).size;
}

/** Fills what an editor's post lacks (start date, official id, department); returns what was filled. */
function fillEditorsPost(context: SaveContext, row: PostRow, post: PostInput): string[] {
  const changes: Partial<PostRow> = {};
  const filled: string[] = [];
  if (row.startDate === null) {
    if (row.endDate === null || post.startDate <= row.endDate) {
      changes.startDate = post.startDate;
      filled.push(`start date ${post.startDate}`);
    } else {
      context.result.conflicts.push(`${context.who}: post #${row.id} "${row.title}" ends before the official start date ${post.startDate}; start left empty`);
    }
  }
  if (row.officialId === null) {
    changes.officialId = post.postId;
    filled.push(`official id ${post.postId}`);
  }
  if (row.department === null && post.department) {
    changes.department = post.department;
    filled.push('department');
  }
  if (filled.length > 0) writePost(context, row, changes, 'Filled in from the official record (Members API)');
  return filled;
}

function updateOfficialPost(context: SaveContext, row: PostRow, post: PostInput, key: string) {
  const changes: Partial<PostRow> = {};
  if (row.title !== post.title) changes.title = post.title;
  if (row.startDate !== post.startDate) changes.startDate = post.startDate;
  if (row.department !== post.department && post.department !== null) changes.department = post.department;
  if (row.importKey !== key) changes.importKey = key;
  if (row.endDate !== post.endDate) {
    if (post.endDate === null && row.endReason !== null) {
      context.result.conflicts.push(
        `${context.who}: post #${row.id} "${row.title}" is still held in the official record, but an editor recorded how it ended; the end date is kept`,
      );
    } else changes.endDate = post.endDate;
  }
  if (Object.keys(changes).length > 0) writePost(context, row, changes, 'The official record (Members API) changed');
}

function writePost(context: SaveContext, row: PostRow, changes: Partial<PostRow>, reason: string) {
  const { tx, options, result } = context;
  tx.update(posts)
    .set({ ...changes, updatedAt: nextTimestamp(row.updatedAt) })
    .where(eq(posts.id, row.id))
    .run();
  const after = tx.select().from(posts).where(eq(posts.id, row.id)).get() ?? null;
  recordRevision(tx, { actor: options.actor, tableName: 'posts', recordId: row.id, action: 'update', before: row, after, reason, importRunId: options.importRunId ?? null });
  result.writes += 1;
}
