import type { Metadata } from 'next';
import Link from 'next/link';
import { requireEditor } from '@/lib/auth/server';
import { DIVISION_FILE_TOO_LARGE, MAX_DIVISION_FILE_BYTES } from '@/lib/validation/divisions';
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
          fields and the votes, and keeps the old ones in the history. A vote an editor corrected is never replaced: where
          the file gives it otherwise, the summary says so and the editor&rsquo;s vote stands.
        </p>
        <p>
          A file with a problem is refused whole, with the field at fault: nothing is written. A file can be at most{' '}
          {MAX_DIVISION_FILE_BYTES / 1_000_000} MB (a full House&rsquo;s record is about 170 KB).
        </p>
      </div>
      <UploadForm maxFileBytes={MAX_DIVISION_FILE_BYTES} tooLargeMessage={DIVISION_FILE_TOO_LARGE} />
    </div>
  );
}
