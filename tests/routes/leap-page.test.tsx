import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { failThenRecover, renderRoute } from '../render-route';

beforeAll(() => import('../../src/features/leaps/leap-page'));

/** The rows under one heading of "What changed in the cast". */
function rowsOf(name: RegExp): string[] {
  const changes = screen.getByRole('region', { name: 'What changed in the cast' });
  return within(within(changes).getByRole('region', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('/leaps/:id', { timeout: 20_000 }, () => {
  it('tells the leap with its date, length and sources', async () => {
    renderRoute('/leaps/leap-2023');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Leap of about five years' }),
    ).toBeVisible();
    expect(document.title).toBe('Leap of about five years · Leaps · Anupamaa Wiki');
    const infobox = screen.getByRole('complementary');
    expect(infobox).toHaveTextContent('AiredDec 2023');
    expect(infobox).toHaveTextContent(
      'Time skippedabout five years, though some outlets put it at four',
    );
    expect(screen.getByText(/Anupamaa and Anuj have divorced/)).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent(/Outlets disagree on the length/);
    expect(
      screen.getAllByRole('link', { name: /^BollywoodLife.*\(opens in a new tab\)$/ }).length,
    ).toBeGreaterThan(0);
  });

  it('tells who left, who was recast or aged up, who joined and who stayed', async () => {
    renderRoute('/leaps/leap-2023');
    await screen.findByRole('heading', { level: 1, name: 'Leap of about five years' });
    const changes = screen.getByRole('region', { name: 'What changed in the cast' });
    expect(changes).toHaveTextContent(
      'The cast on 31 Oct 2023 compared with the cast on 31 Jan 2024',
    );
    expect(within(changes).getByRole('link', { name: 'Compare other days' })).toHaveAttribute(
      'href',
      '/cast?at=2023-10-31&vs=2024-01-31',
    );
    expect(rowsOf(/^Left/)).toContainEqual(
      expect.stringMatching(/^Sagar Parekh as Samar Shah \(Aug 2022 – Oct 2023\)/),
    );
    expect(rowsOf(/^Aged up/)).toEqual([
      expect.stringMatching(/^Aadhya Kapadia: Asmi Deo →, then Aurra Bhatnagar/),
    ]);
    expect(rowsOf(/^Recast/)).toEqual([
      expect.stringMatching(/^Pakhi Shah: Muskan Bamne →, then Chandni Bhagwanani/),
    ]);
    expect(rowsOf(/^Joined/)).toContainEqual(expect.stringMatching(/^Sukirti Kandpal as Shruti/));
    expect(rowsOf(/^Stayed/)).toContainEqual(expect.stringMatching(/^Rupali Ganguly as Anupamaa/));
    // Each row cites the sources of that stint, as footnotes.
    const left = within(changes).getByRole('region', { name: /^Left/ });
    expect(
      within(within(left).getAllByRole('listitem')[0] as HTMLElement).getAllByRole('link', {
        name: /^reference \d+$/,
      }).length,
    ).toBeGreaterThan(0);
  });

  it('says "unknown" for a leap whose length no source gives, and links its neighbours', async () => {
    const { user } = renderRoute('/leaps/leap-2026-goa');
    await screen.findByRole('heading', { level: 1, name: 'Goa chapter (2026)' });
    expect(screen.getByRole('complementary')).toHaveTextContent('Time skippedunknown');
    expect(rowsOf(/^Joined/)).toContainEqual(expect.stringMatching(/^Sachin Tyagi as /));
    const nav = screen.getByRole('navigation', { name: 'Other leaps' });
    await user.click(within(nav).getByRole('link', { name: 'Eight-month leap to Mumbai' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Eight-month leap to Mumbai' }),
    ).toBeVisible();
    expect(screen.getByRole('complementary')).toHaveTextContent(
      'Time skippedeight months, according to one report',
    );
    // Raghav's run ended in May 2025, the month of the leap: he is among those who left.
    expect(rowsOf(/^Left/)).toContainEqual(expect.stringMatching(/^Manish Goel as Raghav/));
  });

  it('says when a leap is dated only to the year, and compares around the whole year', async () => {
    renderRoute('/leaps/leap-2024-6-month');
    await screen.findByRole('heading', { level: 1, name: 'Six-month leap' });
    expect(screen.getByRole('region', { name: 'What changed in the cast' })).toHaveTextContent(
      'The cast on 1 Dec 2023 compared with the cast on 31 Jan 2025: about 31 days either side of 2024, the year the leap aired (no source gives the month)',
    );
  });

  it('is reached from the home page list of leaps', async () => {
    const { user } = renderRoute('/');
    const leaps = await screen.findByRole('region', { name: 'Leaps' });
    await user.click(within(leaps).getByRole('link', { name: 'Fifteen-year generation leap' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fifteen-year generation leap' }),
    ).toBeVisible();
    expect(rowsOf(/^Left/)).toContainEqual(expect.stringMatching(/^Gaurav Khanna as Anuj Kapadia/));
  });

  it('says "not found" for an unknown leap, with ways on', async () => {
    renderRoute('/leaps/no-such-leap');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText('There is no leap with the id "no-such-leap".')).toBeVisible();
    expect(screen.getByRole('link', { name: 'The show' })).toHaveAttribute('href', '/');
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({
      apiPath: '/leaps/leap-2023',
      url: '/leaps/leap-2023',
      pageHeading: 'Leap of about five years',
    });
  });
});
