import type { Metadata } from 'next';
import Link from 'next/link';
import { requireEditor } from '@/lib/auth/server';
import { UploadForm } from './upload-form';

export const metadata: Metadata = { title: 'Upload a division file' };

export default async function UploadDivisionPage() {
  await requireEditor('/admin/divisions/upload');
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/divisions">All divisions</Link>
      </p>
      <h1 className="text-4xl">Upload an official division file</h1>
      <div className="max-w-3xl space-y-2">
        <p>
          The file is loaded by the same code as the command-line importer: every member&rsquo;s vote, with party and seat on the
          day as the record gives them. A file that is already held changes nothing; a corrected one replaces the official
          fields and the votes, and keeps the old ones in the history.
        </p>
        <p>A file with a problem is refused whole, with the field at fault: nothing is written.</p>
      </div>
      <UploadForm />
    </div>
  );
}
