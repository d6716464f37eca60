import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soundStartOf } from '@/scripts/lib/bad-request.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../../support/stand-in-server';

// An address whose path does not decode ("/divisions/%ff") is refused by the production server before Next.js sees
// it (scripts/lib/bad-request.mjs). Issue 15: a browser gets a page that says what was wrong and links to the address
// without the bad part, the API gets JSON, anything else plain text; always 400 and never kept.

let server: StandInServer;
beforeAll(async () => {
  server = await startStandIn({ next: (_req, res) => void res.end('<p>rendered</p>') });
});
afterAll(() => server.close());

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the address without its bad part', () => {
  it('keeps every segment before the first that does not decode', () => {
    expect(soundStartOf('/divisions/%ff')).toBe('/divisions');
    expect(soundStartOf('/mps/3924/%e2%82')).toBe('/mps/3924');
    expect(soundStartOf('/divisions/1666/votes.csv%')).toBe('/divisions/1666');
    expect(soundStartOf('/%ff/divisions')).toBe('/');
    expect(soundStartOf('/topics/a\\b')).toBe('/topics');
  });
});

describe('a path that does not decode', () => {
  it('gives a browser a page, 400, that says what was wrong and links to the page without the bad part', async () => {
    const answer = await rawRequest(server.base, 'GET', '/divisions/%ff?party=Lab', BROWSER);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(answer.headers.vary).toBe('Accept');
    expect(answer.body).toContain('<h1>That address is not valid</h1>');
    expect(answer.body).toContain('<a href="/divisions">/divisions</a>');
    expect(answer.body).toContain('<form action="/search" method="get" role="search"');
    // Its styles are inline and it runs no script: the page policy allows exactly that.
    expect(answer.body).not.toContain('<script');
    expect(answer.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(server.seen).toEqual([]);
  });

  it('answers the API in JSON, in the shape of its other errors', async () => {
    const answer = await rawRequest(server.base, 'GET', '/api/v1/divisions/%ff', BROWSER);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(answer.body)).toEqual({ error: expect.stringMatching(/not a valid path/) });
  });

  it('answers other clients in plain text, with the address to try', async () => {
    const answer = await rawRequest(server.base, 'GET', '/mps/3924/%e2%82');
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toBe('Bad request: that address is not a valid path on this site. Try /mps/3924\n');
  });

  it('escapes what it repeats of the address', async () => {
    const answer = await rawRequest(server.base, 'GET', '/a"><b>/%ff', BROWSER);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('"><b>');
    expect(answer.body).toContain('<a href="/a&#34;&#62;&#60;b&#62;">');
  });
});
