/**
 * The search seen from a reader's spoiler horizon, over the real dataset: what exists only
 * because of later facts is left out and counted, and what is left reads as it did on that day.
 * Known recast: Samar Shah, Paras Kalnawat (Jul 2020 to Jul 2022), then Sagar Parekh (Aug 2022).
 */
import { describe, expect, it } from 'vitest';
import type { SearchKind } from '../../src/api/search-schemas';
import { rumourAsOf } from '../../src/lib/rumour-as-of';
import { createDb } from '../../src/mock-api/db';
import { dataset } from '../../src/mock-api/dataset';
import { createSearchEngine } from '../../src/mock-api/search/search-engine';
import { createSearchResults } from '../../src/mock-api/search/search-results';

const results = createSearchResults(createDb(dataset).searchSource());
const engine = createSearchEngine(results.documents());
const BEFORE = '2022-06-30';
const AFTER = '2022-09-30';
const search = (query: string, horizon: string | null) =>
  results.result(query, engine, 50, horizon);
const ids = (query: string, horizon: string | null, kind: SearchKind) =>
  search(query, horizon)
    .groups.filter((g) => g.kind === kind)
    .flatMap((g) => g.hits.map((h) => h.id));

describe('search under a spoiler horizon', () => {
  it('leaves out an actor whose roles all start after it, and says one result is hidden', () => {
    const found = search('sagar', BEFORE);
    expect(JSON.stringify(found)).not.toMatch(/Sagar Parekh/);
    expect(found.groups).toEqual([]);
    expect(found.hidden).toBe(1);
    // Nor does the typo pass or "did you mean" offer him (or anyone) instead.
    expect(found.suggestions).toEqual([]);
  });

  it('finds him once the horizon is after the recast', () => {
    const found = search('sagar', AFTER);
    expect(ids('sagar', AFTER, 'actor')).toEqual(['sagar-parekh']);
    expect(found.hidden).toBe(0);
    expect(found.groups[0]?.hits[0]?.context).toBe('Plays Samar Shah 2022–');
  });

  it('writes context lines from the horizon: no later actor under Samar, his role ongoing', () => {
    const before = search('samar', BEFORE).groups[0]?.hits[0];
    expect(before?.context).toBe('Played by Paras Kalnawat 2020–');
    const after = search('samar', AFTER).groups[0]?.hits[0];
    expect(after?.context).toBe('Played by Paras Kalnawat 2020–2022, Sagar Parekh 2022–');
    expect(search('samar', null).groups[0]?.hits[0]?.context).toMatch(/Sagar Parekh 2025/);
  });

  it('answers "who plays samar" as it stood on the horizon', () => {
    expect(search('who plays samar', BEFORE).answer?.text).toBe(
      'Paras Kalnawat has played Samar Shah since 2020.',
    );
    expect(search('who plays samar', AFTER).answer?.text).toBe(
      'Sagar Parekh has played Samar Shah since 2022. Earlier: Paras Kalnawat (2020–2022).',
    );
    expect(search('who replaced paras', BEFORE).answer?.text).toBe(
      "No recast is recorded in Paras Kalnawat's roles.",
    );
  });

  it('leaves out cast changes and leaps dated after it, and counts them', () => {
    const recast = search('samar recast', BEFORE);
    expect(recast.groups).toEqual([]);
    expect(recast.hidden).toBe(1);
    expect(ids('samar recast', AFTER, 'event')).toEqual(['2022-07-31-replaced-samar-shah']);
    const leaps = search('leap', BEFORE);
    expect(leaps.groups).toEqual([]);
    expect(leaps.hidden).toBeGreaterThanOrEqual(5);
    expect(ids('2023 leap', '2024-01-31', 'leap')).toEqual(['leap-2023']);
  });

  it('leaves out rumours reported after it, and outcomes decided after it', () => {
    const paras = 'rumour-2022-07-22-paras-kalnawat-may-leave-anupamaa-for';
    expect(ids('paras rumour', BEFORE, 'rumour')).not.toContain(paras);
    // Reported 22 Jul, borne out by his termination on 26 Jul: rumoured on the 24th.
    const on24 = search('paras rumour', '2022-07-24').groups[0]?.hits.find((h) => h.id === paras);
    expect(on24?.context).toBe('22 Jul 2022: Rumoured');
    const later = search('paras rumour', AFTER).groups[0]?.hits.find((h) => h.id === paras);
    // Confirmed by then; its outcome text is written today and may tell of later episodes.
    expect(later?.context).toBe('22 Jul 2022: Confirmed');
  });

  it('does not find a rumour by an outcome that came after it', () => {
    const paras = 'rumour-2022-07-22-paras-kalnawat-may-leave-anupamaa-for';
    expect(ids('paras confirmed', null, 'rumour')).toContain(paras);
    for (const query of ['paras confirmed', 'paras confirm', 'paras confrimed']) {
      const found = search(query, '2022-07-24');
      expect(ids(query, '2022-07-24', 'rumour')).not.toContain(paras);
      expect(found.hidden).toBeGreaterThanOrEqual(1);
    }
    expect(ids('paras rumour', '2022-07-24', 'rumour')).toContain(paras);
    expect(ids('paras confirmed', AFTER, 'rumour')).toContain(paras);
  });

  it('changes nothing without a horizon', () => {
    expect(search('sagar', null).hidden).toBe(0);
    expect(ids('sagar', null, 'actor')).toEqual(['sagar-parekh']);
  });
});

describe('a rumour as of a horizon', () => {
  const confirmed = {
    status: 'confirmed' as const,
    outcome: 'It happened.',
    denial: { by: 'The actor', date: '2024-09-01' },
    decided: '2024-10',
  };

  it('is unchanged without a horizon', () => {
    expect(rumourAsOf(confirmed, null)).toEqual({
      status: 'confirmed',
      outcome: 'It happened.',
      denial: confirmed.denial,
      outcomeHidden: false,
    });
  });

  it('reads as denied between a denial and a later confirmation', () => {
    expect(rumourAsOf(confirmed, '2024-09-15')).toEqual({
      status: 'denied',
      outcome: null,
      denial: confirmed.denial,
      outcomeHidden: true,
    });
  });

  it('counts an outcome decided in the horizon month as after it', () => {
    expect(rumourAsOf({ ...confirmed, denial: null }, '2024-10-15').status).toBe('rumoured');
    expect(rumourAsOf({ ...confirmed, denial: null }, '2024-10-31').status).toBe('confirmed');
  });

  it('reads "still open" and undated outcomes as rumoured', () => {
    const open = { status: 'open' as const, outcome: 'Nothing yet.', denial: null, decided: null };
    expect(rumourAsOf(open, '2030-01-01').status).toBe('rumoured');
    const undated = { ...confirmed, denial: null, decided: null };
    expect(rumourAsOf(undated, '2030-01-01').status).toBe('rumoured');
  });
});
