// The integration tests' stand-in for 'next/headers' (a chosen cookie), plus the client address that the
// production server (scripts/serve.mjs) puts on every request as `x-ayes-client-ip`. Use it with
//   vi.mock('next/headers', () => import('./support/next-request'));
import { headers as integrationHeaders } from '../../integration/support/next-request';

export { cookies, draftMode, setRequestCookie } from '../../integration/support/next-request';

let clientAddress: string | null = null;

/** The address the next calls come from, or null for a request without the header. */
export function setClientAddress(address: string | null): void {
  clientAddress = address;
}

export async function headers(): Promise<Headers> {
  // Read before the first await, so that each call keeps the address set when it was made.
  const address = clientAddress;
  const result = await integrationHeaders();
  if (address !== null) result.set('x-ayes-client-ip', address);
  return result;
}
