import { describe, expect, it } from 'vitest';
import { quoteOf } from '@/lib/view/quotes';

// What a quote is sent as (components/quote-figure.tsx draws it): the caption worded on the server, dates in words.
describe('quoteOf', () => {
  const stance = {
    stanceId: 7,
    quote: 'I intend to vote for this motion.',
    label: 'Supports an immediate ceasefire',
    statedOn: '2023-11-15',
    kind: 'social_post',
    sourceUrl: 'https://www.theboltonnews.co.uk/news/23926442/',
    sourceOutlet: 'The Bolton News',
    confidence: 'high' as const,
  };

  it('words who said it, how and when, and names the source', () => {
    expect(quoteOf(stance)).toEqual({
      id: 7,
      quote: 'I intend to vote for this motion.',
      label: 'Supports an immediate ceasefire',
      said: 'social media post, 15 Nov 2023. ',
      sourceUrl: 'https://www.theboltonnews.co.uk/news/23926442/',
      source: 'Source: The Bolton News',
      lowConfidence: false,
      note: null,
      editWhat: 'the statement, 15 Nov 2023',
    });
  });

  it('says when the date is not recorded, when it was said against the vote, who spoke, and a weak source', () => {
    const quote = quoteOf({ ...stance, statedOn: null, speaker: 'Labour', timing: 'after', confidence: 'low', note: 'A note.' });
    expect(quote.said).toBe('Labour, social media post, date not recorded. Explained their vote afterwards. ');
    expect(quote).toMatchObject({ lowConfidence: true, note: 'A note.', editWhat: 'the statement of Labour' });
  });

  it('offers no Edit link for a stance without an id', () => {
    expect(quoteOf({ ...stance, stanceId: undefined })).toMatchObject({ id: null, editWhat: null });
  });
});
