import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordHistory } from '@/components/admin/record-history';
import { RefusedNotice, SavedNotice } from '@/components/admin/record-notices';
import { UndoNotice } from '@/components/admin/undo-notice';
import { getTopicForEdit, listTopicLinks, listTopicRevisions, listTopicStances } from '@/db/queries/admin-topics';
import { requireEditor } from '@/lib/auth/server';
import { formatDate } from '@/lib/view/format';
import { readParam, type SearchParams } from '@/lib/view/params';
import { TopicForm } from '../topic-form';
import { TopicLinkForm } from '../topic-link-form';
import { TopicLinks } from '../topic-links';

export const metadata: Metadata = { title: 'Edit topic' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const LINK_OUTCOMES: Record<string, { ok: boolean; text: string }> = {
  added: { ok: true, text: 'Division linked. The public pages show it now.' },
  changed: { ok: true, text: 'Supporting lobby changed. The public pages show it now.' },
  removed: { ok: true, text: 'Link removed. The removal is in the history below and can be undone.' },
  unchanged: { ok: true, text: 'Nothing to change: the link already has that lobby.' },
  missing: { ok: false, text: 'Not changed: that link no longer exists. Someone may have removed it.' },
};

export default async function EditTopicPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/topics/${raw}`;
  await requireEditor(path);
  const id = Number(raw);
  const topic = Number.isInteger(id) && id > 0 ? getTopicForEdit(id) : null;
  if (!topic) notFound();
  const query = await searchParams;
  const outcome = LINK_OUTCOMES[readParam(query, 'link') ?? ''];

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/topics">Back to topics</Link>
      </p>
      <h1 className="text-4xl">Edit topic: {topic.title}</h1>
      {readParam(query, 'saved') ? <SavedNotice /> : null}
      <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />
      <TopicForm key={topic.values.version} id={topic.id} initial={topic.values} />
      <section aria-labelledby="links-heading" className="space-y-4">
        <h2 id="links-heading" className="text-2xl">
          Linked divisions
        </h2>
        {outcome ? outcome.ok ? <SavedNotice>{outcome.text}</SavedNotice> : <RefusedNotice>{outcome.text}</RefusedNotice> : null}
        <TopicLinks topicId={topic.id} links={listTopicLinks(topic.id)} />
        <TopicLinkForm topicId={topic.id} />
      </section>
      <TopicStances topicId={topic.id} />
      <RecordHistory revisions={listTopicRevisions(topic.id)} returnTo={path} title="History of the topic and its links" />
    </div>
  );
}

function TopicStances({ topicId }: { topicId: number }) {
  const stances = listTopicStances(topicId);
  return (
    <section aria-labelledby="topic-stances-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="topic-stances-heading" className="text-2xl">
          What people said (stances)
        </h2>
        <Link href={`/admin/stances/new?topic=${topicId}`} className="font-semibold">
          Add a stance
        </Link>
      </div>
      {stances.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul className="space-y-2">
          {stances.map((s) => (
            <li key={s.id} className="border-l-4 border-line pl-3">
              {s.speaker}: <Link href={`/admin/stances/${s.id}`}>{s.label}</Link> ({s.position}, {formatDate(s.statedOn)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
