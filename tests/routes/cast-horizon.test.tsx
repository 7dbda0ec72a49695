import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderRouteAtHorizon } from '../render-route';

// The page's code loads lazily; compile it once up front so no test spends its time on that.
beforeAll(() => import('../../src/features/timeline/cast-page'));
afterEach(() => localStorage.clear());

/** Who is listed on screen as playing Samar Shah that day. */
function samarOnScreen(): string[] {
  const region = screen.getByRole('region', { name: /^On screen that day/ });
  return within(region)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '')
    .filter((row) => row.endsWith(' as Samar Shah'));
}

describe('/cast with a spoiler horizon', { timeout: 30_000 }, () => {
  it('answers a day before the horizon: Paras Kalnawat plays Samar, no word of his successor', async () => {
    renderRouteAtHorizon('/cast?at=2022-06-15', '2022-06-30');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 15 Jun 2022' });
    expect(samarOnScreen()).toEqual(['Paras Kalnawat as Samar Shah']);
    expect(screen.queryByText(/Sagar Parekh/)).not.toBeInTheDocument();
  });

  it('does not answer a day past the horizon silently, and shows it when asked', async () => {
    const { user } = renderRouteAtHorizon('/cast?at=2022-09-15', '2022-06-30');
    expect(
      await screen.findByText(/That date is after the point you’ve watched \(30 Jun 2022\)/),
    ).toBeVisible();
    expect(
      screen.queryByRole('heading', { level: 2, name: 'The cast on 15 Sep 2022' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/Sagar Parekh/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Show anyway/ }));
    await screen.findByRole('heading', { level: 2, name: 'The cast on 15 Sep 2022' });
    expect(samarOnScreen()).toEqual(['Sagar Parekh as Samar Shah']);
  });

  it('answers both days once the horizon is past the recast', async () => {
    renderRouteAtHorizon('/cast?at=2022-09-15', '2022-09-30');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 15 Sep 2022' });
    expect(samarOnScreen()).toEqual(['Sagar Parekh as Samar Shah']);
    expect(screen.queryByText(/after the point you’ve watched/)).not.toBeInTheDocument();
  });

  it('a day before the recast, with a horizon after it: Paras Kalnawat still', async () => {
    renderRouteAtHorizon('/cast?at=2022-06-15', '2022-09-30');
    await screen.findByRole('heading', { level: 2, name: 'The cast on 15 Jun 2022' });
    expect(samarOnScreen()).toEqual(['Paras Kalnawat as Samar Shah']);
  });

  it('says so for a comparison that reaches past the horizon', async () => {
    renderRouteAtHorizon('/cast?at=2022-06-15&vs=2022-09-15', '2022-06-30');
    expect(
      await screen.findByText(
        /Compare with: That date is after the point you’ve watched \(30 Jun 2022\)/,
      ),
    ).toBeVisible();
    expect(screen.queryByText(/Sagar Parekh/)).not.toBeInTheDocument();
  });

  it('compares across the recast when the horizon is past it', async () => {
    renderRouteAtHorizon('/cast?at=2022-06-15&vs=2022-09-15', '2022-09-30');
    const recast = await screen.findByRole('region', { name: /^Recast/ });
    expect(within(recast).getByText('Samar Shah').closest('li')).toHaveTextContent(
      /Paras Kalnawat.*Sagar Parekh/,
    );
  });

  it('offers the horizon as the day to look at, and ends the date picker there', async () => {
    renderRouteAtHorizon('/cast', '2022-06-30');
    expect(await screen.findByText(/and 30 Jun 2022, the point you have watched\./)).toBeVisible();
    const date = screen.getByLabelText('Date');
    expect(date).toHaveValue('2022-06-30');
    expect(date).toHaveAttribute('max', '2022-06-30');
    expect(screen.getByRole('link', { name: 'the last day you have watched' })).toHaveAttribute(
      'href',
      '/cast?at=2022-06-30',
    );
    // Leaps after it are left out, and the page says so.
    expect(screen.getByText(/later leaps? hidden/)).toBeVisible();
  });
});
