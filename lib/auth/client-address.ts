/**
 * The header the production server (scripts/serve.mjs) sets on every request from the socket's remote
 * address (or a trusted proxy's word for it), overwriting whatever the client sent: the only client address the
 * app trusts.
 */
export const CLIENT_ADDRESS_HEADER = 'x-ayes-client-ip';

// Sign-in attempts are counted by the same buckets as the server's limit on renders: an IPv6 client by its /64.
export { clientBucket, UNKNOWN_CLIENT } from '@/scripts/lib/client-bucket.mjs';
