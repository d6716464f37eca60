// @ts-check
// Which counter a client's requests go to, for the production server's per-client limit on renders
// (scripts/lib/server.mjs) and the app's count of sign-in attempts (lib/auth/client-address.ts): one rule, so that
// a client cannot escape one limit by the trick the other already closes.
//
// Plain Node, no dependencies: the server loads it before Next.js.
import { isIP } from 'node:net';

/** Requests that arrive without an address (no serve.mjs in front) share one bucket. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The eight 16-bit groups of a valid IPv6 address, without leading zeros ("::" filled in).
 * @param {string} address
 */
function ipv6Groups(address) {
  // An IPv4 tail (64:ff9b::192.0.2.1) stands for the last two groups; only the first four matter here.
  const [head = '', tail] = address.toLowerCase().replace(/\d+\.\d+\.\d+\.\d+$/, '0:0').split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array(missing).fill('0'), ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}

/**
 * An IPv4 address as it is (also when IPv4-mapped, as a dual-stack server reports it), an IPv6 address by its /64
 * network (one subscriber commonly holds a whole /64, so counting single addresses would let them change address
 * at will), anything else `unknown`.
 * @param {string | null | undefined} value
 */
export function clientBucket(value) {
  const address = value?.trim() ?? '';
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return UNKNOWN_CLIENT;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return /** @type {string} */ (mapped[1]);
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}
