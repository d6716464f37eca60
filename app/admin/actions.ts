'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth, requireEditor } from '@/lib/auth/server';

export async function signOut(): Promise<void> {
  await requireEditor();
  await getAuth().api.signOut({ headers: await headers() });
  redirect('/login');
}
