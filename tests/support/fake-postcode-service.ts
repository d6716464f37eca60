import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for the postcode services on 127.0.0.1, so that no test touches the real network. It answers
// both the Members API (/api/Location/Constituency/Search?searchText=) and postcodes.io (/postcodes/{pc})
// for a few postcodes; SLOW_POSTCODE never gets an answer (to test the timeout), and BROKEN_POSTCODE
// gets a 503.

export const SLOW_POSTCODE = 'SW1A 2AA';
export const BROKEN_POSTCODE = 'SW1A 1AA';

/** Postcode (no space) → the seat the service reports. */
export const FAKE_SEATS: Record<string, { id: number; name: string; ons: string }> = {
  // A seat we hold under the same official id (2010 boundaries).
  E81DY: { id: 3506, name: 'Hackney North and Stoke Newington', ons: 'E14000720' },
  // A seat of the 2024 boundaries: held (data/constituencies), but the seeded record has no MP for it.
  BL36RA: { id: 4683, name: 'Bolton South and Walkden', ons: 'E14001111' },
  // A seat of boundaries we do not hold (a made-up future review), to offer the nearest seats by name.
  BL11AA: { id: 9999, name: 'Bolton Central and Farnworth', ons: 'E14009999' },
};

export type FakePostcodeService = { url: string; requests: string[]; close: () => Promise<void> };

export async function startFakePostcodeService(port = 0): Promise<FakePostcodeService> {
  const requests: string[] = [];
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const fromMembersApi = url.pathname === '/api/Location/Constituency/Search' ? url.searchParams.get('searchText') : null;
    const fromPostcodesIo = url.pathname.startsWith('/postcodes/') ? decodeURIComponent(url.pathname.slice('/postcodes/'.length)) : null;
    const postcode = (fromMembersApi ?? fromPostcodesIo ?? '').replace(/\s+/g, '').toUpperCase();
    if (postcode === SLOW_POSTCODE.replace(' ', '')) {
      open.add(res); // never answered; closed with the server
      return;
    }
    res.setHeader('content-type', 'application/json');
    if (postcode === BROKEN_POSTCODE.replace(' ', '')) {
      res.statusCode = 503;
      res.end('{"error":"down for maintenance"}');
      return;
    }
    const seat = FAKE_SEATS[postcode];
    if (fromMembersApi !== null) {
      const items = seat ? [{ value: { id: seat.id, name: seat.name, startDate: '2024-07-04T00:00:00', endDate: null, currentRepresentation: null }, links: [] }] : [];
      res.end(JSON.stringify({ items, totalResults: items.length, resultContext: postcode, skip: 0, take: 1, links: [] }));
      return;
    }
    if (fromPostcodesIo !== null) {
      if (!seat) {
        res.statusCode = 404;
        res.end('{"status":404,"error":"Postcode not found"}');
        return;
      }
      res.end(JSON.stringify({ status: 200, result: { postcode, parliamentary_constituency: seat.name, codes: { parliamentary_constituency: seat.ons } } }));
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
