'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db';
import { fileReaderReport, MAX_REPORTS_PER_CLIENT } from '@/db/mutations/reader-reports';
import { CLIENT_ADDRESS_HEADER, clientBucket } from '@/lib/auth/client-address';
import { invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { readerReportSchema } from '@/lib/validation/suggestions';
import { REPORT_THANKS } from '@/lib/view/suggestions';

const thanks = (): FormState => ({ status: 'saved', message: REPORT_THANKS });

// Open to anyone, like sign-in. Next.js refuses a server action whose Origin is not this site's own host, so another
// site's page cannot send reports in a visitor's name; and a report only adds to the editors' queue, never to a page.
export async function sendReport(_previous: FormState, formData: FormData): Promise<FormState> {
  // The honeypot, hidden from people and screen readers: only a robot fills it in. Its report is dropped, and it is
  // answered as a person would be, so that it learns nothing.
  if (String(formData.get('website') ?? '').trim() !== '') return thanks();
  const parsed = parseForm(readerReportSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { message, source, page } = parsed.data;
  const client = clientBucket((await headers()).get(CLIENT_ADDRESS_HEADER));
  const outcome = fileReaderReport(getDb(), { pagePath: page ?? '/', message, sourceUrl: source }, client);
  if (outcome.status === 'limited') {
    const wait = `${outcome.retryInMinutes} minute${outcome.retryInMinutes === 1 ? '' : 's'}`;
    return invalid(
      parsed.values,
      {},
      `Not sent: we take at most ${MAX_REPORTS_PER_CLIENT} reports an hour from one address, and yours has sent them. Try again in ${wait}.`,
    );
  }
  if (outcome.status === 'full') {
    return invalid(parsed.values, {}, 'Not sent: the editors have too many reports waiting to read. Please try again in a day or two.');
  }
  return thanks();
}
