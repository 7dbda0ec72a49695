import { describe, expect, it } from 'vitest';
import { monthStarts, timeScale, yearStarts } from '../../src/features/timeline/chart/time-scale';
import { firstDay } from '../../src/lib/partial-date';

describe('the chart time scale', () => {
  it('stretches whole years across the plot, day by day', () => {
    const { start, end, x } = timeScale({ from: 2023, to: 2024 }, 730);
    expect(start).toBe(firstDay('2023'));
    expect(end).toBe(firstDay('2025'));
    expect(x(start)).toBe(0);
    expect(x(end)).toBe(730);
    // 2024 is a leap year: 365 + 366 days share 730 pixels.
    expect(x(firstDay('2024'))).toBeCloseTo((365 / 731) * 730, 10);
    expect(x(firstDay('2024-03-01'))).toBeCloseTo(((365 + 60) / 731) * 730, 10);
    // Days outside the years fall outside the plot rather than being clamped to it.
    expect(x(firstDay('2022-12-31'))).toBeLessThan(0);
  });

  it('starts each year and each month but January on its first day', () => {
    const years = { from: 2023, to: 2024 };
    expect(yearStarts(years)).toEqual([firstDay('2023'), firstDay('2024')]);
    const months = monthStarts(years);
    expect(months).toHaveLength(22);
    expect(months[0]).toBe(firstDay('2023-02'));
    expect(months[1]).toBe(firstDay('2023-03'));
    expect(months[11]).toBe(firstDay('2024-02'));
    expect(months.includes(firstDay('2024-01'))).toBe(false);
  });
});

describe('a time axis that ends at a spoiler horizon', () => {
  it('ends the day after the horizon, not at the end of its year', () => {
    const { start, end, x } = timeScale({ from: 2022, to: 2022 }, 181, '2022-06-30');
    expect(start).toBe(firstDay('2022'));
    expect(end).toBe(firstDay('2022-07-01'));
    expect(x(firstDay('2022-07-01'))).toBe(181);
  });

  it('keeps whole years when the horizon is past them', () => {
    expect(timeScale({ from: 2022, to: 2022 }, 365, '2024-01-01').end).toBe(firstDay('2023'));
  });
});
