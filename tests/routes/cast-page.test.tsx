import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { failApi, renderRoute } from '../render-route';

// The page's code loads lazily; compile it once up front so no test spends its time on that.
beforeAll(() => import('../../src/features/timeline/cast-page'));

/** The actors listed for one character, as "Actor" or "Actor [Badge]", in order. */
function playedBy(character: string): string[] {
  const entry = screen
    .getAllByRole('listitem')
    .find((li) => li.firstElementChild?.textContent === character);
  if (!entry) throw new Error(`${character} is not listed`);
  return within(within(entry).getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => {
      const actor = within(li).getByRole('link').textContent;
      const badge = li.querySelector('.badge')?.textContent;
      return badge ? `${actor} [${badge}]` : (actor ?? '');
    });
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
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Anupamaa and the Shah family',
      "Anupamaa's own family, the Joshis",
      'The Kapadias',
      'Friends, rivals and others',
    ]);
    // His last day: dated to the day, so no doubt.
    expect(playedBy('Samar Shah')).toEqual(['Paras Kalnawat']);
    expect(playedBy('Anupamaa')).toEqual(['Rupali Ganguly']);
  });

  it('is honest where a stint is known only to the month', async () => {
    renderRoute('/cast?at=2022-08-10');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 10 Aug 2022' });
    expect(playedBy('Samar Shah')).toEqual(['Sagar Parekh [Dates uncertain]']);
    expect(screen.getByText('(began in Aug 2022; the exact day is not known)')).toBeVisible();
  });

  it('lists both actors, each uncertain, inside a handover month', async () => {
    renderRoute('/cast?at=2024-05-15');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 15 May 2024' });
    expect(playedBy('Paritosh Shah')).toEqual([
      'Aashish Mehrotra [Dates uncertain]',
      'Gaurav Sharma [Dates uncertain]',
    ]);
  });

  it('says "probably" for a role still running past its latest report', async () => {
    renderRoute('/cast?at=2026-03-10');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 10 Mar 2026' });
    expect(playedBy('Anupamaa')).toEqual(['Rupali Ganguly [Probably]']);
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
    expect(() => playedBy('Anupamaa')).toThrow('Anupamaa is not listed');
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
    failApi('/timeline');
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
