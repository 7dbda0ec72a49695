import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { failApi, renderRoute } from '../render-route';

// The page's code loads lazily; compile it once up front so no test spends its time on that.
beforeAll(() => import('../../src/features/timeline/cast-page'));

/**
 * The rows of one group of the answer ("On screen that day", "Probably", "Not reported around
 * that day"), each as it reads: "Actor as Character" and, where there is one, the reason.
 */
function rowsOf(group: RegExp): string[] {
  const region = screen.getByRole('region', { name: group });
  return within(region)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

/** The actors listed as playing one character on screen that day. */
function playedBy(character: string): string[] {
  return rowsOf(/^On screen that day/)
    .filter((row) => row.endsWith(` as ${character}`))
    .map((row) => row.slice(0, -` as ${character}`.length));
}

describe('/cast', { timeout: 20_000 }, () => {
  it('lists who was in the cast on a day, family by family', async () => {
    renderRoute('/cast?at=2022-07-26');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The cast on 26 Jul 2022' }),
    ).toBeVisible();
    expect(document.title).toBe('The cast on 26 Jul 2022 · Anupamaa Wiki');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Who was in the cast on a date?',
    );
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Anupamaa and the Shah family',
      "Anupamaa's own family, the Joshis",
      'The Kapadias',
    ]);
    // Those whose dates leave doubt are listed apart, under "Probably" and "Not reported".
    expect(rowsOf(/^Probably/).length + rowsOf(/^Not reported/).length).toBeGreaterThan(0);
    // His last day: dated to the day, so no doubt.
    expect(playedBy('Samar Shah')).toEqual(['Paras Kalnawat']);
    expect(playedBy('Anupamaa')).toEqual(['Rupali Ganguly']);
  });

  it('reads "Actor as Character", each a link of its own', async () => {
    renderRoute('/cast?at=2022-07-26');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 26 Jul 2022' });
    const row = rowsOf(/^On screen that day/).indexOf('Rupali Ganguly as Anupamaa');
    expect(row).toBeGreaterThanOrEqual(0);
    const region = screen.getByRole('region', { name: /^On screen that day/ });
    const item = within(region).getAllByRole('listitem')[row] as HTMLElement;
    expect(within(item).getByRole('link', { name: 'Rupali Ganguly' })).toHaveAttribute(
      'href',
      '/actors/rupali-ganguly',
    );
    expect(within(item).getByRole('link', { name: 'Anupamaa' })).toHaveAttribute(
      'href',
      '/characters/anupamaa',
    );
  });

  it('groups the cast: on screen, probably (with the reason), not reported since a date', async () => {
    renderRoute('/cast?at=2023-11-15');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 15 Nov 2023' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'On screen that day (14)',
      'Probably (5)',
      'Not reported around that day (8)',
    ]);
    expect(rowsOf(/^Probably/)).toContain(
      'Asmi Deo as Aadhya Kapadialeft in Nov 2023; the exact day is not known',
    );
    // Listed apart, with the date of the last report, not counted present for years after it.
    expect(rowsOf(/^Not reported around that day/)).toContain(
      'Shekhar Shukla as Mamajinot reported since 2020',
    );
    expect(playedBy('Mamaji')).toEqual([]);
    expect(screen.queryByText(/Dates uncertain/)).toBeNull();
  });

  it('puts a stint known only to the month under "probably", and says why', async () => {
    renderRoute('/cast?at=2022-08-10');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 10 Aug 2022' });
    expect(rowsOf(/^Probably/)).toContain(
      'Sagar Parekh as Samar Shahjoined in Aug 2022; the exact day is not known',
    );
  });

  it('lists both actors, each probable, inside a handover month', async () => {
    renderRoute('/cast?at=2024-05-15');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 15 May 2024' });
    expect(rowsOf(/^Probably/).filter((row) => row.includes(' as Paritosh Shah'))).toEqual([
      'Aashish Mehrotra as Paritosh Shahleft in May 2024; the exact day is not known',
      'Gaurav Sharma as Paritosh Shahjoined in May 2024; the exact day is not known',
    ]);
  });

  it('says "probably" for a role still running past its latest report', async () => {
    renderRoute('/cast?at=2026-03-10');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 10 Mar 2026' });
    expect(rowsOf(/^Probably/)).toContain(
      'Rupali Ganguly as Anupamaastill in the role at the latest report, Mar 2026',
    );
  });

  it('compares two dates: who left, joined, was recast or aged up, and the leaps between', async () => {
    renderRoute('/cast?at=2023-10-31&vs=2024-01-31');
    const changes = await screen.findByRole('region', {
      name: 'What changed between 31 Oct 2023 and 31 Jan 2024',
    });
    expect(document.title).toBe('The cast: 31 Oct 2023 vs 31 Jan 2024 · Anupamaa Wiki');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What changed in the cast between two dates?',
    );
    const rows = (name: RegExp) =>
      within(within(changes).getByRole('region', { name })).getAllByRole('listitem');
    expect(rows(/^Left/).map((li) => li.textContent)).toContainEqual(
      expect.stringMatching(/^Sagar Parekh as Samar Shah \(Aug 2022 – Oct 2023\)/),
    );
    expect(rows(/^Joined/).map((li) => li.textContent)).toContainEqual(
      expect.stringMatching(/^Sukirti Kandpal as Shruti/),
    );
    const agedUp = rows(/^Aged up/);
    expect(agedUp[0]).toHaveTextContent(/^Aadhya Kapadia: Asmi Deo →, then Aurra Bhatnagar/);
    expect(
      within(agedUp[0] as HTMLElement).getByRole('link', { name: 'Aurra Bhatnagar' }),
    ).toHaveAttribute('href', '/actors/aurra-bhatnagar');
    expect(rows(/^Recast/)[0]).toHaveTextContent(
      /^Pakhi Shah: Muskan Bamne →, then Chandni Bhagwanani/,
    );
    const leaps = within(changes).getByRole('region', { name: /^Leaps in between/ });
    expect(within(leaps).getByRole('link', { name: 'Leap of about five years' })).toHaveAttribute(
      'href',
      '/leaps/leap-2023',
    );
    // The cast on the first day still follows, and both dates stay in the form.
    expect(
      screen.getByRole('heading', { level: 2, name: 'The cast on 31 Oct 2023' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Compare with (optional)')).toHaveValue('2024-01-31');
  });

  it('compares in time order whichever date comes first in the URL', async () => {
    renderRoute('/cast?at=2024-01-31&vs=2023-10-31');
    expect(
      await screen.findByRole('region', {
        name: 'What changed between 31 Oct 2023 and 31 Jan 2024',
      }),
    ).toBeVisible();
  });

  it('explains a second date it cannot use', async () => {
    renderRoute('/cast?at=2023-10-31&vs=2030-01-01');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The wiki’s newest source is from 13 Mar 2026, so it cannot say who was in the cast on 1 Jan 2030.',
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'The cast on 31 Oct 2023' }),
    ).toBeVisible();
  });

  it('says so for a date before the premiere', async () => {
    renderRoute('/cast?at=2019-12-31');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Anupamaa premiered on 13 Jul 2020, so on 31 Dec 2019 it had no cast yet. See the cast on the first day.',
    );
    expect(within(alert).getByRole('link').getAttribute('href')).toBe('/cast?at=2020-07-13');
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('says so for a date after the newest source', async () => {
    const { user } = renderRoute('/cast?at=2030-01-01');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The wiki’s newest source is from 13 Mar 2026, so it cannot say who was in the cast on 1 Jan 2030.',
    );
    await user.click(within(alert).getByRole('link', { name: 'See the cast as of 13 Mar 2026' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The cast on 13 Mar 2026' }),
    ).toBeVisible();
  });

  it('explains an impossible date or one that is not a date', async () => {
    renderRoute('/cast?at=2023-02-30');
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“2023-02-30” is not a date: February 2023 has 28 days.',
    );
  });

  it('explains a value that is not a date at all', async () => {
    renderRoute('/cast?at=banana');
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“banana” is not a date. Write it as year-month-day, for example 2022-08-15.',
    );
  });

  it('asks for a date when none is given, and takes one from the date picker', async () => {
    const { user, router } = renderRoute('/cast');
    await screen.findByRole('heading', { level: 1, name: 'Who was in the cast on a date?' });
    expect(screen.queryByRole('alert')).toBeNull();
    const leaps = screen.getByRole('navigation', { name: 'What changed at each leap' });
    expect(within(leaps).getAllByRole('link')).toHaveLength(5);
    expect(within(leaps).getByRole('link', { name: 'Six-month leap' })).toHaveAttribute(
      'href',
      '/leaps/leap-2024-6-month',
    );
    const input = screen.getByLabelText('Date');
    expect(input.getAttribute('type')).toBe('date');
    expect(input.getAttribute('min')).toBe('2020-07-13');
    expect(input.getAttribute('max')).toBe('2026-03-13');
    await user.type(input, '2023-05-01');
    await user.click(screen.getByRole('button', { name: 'Show the cast' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The cast on 1 May 2023' }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?at=2023-05-01');
    // A second date turns the answer into a comparison, kept in the URL.
    await user.type(screen.getByLabelText('Compare with (optional)'), '2024-05-01');
    await user.click(screen.getByRole('button', { name: 'Show the cast' }));
    expect(
      await screen.findByRole('region', { name: 'What changed between 1 May 2023 and 1 May 2024' }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?at=2023-05-01&vs=2024-05-01');
  });

  it("answers for one character, with that character's row of the chart", async () => {
    renderRoute('/cast?character=samar-shah&at=2023-01-15');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Who played Samar Shah on a date?' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Samar Shah on 15 Jan 2023' }),
    ).toBeVisible();
    expect(playedBy('Samar Shah')).toEqual(['Sagar Parekh']);
    expect(playedBy('Anupamaa')).toEqual([]);
    // The chart's code arrives after the page (when the browser is idle): wait for the chart.
    const chart = await screen.findByRole('group', {
      name: 'Chart of everyone who has played Samar Shah',
    });
    expect(
      within(chart)
        .getAllByRole('link')
        .map((bar) => bar.getAttribute('aria-label')),
    ).toEqual([
      'Paras Kalnawat as Samar Shah, 13 Jul 2020 – 26 Jul 2022',
      'Sagar Parekh as Samar Shah, Aug 2022 – Oct 2023',
      'Sagar Parekh as Samar Shah, Oct 2025 – Oct 2025',
    ]);
  });

  it('says when no one is known to have played a role on that day', async () => {
    renderRoute('/cast?character=samar-shah&at=2022-07-28');
    expect(
      await screen.findByText('No actor is known to have played Samar Shah on 28 Jul 2022.'),
    ).toBeVisible();
  });

  it('falls back to the whole cast for an unknown character', async () => {
    renderRoute('/cast?character=nobody&at=2022-07-26');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'There is no character with the id “nobody”, so the whole cast is shown.',
    );
    expect(playedBy('Samar Shah')).toEqual(['Paras Kalnawat']);
  });

  it('offers a retry when the server fails', async () => {
    failApi('/cast-timeline');
    renderRoute('/cast?at=2022-07-26');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});

describe('the character page', { timeout: 20_000 }, () => {
  it('links to who played the role on a date', async () => {
    const { user } = renderRoute('/characters/samar-shah');
    await user.click(await screen.findByRole('link', { name: 'Who played this role on a date?' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Who played Samar Shah on a date?' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Date')).toHaveAttribute('type', 'date');
  });
});
