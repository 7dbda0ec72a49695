import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/api/schemas';
import { citeId, ReferenceRegistry, referenceId } from '../../src/lib/reference-registry';
import { outletAndDate } from '../../src/lib/source-text';
import { withFullStop } from '../../src/lib/text';

const source = (n: number, headline: string | null = null): Source => ({
  url: `https://example.com/${n}`,
  outlet: `Outlet ${n}`,
  headline,
  published: n % 2 ? '2022-07-27' : null,
});

describe('footnote numbering', () => {
  it('numbers sources in order of first citation and keeps a number for a source cited again', () => {
    const refs = new ReferenceRegistry();
    expect(refs.cite('a', source(1))).toEqual({ n: 1, use: 1 });
    expect(refs.cite('a', source(2))).toEqual({ n: 2, use: 1 });
    expect(refs.cite('b', source(3))).toEqual({ n: 3, use: 1 });
    expect(refs.cite('c', source(1))).toEqual({ n: 1, use: 2 });
    expect(refs.references().map((r) => [r.n, r.source.url, r.uses])).toEqual([
      [1, 'https://example.com/1', 2],
      [2, 'https://example.com/2', 1],
      [3, 'https://example.com/3', 1],
    ]);
  });

  it('counts a place once however often it re-renders', () => {
    const refs = new ReferenceRegistry();
    refs.cite('a', source(1));
    expect(refs.cite('a', source(1))).toEqual({ n: 1, use: 1 });
    expect(refs.references()[0]?.uses).toBe(1);
  });

  it('tells a subscriber, after the render, when a citation arrives', async () => {
    const refs = new ReferenceRegistry();
    let told = 0;
    refs.subscribe(() => (told += 1));
    const before = refs.getVersion();
    refs.cite('a', source(1));
    refs.cite('b', source(2));
    expect(told).toBe(0);
    await Promise.resolve();
    expect(told).toBe(1);
    expect(refs.getVersion()).toBeGreaterThan(before);
  });

  it('gives markers and references ids that link each other', () => {
    expect(citeId({ n: 3, use: 2 })).toBe('cite-3-2');
    expect(referenceId(3)).toBe('ref-3');
  });

  it('names a source by outlet and date, and says when the date is unknown', () => {
    expect(outletAndDate(source(1))).toBe('Outlet 1, 27 Jul 2022');
    expect(outletAndDate(source(2))).toBe('Outlet 2, date unknown');
  });

  it('ends a question without an extra full stop', () => {
    expect(withFullStop('Did they exit at the 15-year leap?')).toBe(
      'Did they exit at the 15-year leap?',
    );
    expect(withFullStop('Production company')).toBe('Production company.');
  });
});
