import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute, renderRouteAtHorizon } from '../render-route';

afterEach(() => localStorage.clear());

async function open(horizon: string) {
  const view = renderRouteAtHorizon('/', horizon);
  await screen.findByRole('heading', { level: 1, name: 'Anupamaa' });
  return view;
}

describe('the home page with a spoiler horizon', { timeout: 30_000 }, () => {
  it('folds the leads of today, the latest changes and every later leap, saying so', async () => {
    const { user } = await open('2022-06-30');
    expect(screen.queryByText(/relocation to America/)).not.toBeInTheDocument();
    expect(screen.getByText(/Story summary hidden: it may cover later episodes/)).toBeVisible();
    const leads = screen.getByRole('region', { name: 'Leads as of Mar 2026' });
    expect(within(leads).queryByRole('list')).not.toBeInTheDocument();
    expect(within(leads).getByText(/^\d+ leads as of Mar 2026 hidden$/)).toBeVisible();

    const changes = screen.getByRole('region', { name: 'Latest cast changes' });
    expect(within(changes).getByText('6 later changes hidden')).toBeVisible();
    expect(within(changes).queryByRole('list')).not.toBeInTheDocument();

    const leaps = screen.getByRole('region', { name: 'Leaps' });
    expect(within(leaps).queryByRole('link', { name: 'Leap of about five years' })).toBeNull();
    await user.click(within(leaps).getByRole('button', { name: /^Show ?later leaps/ }));
    expect(within(leaps).getByRole('link', { name: 'Leap of about five years' })).toBeVisible();
  });

  it('lists the leaps that aired by the horizon, and not the later ones', async () => {
    await open('2024-06-30');
    const leaps = screen.getByRole('region', { name: 'Leaps' });
    expect(within(leaps).getByRole('link', { name: 'Leap of about five years' })).toBeVisible();
    expect(within(leaps).queryByRole('link', { name: 'Eight-month leap to Mumbai' })).toBeNull();
    expect(within(leaps).getByText(/^\d later leaps hidden$/)).toBeVisible();
  });

  it('shows everything with no horizon', async () => {
    renderRoute('/');
    const leaps = await screen.findByRole('region', { name: 'Leaps' });
    expect(within(leaps).getByRole('link', { name: 'Eight-month leap to Mumbai' })).toBeVisible();
    expect(within(screen.getByRole('main')).queryByText(/hidden$/)).not.toBeInTheDocument();
  });
});
