import { describe, expect, it } from 'vitest';
import { cacheKeyFor } from '@/scripts/lib/page-cache.mjs';

const get = (url: string, headers: Record<string, string> = {}) => cacheKeyFor({ method: 'GET', url, headers });

describe('which requests the page cache answers', () => {
  it('keeps the public pages, downloads and API answers, keyed by the whole address', () => {
    for (const url of [
      '/',
      '/mps',
      '/mps?q=Yasmin%20Qureshi',
      '/mps/3924',
      '/mps/export.csv',
      '/divisions',
      '/divisions/1666?party=Lab&vote=aye',
      '/divisions/1666/votes.csv',
      '/rebels?party=Lab&division=1666',
      '/rebels.csv',
      '/api',
      '/api/v1/divisions/1666/votes',
    ]) {
      expect(get(url), url).not.toBeNull();
    }
    expect(get('/divisions/1666?party=Lab')).not.toBe(get('/divisions/1666?party=Con'));
  });

  it('keys by Accept-Encoding, because the stored bytes are compressed for it', () => {
    expect(get('/', { 'accept-encoding': 'gzip' })).not.toBe(get('/'));
  });

  it('keeps the client router’s requests apart by the headers its answers vary with', () => {
    const page = get('/mps/3924');
    const data = get('/mps/3924?_rsc=abc', { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' });
    const fromElsewhere = get('/mps/3924?_rsc=abc', { rsc: '1', 'next-router-state-tree': '%5B%22mps%22%5D' });
    const prefetch = get('/mps/3924?_rsc=abc', { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D', 'next-router-prefetch': '1' });
    expect(new Set([page, data, fromElsewhere, prefetch]).size).toBe(4);
    expect(data).not.toBeNull();
  });

  it('never keeps signed-in, form, router or liveness requests, nor an outside service’s answer', () => {
    expect(get('/admin')).toBeNull();
    expect(get('/admin/divisions/1/whips')).toBeNull();
    expect(get('/login?next=%2Fadmin')).toBeNull();
    expect(get('/api/ping')).toBeNull();
    expect(cacheKeyFor({ method: 'POST', url: '/rebels', headers: {} })).toBeNull();
    expect(get('/rebels', { 'next-action': 'abc' })).toBeNull();
    // A postcode search asks the postcode service: its answer, or its outage, is not the database's.
    expect(get('/mps?q=BL3%205AB')).toBeNull();
    expect(get('/mps?q=bl35ab')).toBeNull();
    expect(get('/mps?q=Bolton')).not.toBeNull();
  });
});
