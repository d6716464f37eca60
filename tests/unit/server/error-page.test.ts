import { describe, expect, it } from 'vitest';
import { errorPageHtml, prefersHtml } from '@/scripts/lib/error-page.mjs';

// Which asker gets an error as a page (scripts/lib/error-page.mjs): a person's browser, following a link or an address
// typed in; never a program, whatever it asks for. Browsers' headers as they send them for a navigation.

const CHROMIUM = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SAFARI = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('prefersHtml', () => {
  it('is true for what browsers send when a person follows a link or types an address', () => {
    for (const accept of [CHROMIUM, FIREFOX, SAFARI, 'text/html', 'TEXT/HTML; charset=utf-8', 'text/html;q=0.9, */*;q=0.8']) {
      expect(prefersHtml(accept), accept).toBe(true);
    }
  });

  it('is false for programs: no header, anything, JSON, CSV, or HTML no higher than another type', () => {
    for (const accept of [
      undefined,
      null,
      '',
      '*/*',
      'application/json',
      'text/csv',
      'text/csv, */*;q=0.1',
      'application/json, text/html',
      'text/html;q=0.5, application/json',
      'text/html;q=0.8, */*;q=0.8',
      'text/html;q=0',
      'text/*',
    ]) {
      expect(prefersHtml(accept), String(accept)).toBe(false);
    }
  });

  it('reads a header given more than once', () => {
    expect(prefersHtml(['text/html', '*/*;q=0.8'])).toBe(true);
    expect(prefersHtml(['text/html;q=0.5', 'application/json'])).toBe(false);
  });
});

describe('errorPageHtml', () => {
  it('is a whole page with its title escaped, its styles inline and no script', () => {
    const html = errorPageHtml({ title: 'A <b> & "c"', body: '<h1>Heading</h1>' });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>A &#60;b&#62; &#38; &#34;c&#34; · Ayes &amp; Noes</title>');
    expect(html).toContain('<main>\n<h1>Heading</h1>\n</main>');
    expect(html).toContain('<style>');
    expect(html).not.toContain('<script');
  });
});
