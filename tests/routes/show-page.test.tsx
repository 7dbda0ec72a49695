import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../src/mock-api/node';
import { failThenRecover, renderRoute, restoreApi, serveApi } from '../render-route';

/** The value shown beside `label` in an infobox. */
function infoValue(box: HTMLElement, label: string): string {
  const term = within(box).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** The date each event in `list` is shown under, as the `datetime` of its first <time>. */
function eventDates(list: HTMLElement): (string | null)[] {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('time')?.getAttribute('datetime') ?? null);
}

describe('/ (the show)', () => {
  it('introduces the show: title, channel, premiere date and status', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Anupamaa Wiki: cast, characters and every recast, with sources');

    const box = screen.getByRole('complementary', { name: 'Anupamaa at a glance' });
    expect(infoValue(box, 'Channel')).toContain('Star Plus');
    expect(infoValue(box, 'Language')).toContain('Hindi');
    expect(infoValue(box, 'Premiere')).toContain('13 Jul 2020');
    expect(infoValue(box, 'Shooting began')).toContain('25 Feb 2020');
    expect(infoValue(box, 'Status')).toContain('On air (as of Mar 2026)');
    expect(infoValue(box, 'Producers')).toContain('Rajan Shahi');
    expect(within(box).getByText('13 Jul 2020').getAttribute('datetime')).toBe('2020-07-13');
  });

  it('lists the leads as of Mar 2026 with who plays them', async () => {
    renderRoute('/');
    const leads = await screen.findByRole('region', { name: 'Leads as of Mar 2026' });
    const cards = within(leads).getAllByRole('listitem');
    const expected = [
      ['Anupamaa', 'Rupali Ganguly'],
      ['Aadhya Kapadia', 'Adrija Roy'],
      ['Prem Kothari', 'Shivam Khajuria'],
    ];
    expect(cards).toHaveLength(expected.length);
    expected.forEach(([character = '', actor = ''], i) => {
      const card = cards[i] as HTMLElement;
      expect(within(card).getByRole('link', { name: character })).toBeVisible();
      expect(card.textContent).toContain(`played by ${actor}`);
    });
    expect(within(leads).getByRole('link', { name: 'Rupali Ganguly' }).getAttribute('href')).toBe(
      '/actors/rupali-ganguly',
    );
    expect(within(leads).getByRole('link', { name: 'Anupamaa' }).getAttribute('href')).toBe(
      '/characters/anupamaa',
    );
  });

  it('shows the six latest cast changes, newest first', async () => {
    renderRoute('/');
    const changes = await screen.findByRole('region', { name: 'Latest cast changes' });
    const list = within(changes).getByRole('list');
    expect(eventDates(list)).toEqual([
      '2026-03-07',
      '2026-03',
      '2025-10-08',
      '2025-10',
      '2025-09',
      '2025-05',
    ]);
    const [newest, second, third] = within(list).getAllByRole('listitem');
    expect(newest?.textContent).toContain('7 Mar 2026');
    expect(newest?.textContent).toContain('Joined');
    expect(newest?.textContent).toContain('Sachin Tyagi was announced');
    expect(second?.textContent).toContain('Died in story');
    expect(second?.textContent).toMatch(/Prarthana Kothari dies/);
    expect(third?.textContent).toContain('Replaced');
    expect(third?.textContent).toMatch(/Vidushi Tiwari left the role of Ishaani/);
    expect(
      within(third as HTMLElement).getByRole('link', { name: 'Akshita Vatsayan' }),
    ).toHaveAttribute('href', '/actors/akshita-vatsayan');
  });

  it('lists the leaps and counts in the ways on', async () => {
    renderRoute('/');
    const leaps = await screen.findByRole('region', { name: 'Leaps' });
    expect(
      within(leaps)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Leap of about five years: Dec 2023',
      'Six-month leap: 2024 (mid-2024; the exact month is not known)',
      'Fifteen-year generation leap: Oct 2024',
      'Eight-month leap to Mumbai: May 2025 (promoted in late May 2025; the day it aired is not known)',
      'Goa chapter (2026): Mar 2026',
    ]);
    // Each leap leads to its page of what changed.
    expect(within(leaps).getByRole('link', { name: 'Eight-month leap to Mumbai' })).toHaveAttribute(
      'href',
      '/leaps/leap-2025-mumbai',
    );
    expect(within(leaps).getAllByText('Time skipped: unknown')).toHaveLength(1);
    const explore = screen.getByRole('navigation', { name: 'Explore the wiki' });
    expect(within(explore).getByRole('link', { name: 'All 62 characters' })).toHaveAttribute(
      'href',
      '/characters',
    );
    expect(within(explore).getByRole('link', { name: 'All 69 actors' })).toHaveAttribute(
      'href',
      '/actors',
    );
  });

  it('links on to the full timeline', async () => {
    const { user } = renderRoute('/');
    await user.click(await screen.findByRole('link', { name: 'Every cast change since 2020 →' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cast-change timeline' }),
    ).toBeVisible();
    expect(document.title).toBe('Cast-change timeline · Anupamaa Wiki');
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({
      apiPath: '/show',
      url: '/',
      pageHeading: 'Anupamaa',
      whileFailed: () => {
        // The error renders inside the layout: the header and its search stay usable.
        expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
        expect(
          screen.getByRole('combobox', { name: 'Search actors and characters' }),
        ).toBeEnabled();
      },
    });
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).toBeNull();
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/show', { id: 'anupamaa', title: 'Anupamaa' });
    const { user } = renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(screen.getByText(/The server sent data in an unexpected shape/)).toBeVisible();
    expect(document.title).toBe('The data could not be read · Anupamaa Wiki');
    restoreApi();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  });

  it('explains a body that is not JSON at all', async () => {
    server.use(
      http.get(
        '/api/show',
        () =>
          new HttpResponse('<html>Bad gateway</html>', {
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(screen.getByText('The server sent something that is not JSON.')).toBeVisible();
  });

  it('says so when the server cannot be reached', async () => {
    server.use(http.get('/api/show', () => HttpResponse.error()));
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You seem to be offline' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
