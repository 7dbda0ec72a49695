/**
 * The words of a question are read as what the fan asks, not as names to look up; the words
 * left over are the names.
 */
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/mock-api/search/search-intent';

describe('parseSearchQuery', () => {
  it.each([
    ['who plays samar', 'plays', 'samar'],
    ['Who played Samar?', 'plays', 'Samar?'],
    ['who is playing vanraj', 'plays', 'vanraj'],
    ['who is samar', 'plays', 'samar'],
    ['samar actor', 'plays', 'samar'],
    ['actress of pakhi', 'plays', 'pakhi'],
    ['current anupamaa', 'plays', 'anupamaa'],
    ['new pakhi', 'new', 'pakhi'],
    ['latest toshu', 'new', 'toshu'],
    ['new actor of pakhi', 'new', 'pakhi'],
    ['who replaced paras', 'replaced', 'paras'],
    ['paras replacement', 'replaced', 'paras'],
    ['who did sagar replace', 'replaced', 'sagar'],
    ['who took over from muskan bamne', 'replaced', 'muskan bamne'],
    ['WHO REPLACED PARAS', 'replaced', 'PARAS'],
  ])('“%s” asks %s about “%s”', (query, intent, text) => {
    expect(parseSearchQuery(query)).toEqual({ intent, text });
  });

  it('leaves a query without a question word as it is', () => {
    for (const query of ['samar', 'anupamaa kapadia', 'the', 'samar recast', 'leap 2024', '']) {
      expect(parseSearchQuery(query)).toEqual({ intent: null, text: query });
    }
  });

  it('keeps the words of a name that are also question words only when nothing asks', () => {
    // "is" and "the" frame a question, but are kept when there is none.
    expect(parseSearchQuery('the goa arc')).toEqual({ intent: null, text: 'the goa arc' });
    expect(parseSearchQuery('who is the goa arc')).toEqual({ intent: 'plays', text: 'goa arc' });
  });

  it('leaves nothing to search while the question is still being typed', () => {
    expect(parseSearchQuery('who')).toEqual({ intent: 'plays', text: '' });
    expect(parseSearchQuery('who pl')).toEqual({ intent: 'plays', text: '' });
    expect(parseSearchQuery('who repl')).toEqual({ intent: 'plays', text: '' });
    expect(parseSearchQuery('who plays')).toEqual({ intent: 'plays', text: '' });
    // A name begun after the verb is searched as it grows.
    expect(parseSearchQuery('who plays sa')).toEqual({ intent: 'plays', text: 'sa' });
    expect(parseSearchQuery('who pakhi')).toEqual({ intent: 'plays', text: 'pakhi' });
  });

  it('reads an English question word beside a name in Devanagari', () => {
    expect(parseSearchQuery('समर actor')).toEqual({ intent: 'plays', text: 'समर' });
    expect(parseSearchQuery('समर')).toEqual({ intent: null, text: 'समर' });
  });
});
