import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderRouteAtHorizon } from '../render-route';

beforeAll(() => import('../../src/features/leaps/leap-page'));
afterEach(() => localStorage.clear());

async function open(url: string, horizon: string) {
  const view = renderRouteAtHorizon(url, horizon);
  await screen.findByRole('heading', { level: 1, name: 'Leap of about five years' });
  return view;
}

describe('/leaps/:id with a spoiler horizon', { timeout: 30_000 }, () => {
  it('says a leap past the horizon is past it, and tells it only when asked', async () => {
    const { user } = await open('/leaps/leap-2023', '2022-06-30');
    expect(
      screen.getByText(/This leap aired after the point you’ve watched \(30 Jun 2022\)/),
    ).toBeVisible();
    expect(screen.queryByText(/Anupamaa and Anuj have divorced/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'What changed in the cast' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Six-month leap' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Show ?what changed/ }));
    expect(screen.getByRole('region', { name: 'What changed in the cast' })).toBeVisible();
    expect(screen.getByText(/Anupamaa and Anuj have divorced/)).toBeVisible();
  });

  it('holds back a comparison that reaches past the horizon', async () => {
    await open('/leaps/leap-2023', '2024-01-15');
    expect(screen.getByText(/Anupamaa and Anuj have divorced/)).toBeVisible();
    expect(
      screen.getByText(/on 31 Jan 2024, is after the point you’ve watched \(15 Jan 2024\)/),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: /^Left/ })).not.toBeInTheDocument();
  });

  it('tells the whole leap once the horizon is past it, but not the next one', async () => {
    await open('/leaps/leap-2023', '2024-06-30');
    expect(screen.getByRole('region', { name: /^Left/ })).toBeVisible();
    expect(screen.queryByText(/after the point you’ve watched/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Six-month leap' })).not.toBeInTheDocument();
  });
});
