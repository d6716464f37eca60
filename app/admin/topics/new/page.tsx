import type { Metadata } from 'next';
import { requireEditor } from '@/lib/auth/server';
import { TopicForm } from '../topic-form';

export const metadata: Metadata = { title: 'New topic' };

export default async function NewTopicPage() {
  await requireEditor('/admin/topics/new');
  return (
    <div className="space-y-6">
      <h1 className="text-4xl">New topic</h1>
      <p className="max-w-3xl">Create the topic first; then link the divisions that bear on it.</p>
      <TopicForm initial={{ version: '' }} />
    </div>
  );
}
