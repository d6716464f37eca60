import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, FRAMEWORK_PARAM, PUBLIC_ROUTES, routeFor } from '@/scripts/lib/route-params.mjs';
import { finderQueryFields } from '@/lib/validation/division-finder';
import { divisionsQuerySchema, divisionVotesQuerySchema, mpsQuerySchema, pagingQueryFields } from '@/lib/validation/api';
import { divisionVotesQuerySchema as divisionListQuerySchema } from '@/lib/validation/division-votes';
import { rebelsQueryFields } from '@/lib/validation/rebels';

// The production server keeps only the query parameters each public route reads (scripts/lib/route-params.mjs), so
// that junk parameters never make a render (item 3 of the hardening issue). Its lists must agree with what the
// pages and the API read: a parameter missing here would be stripped from links that use it. These tests tie the
// lists to the schemas the routes parse with, and every public route in app/ to an entry.

const names = (shape: object) => Object.keys(shape).sort();
const paramsOf = (example: string) => {
  const route = routeFor(example);
  if (!route) throw new Error(`No public route for ${example}`);
  return [...route.params].sort();
};

describe('the parameters each public route keeps', () => {
  it('are those the API’s schemas accept, no more and no fewer', () => {
    expect(paramsOf('/api/v1/divisions')).toEqual(names(divisionsQuerySchema.shape));
    expect(paramsOf('/api/v1/divisions/1666/votes')).toEqual(names(divisionVotesQuerySchema.shape));
    expect(paramsOf('/api/v1/mps')).toEqual(names(mpsQuerySchema.shape));
    expect(paramsOf('/api/v1/rebels')).toEqual(names({ ...rebelsQueryFields, ...pagingQueryFields }));
    for (const example of ['/api/v1/divisions/1666', '/api/v1/mps/3924', '/api/v1/openapi.json', '/api/v1/popolo.json']) {
      expect(paramsOf(example), example).toEqual([]);
    }
  });

  it('are those the pages and downloads read', () => {
    expect(paramsOf('/rebels')).toEqual(names({ ...rebelsQueryFields, page: 1 }));
    expect(paramsOf('/rebels.csv')).toEqual(names(rebelsQueryFields));
    expect(paramsOf('/rebels.json')).toEqual(names(rebelsQueryFields));
    expect(paramsOf('/divisions/1666')).toEqual(names({ ...divisionListQuerySchema.shape, page: 1 }));
    expect(paramsOf('/divisions/1666/votes.csv')).toEqual(names(divisionListQuerySchema.shape));
    expect(paramsOf('/divisions/1666/votes.json')).toEqual(names(divisionListQuerySchema.shape));
    expect(paramsOf('/mps')).toEqual(['page', 'party', 'q']);
    expect(paramsOf('/mps/export.csv')).toEqual(['party', 'q']);
    expect(paramsOf('/mps/3924')).toEqual(['page', 'rebellions', 'said']);
    expect(paramsOf('/divisions')).toEqual(names({ ...finderQueryFields, page: 1 }));
    expect(paramsOf('/divisions.csv')).toEqual(names(finderQueryFields));
    expect(paramsOf('/divisions.json')).toEqual(names(finderQueryFields));
    expect(paramsOf('/search')).toEqual(['q']);
    expect(paramsOf('/topics')).toEqual([]);
    expect(paramsOf('/parties')).toEqual([]);
    expect(paramsOf('/compare')).toEqual(['mps', 'page', 'topic']);
    expect(paramsOf('/parties/Lab')).toEqual([]);
    expect(paramsOf('/topics/gaza-immediate-ceasefire')).toEqual(['page', 'party', 'said']);
    expect(paramsOf('/')).toEqual([]);
    expect(paramsOf('/report')).toEqual(['page']);
  });

  it('cover every public page and download in app/', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'page.tsx' || entry.name === 'route.ts') files.push(full);
      }
    };
    walk('app');
    const examples = files
      .map((file) => {
        const segments = path.dirname(path.relative('app', file)).split(path.sep).filter((s) => s !== '.');
        return `/${segments.map((s) => (s.startsWith('[') ? '1666' : s)).join('/')}`;
      })
      .filter((route) => !/^\/(admin|login)(\/|$)/.test(route) && route !== '/api/ping');
    expect(examples.length).toBeGreaterThan(15);
    for (const example of examples) expect(routeFor(example), example).not.toBeNull();
    expect(PUBLIC_ROUTES.length).toBeGreaterThan(0);
  });
});

describe('the clean address', () => {
  const rebels = routeFor('/rebels')!;
  it('writes the route’s parameters in its own order, lists sorted and deduplicated, and names the rest', () => {
    const search = new URLSearchParams('q=smith&utm_source=x&division=1667,1666&division=1666&party=Lab&gclid=1');
    expect(canonicalQuery(rebels, search)).toEqual({ query: '?division=1666&division=1667&party=Lab&q=smith', unknown: ['utm_source', 'gclid'] });
  });

  it('leaves the client router’s own parameter to Next.js on pages, but not on the API', () => {
    expect(canonicalQuery(rebels, new URLSearchParams(`${FRAMEWORK_PARAM}=abc&party=Lab`))).toEqual({ query: '?party=Lab', unknown: [] });
    const api = routeFor('/api/v1/rebels')!;
    expect(canonicalQuery(api, new URLSearchParams(`${FRAMEWORK_PARAM}=abc`)).unknown).toEqual([FRAMEWORK_PARAM]);
  });

  it('keeps the API’s values as sent, so that it can refuse a repeated or empty one itself', () => {
    const api = routeFor('/api/v1/mps')!;
    expect(canonicalQuery(api, new URLSearchParams('q=&party=Lab&party=Con'))).toEqual({ query: '?q=&party=Lab&party=Con', unknown: [] });
  });
});
