import { describe, expect, it } from 'vitest';
import { PartialDateSchema } from '../../src/api/schemas';
import {
  comparePartialDates,
  daySpan,
  firstDay,
  formatMonthYear,
  formatPartialDate,
  isoOfDay,
  isPartialDate,
  lastIsoDay,
  mayTouch,
  parseDay,
  precisionOf,
} from '../../src/lib/partial-date';

describe('partial dates', () => {
  it('accepts years, months and real days only', () => {
    expect(['2022', '2022-07', '2022-07-26', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(
      ['22', '2022-7', '2022-00', '2022-13', '2023-02-29', '2022-07-32', '2022/07', ''].some(
        isPartialDate,
      ),
    ).toBe(false);
  });

  it('is what the API contract accepts as a date', () => {
    expect(PartialDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(PartialDateSchema.safeParse('2023-02-29').success).toBe(false);
  });

  it('keeps precision when formatting: a month stays a month', () => {
    expect(formatPartialDate('2022')).toBe('2022');
    expect(formatPartialDate('2022-07')).toBe('Jul 2022');
    expect(formatPartialDate('2022-07-26')).toBe('26 Jul 2022');
    expect(formatPartialDate('2022-09-01')).toBe('1 Sep 2022');
    expect(precisionOf('2022-07')).toBe('month');
  });

  it('names the month in full for running prose, never a day it does not need', () => {
    expect(formatMonthYear('2020-07-13')).toBe('July 2020');
    expect(formatMonthYear('2022-08')).toBe('August 2022');
    expect(formatMonthYear('2021')).toBe('2021');
  });

  it('spans every day a date may mean, leap days included', () => {
    expect(daySpan('2024-02')).toEqual({
      first: firstDay('2024-02-01'),
      last: firstDay('2024-02-29'),
    });
    expect(daySpan('2023-02').last).toBe(firstDay('2023-02-28'));
    expect(daySpan('2022')).toEqual({
      first: firstDay('2022-01-01'),
      last: firstDay('2022-12-31'),
    });
    expect(daySpan('2022-07-26')).toEqual({
      first: firstDay('2022-07-26'),
      last: firstDay('2022-07-26'),
    });
    expect(isoOfDay(daySpan('2024-02').last)).toBe('2024-02-29');
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

  it('lets a stint touch a range unless one end surely falls outside it', () => {
    const july2022 = daySpan('2022-07');
    // A month-only end may be any day of that month, so it may reach into the range.
    expect(mayTouch('2020-07-13', '2022-07', daySpan('2022-07-26'))).toBe(true);
    expect(mayTouch('2020-07-13', '2022-06-30', july2022)).toBe(false);
    expect(mayTouch('2022-08', null, july2022)).toBe(false);
    // An unknown end is open: the stint may run on past any day.
    expect(mayTouch('2020-07-13', null, daySpan('2030'))).toBe(true);
    expect(mayTouch(null, null, july2022)).toBe(true);
  });

  it('reads a full day and explains every way one can be wrong', () => {
    expect(parseDay('2022-08-15')).toEqual({
      ok: true,
      iso: '2022-08-15',
      day: firstDay('2022-08-15'),
    });
    expect(parseDay(' 2024-02-29 ')).toMatchObject({ ok: true, iso: '2024-02-29' });
    expect(parseDay('2023-02-30')).toEqual({
      ok: false,
      message: '“2023-02-30” is not a date: February 2023 has 28 days.',
    });
    expect(parseDay('2022-13-01')).toMatchObject({ ok: false, message: /no month 13/ });
    expect(parseDay('banana')).toMatchObject({ ok: false, message: /“banana” is not a date/ });
    expect(parseDay('2022-08')).toMatchObject({ ok: false, message: /not a single day/ });
    expect(parseDay('0099-01-01')).toMatchObject({ ok: false });
    const long = parseDay('x'.repeat(500));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message.length).toBeLessThan(120);
  });
});

describe('the last day a partial date can mean', () => {
  it('is the day itself, the month’s last day or 31 December, and null for a non-date', () => {
    expect(lastIsoDay('2022-07-26')).toBe('2022-07-26');
    expect(lastIsoDay('2024-02')).toBe('2024-02-29');
    expect(lastIsoDay('2023-02')).toBe('2023-02-28');
    expect(lastIsoDay('2022')).toBe('2022-12-31');
    expect(lastIsoDay('2022-13')).toBeNull();
    expect(lastIsoDay('soon')).toBeNull();
  });
});
