// Shared by the tests of bad division files and uploads (issue 11, items 7 to 10): a signed-in editor calling the
// real upload action on a seeded temp database, and the import command run as a user runs it.
// The test file must mock 'next/headers' (tests/integration/support/next-request) and 'next/cache' itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { seedDatabase } from '@/db/seed';
import { IDLE } from '@/lib/forms/form-state';
import { ImportError } from '@/lib/import/errors';
import { callAction, createSignedInAccount, forgetAppConnections, pointAppAtTempDb, type CallOutcome } from '../../integration/support/app-session';
import { setRequestCookie } from '../../integration/support/next-request';
import { createTempDb, type TempDb } from '../../integration/support/temp-db';

export type UploadSession = {
  t: TempDb;
  editorEmail: string;
  /** Calls the upload form's server action as the browser would send it. */
  upload: (content: string | Uint8Array, fileName: string) => Promise<CallOutcome>;
  close: () => void;
};

/** A seeded database the app reads, an editor signed in, and the upload action ready to call. */
export async function startUploadSession(email = 'editor@uploads.test'): Promise<UploadSession> {
  const t = createTempDb();
  seedDatabase(t.db);
  pointAppAtTempDb(t);
  const editor = await createSignedInAccount(email, 'editor');
  const { uploadDivision } = await import('@/app/admin/divisions/upload/actions');
  return {
    t,
    editorEmail: email,
    upload: (content, fileName) => {
      setRequestCookie(editor.cookie);
      const form = new FormData();
      form.set('file', new File([content as BlobPart], fileName, { type: 'application/json' }));
      form.set('reason', '');
      return callAction(uploadDivision, [IDLE, form]);
    },
    close: () => {
      setRequestCookie(null);
      forgetAppConnections();
      t.close();
    },
  };
}

/** `npm run import -- divisions --file …` against the database at `databaseFile`. */
export function runImportCommand(databaseFile: string, files: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/import.ts', 'divisions', ...files.flatMap((f) => ['--file', f])], {
    env: { ...process.env, DATABASE_PATH: databaseFile, IMPORT_CACHE_DIR: path.join(path.dirname(databaseFile), 'cache') },
    encoding: 'utf8',
  });
}

/** Writes a record (an object as JSON, or text as is) into the test's folder and returns its path. */
export function writeRecord(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The ImportError `fn` throws (anything else thrown is passed on; nothing thrown fails the test). */
export function importErrorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError, but nothing was thrown');
}
