import { describe, expect, it } from 'vitest';
import {
  airedAttribute,
  airedKey,
  chooseHorizon,
  hiddenFactsSelector,
  isPastHorizon,
  parseHorizon,
  splitByHorizon,
} from '../../src/lib/horizon';

describe('the spoiler horizon rule', () => {
  const horizon = '2022-07-15';

  it('hides nothing when the reader has set no horizon, not even undated facts', () => {
    expect(isPastHorizon('2026-11', null)).toBe(false);
    expect(isPastHorizon(null, null)).toBe(false);
  });

  it('shows a day on or before the horizon and hides a later day', () => {
    expect(isPastHorizon('2022-07-15', horizon)).toBe(false);
    expect(isPastHorizon('2020-07-13', horizon)).toBe(false);
    expect(isPastHorizon('2022-07-16', horizon)).toBe(true);
  });

  it('counts a month or year that may fall after the horizon as after', () => {
    // July 2022 may be the 20th: hidden for a reader who stopped on the 15th.
    expect(isPastHorizon('2022-07', horizon)).toBe(true);
    expect(isPastHorizon('2022', horizon)).toBe(true);
    expect(isPastHorizon('2022-06', horizon)).toBe(false);
    expect(isPastHorizon('2021', horizon)).toBe(false);
    // At the month's last day the whole month has aired.
    expect(isPastHorizon('2022-07', '2022-07-31')).toBe(false);
    expect(isPastHorizon('2022', '2022-12-31')).toBe(false);
  });

  it('counts an unknown or unreadable date as after', () => {
    expect(isPastHorizon(null, horizon)).toBe(true);
    expect(isPastHorizon(undefined, horizon)).toBe(true);
    expect(isPastHorizon('sometime', horizon)).toBe(true);
  });

  it('splits Samar Shah’s actors at the July 2022 recast', () => {
    const stints = [
      { actor: 'Paras Kalnawat', from: '2020-07' },
      { actor: 'Sagar Parekh', from: '2022-08' },
    ];
    const before = splitByHorizon(stints, (s) => s.from, '2022-06-30');
    expect(before.shown.map((s) => s.actor)).toEqual(['Paras Kalnawat']);
    expect(before.hidden.map((s) => s.actor)).toEqual(['Sagar Parekh']);
    const after = splitByHorizon(stints, (s) => s.from, '2022-09-30');
    expect(after.shown).toHaveLength(2);
    expect(after.hidden).toHaveLength(0);
  });
});

describe('reading a horizon', () => {
  it('takes a day, a month (its last day) or a year (31 December)', () => {
    expect(parseHorizon('2022-06-30')).toEqual({ ok: true, horizon: '2022-06-30' });
    expect(parseHorizon('2022-06')).toEqual({ ok: true, horizon: '2022-06-30' });
    expect(parseHorizon('2024-02')).toEqual({ ok: true, horizon: '2024-02-29' });
    expect(parseHorizon(' 2023 ')).toEqual({ ok: true, horizon: '2023-12-31' });
  });

  it('reads nothing or "all" as no horizon', () => {
    expect(parseHorizon(null)).toEqual({ ok: true, horizon: null });
    expect(parseHorizon('')).toEqual({ ok: true, horizon: null });
    expect(parseHorizon('all')).toEqual({ ok: true, horizon: null });
  });

  it('explains a date it cannot read instead of guessing', () => {
    for (const value of ['2022-13-01', 'yesterday', '1999-01-01', '2023-02-29']) {
      const parsed = parseHorizon(value);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('is not a date this wiki can read');
    }
  });

  it('lets a link’s horizon win over the remembered one, and ignores a broken link', () => {
    expect(chooseHorizon('?upto=2022-06', '2024-01-01')).toBe('2022-06-30');
    expect(chooseHorizon('?upto=nonsense', '2024-01-01')).toBe('2024-01-01');
    expect(chooseHorizon('', null)).toBeNull();
    expect(chooseHorizon('', 'garbage')).toBeNull();
  });
});

describe('marking prerendered facts', () => {
  it('keys each fact by the day it is surely aired', () => {
    expect(airedKey('2022-08')).toBe('2022-08-31');
    expect(airedKey('2022')).toBe('2022-12-31');
    expect(airedKey('2022-08-02')).toBe('2022-08-02');
    expect(airedKey(null)).toBe('unknown');
    expect(airedAttribute('2020-07', '2022-07-26')).toEqual({ 'data-aired': '2022-07-26' });
    expect(airedAttribute('2020-07', null)).toEqual({ 'data-aired': 'unknown' });
  });

  it('builds a selector that matches exactly the keys past the horizon', () => {
    document.body.innerHTML = [
      '2022-06-30',
      '2022-07-15',
      '2022-07-16',
      '2022-07-31',
      '2022-12-31',
      '2023-01-31',
      '2021-12-31',
      'unknown',
    ]
      .map((key) => `<p data-aired="${key}">${key}</p>`)
      .join('');
    const matched = [...document.querySelectorAll(hiddenFactsSelector('2022-07-15', 2027))].map(
      (element) => element.textContent,
    );
    expect(matched).toEqual(['2022-07-16', '2022-07-31', '2022-12-31', '2023-01-31', 'unknown']);
    // Once the app applies the horizon itself, the early hiding lets go.
    document.documentElement.setAttribute('data-upto-applied', '');
    expect(document.querySelectorAll(hiddenFactsSelector('2022-07-15', 2027))).toHaveLength(0);
    document.documentElement.removeAttribute('data-upto-applied');
  });
});

describe('the boot script', () => {
  it('looks for the same mark on <html> that the head script sets', async () => {
    const { HORIZON_MARK_ATTRIBUTE } = await import('../../src/app/boot-attributes');
    const { HORIZON_ATTRIBUTE } = await import('../../src/lib/horizon');
    expect(HORIZON_MARK_ATTRIBUTE).toBe(HORIZON_ATTRIBUTE);
  });
});

describe('a horizon in an address with other parameters', () => {
  it('is read from its own parameter, wherever it stands', () => {
    expect(chooseHorizon('q=samar&upto=2022-06&at=2023-01-01', null)).toBe('2022-06-30');
  });
});
