import { describe, expect, it } from 'vitest';
import { isPartialDate } from '../../src/api/schemas';
import {
  comparePartialDates,
  formatPartialDate,
  isSurelyBefore,
  parsePartialDate,
  precisionOf,
} from '../../src/lib/partial-date';
import { formatStint, formatStintYears } from '../../src/lib/stint';

describe('partial dates', () => {
  it('accepts years, months and real days only', () => {
    expect(['2022', '2022-07', '2022-07-26', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(
      ['22', '2022-7', '2022-13', '2023-02-29', '2022-07-32', '2022/07', ''].some(isPartialDate),
    ).toBe(false);
    expect(parsePartialDate('2022-00')).toBeNull();
  });

  it('keeps precision when formatting: a month stays a month', () => {
    expect(formatPartialDate('2022')).toBe('2022');
    expect(formatPartialDate('2022-07')).toBe('Jul 2022');
    expect(formatPartialDate('2022-07-26')).toBe('26 Jul 2022');
    expect(precisionOf('2022-07')).toBe('month');
  });

  it('orders by the first possible day, the vaguer date first on a tie', () => {
    const sorted = ['2022-08', '2022-07-01', '2022', '2022-07-26', '2022-07', '2021-12-31'].sort(
      comparePartialDates,
    );
    expect(sorted).toEqual([
      '2021-12-31',
      '2022',
      '2022-07',
      '2022-07-01',
      '2022-07-26',
      '2022-08',
    ]);
  });

  it('knows a month does not end before a day inside it', () => {
    expect(isSurelyBefore('2022-07', '2022-07-26')).toBe(false);
    expect(isSurelyBefore('2022-07', '2022-08-01')).toBe(true);
    expect(isSurelyBefore('2022', '2022-12-31')).toBe(false);
  });
});

describe('stint wording', () => {
  it('says "present (as of …)" for ongoing roles and "unknown" for missing dates', () => {
    expect(formatStint({ from: '2020-07-13', to: null, status: 'ongoing', asOf: '2026-03' })).toBe(
      '13 Jul 2020 – present (as of Mar 2026)',
    );
    expect(formatStint({ from: null, to: '2022-03', status: 'ended' })).toBe('unknown – Mar 2022');
    expect(formatStint({ from: '2020-07', to: null, status: 'ended' })).toBe('Jul 2020 – unknown');
  });

  it('shortens to years for context lines', () => {
    expect(formatStintYears({ from: '2020-07-13', to: '2022-07-26', status: 'ended' })).toBe(
      '2020–2022',
    );
    expect(formatStintYears({ from: '2024-10', to: null, status: 'ongoing' })).toBe('2024–');
    expect(formatStintYears({ from: '2025', to: '2025', status: 'ended' })).toBe('2025');
    expect(formatStintYears({ from: null, to: null, status: 'unknown' })).toBe('?–?');
  });
});
