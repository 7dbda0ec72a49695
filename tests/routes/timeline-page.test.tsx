import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../src/mock-api/node';
import { failThenRecover, renderRoute, serveApi } from '../render-route';

// The page's code loads lazily; compile it once up front so no test spends its time on that.
beforeAll(() => import('../../src/features/timeline/timeline-page'));

const YEARS = ['2020', '2021', '2022', '2023', '2024', '2025', '2026'];

/** The events listed under one year, in the order shown. */
function eventsOf(year: string): HTMLElement[] {
  return within(screen.getByRole('region', { name: year })).getAllByRole('listitem');
}

/** The date an event is filed under: the `datetime` of its first <time>. */
function dateOf(event: HTMLElement): string {
  return event.querySelector('time')?.getAttribute('datetime') ?? '';
}

/** The first day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) can mean, as YYYY-MM-DD. */
function startOf(date: string): string {
  return `${date}-01-01`.slice(0, 10);
}

// Whole timeline pages are large, and role queries over them are slow in jsdom.
describe('/timeline', { timeout: 20_000 }, () => {
  it('groups the cast changes by year, oldest first', async () => {
    renderRoute('/timeline');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cast-change timeline' }),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Cast-change timeline · Anupamaa Wiki');

    const jump = screen.getByRole('navigation', { name: 'Years' });
    expect(
      within(jump)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual(YEARS.map((year) => [year, `#year-${year}`]));
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual([
      'Who played whom, when',
      'The same stints as a table',
      'Changes, year by year',
      'References',
    ]);
    const log = screen.getByRole('region', { name: 'Changes, year by year' });
    expect(
      within(log)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(YEARS);

    let total = 0;
    let previous = '0000-00-00';
    for (const year of YEARS) {
      const events = eventsOf(year);
      total += events.length;
      for (const event of events) {
        const date = dateOf(event);
        expect(date.slice(0, 4), `${date} filed under ${year}`).toBe(year);
        expect(startOf(date) >= previous, `${date} comes after ${previous}`).toBe(true);
        previous = startOf(date);
      }
    }
    // 64 changes, and an entry for each of the 5 leaps.
    expect(total).toBe(69);
  });

  it('tells each change with its date, kind, people and sources', async () => {
    renderRoute('/timeline');
    await screen.findByRole('heading', { level: 1, name: 'Cast-change timeline' });

    const [first] = eventsOf('2020');
    expect(first?.textContent).toContain('25 Feb 2020');
    expect(first?.textContent).toContain('Production');
    expect(first?.textContent).toMatch(/Filming got under way/);

    const in2022 = eventsOf('2022');
    const termination = in2022.findIndex((e) => dateOf(e) === '2022-07-26');
    const replacement = in2022.findIndex((e) => dateOf(e) === '2022-07-31');
    expect(termination).toBeGreaterThanOrEqual(0);
    expect(replacement).toBe(termination + 1);
    const terminated = in2022[termination] as HTMLElement;
    expect(terminated.textContent).toContain('26 Jul 2022');
    expect(terminated.textContent).toContain('Terminated');
    expect(terminated.textContent).toMatch(/The makers ended Paras Kalnawat's contract/);
    expect(within(terminated).getByRole('link', { name: 'Samar Shah' }).getAttribute('href')).toBe(
      '/characters/samar-shah',
    );
    expect(
      within(terminated).getByRole('link', { name: 'Paras Kalnawat' }).getAttribute('href'),
    ).toBe('/actors/paras-kalnawat');
    // Its sources are footnotes; the references they lead to link the articles, in a new tab.
    const markers = within(terminated).getAllByRole('link', { name: /^reference \d+$/ });
    const cited = markers.map((marker) =>
      document.getElementById(marker.getAttribute('href')?.slice(1) ?? ''),
    );
    expect(cited.map((item) => item?.textContent).join(' ')).toContain('Pinkvilla, 27 Jul 2022');
    for (const item of cited) {
      expect(within(item!).getByRole('link', { name: /\(opens in a new tab\)$/ })).toHaveAttribute(
        'target',
        '_blank',
      );
    }

    // A change known only to a window of months shows the whole window.
    const kapadias = in2022.find((e) =>
      /The Kapadia family entered the story/.test(e.textContent ?? ''),
    );
    expect(kapadias?.textContent).toContain('May 2022 – Jun 2022');

    const in2026 = eventsOf('2026');
    expect(in2026.map((e) => e.textContent)).toEqual([
      expect.stringMatching(/Prarthana Kothari dies/),
      expect.stringMatching(/^Mar 2026LeapLow confidenceGoa chapter \(2026\)\./),
      expect.stringMatching(/Sachin Tyagi was announced/),
    ]);
    // A leap's entry comes from the one list of leaps, and leads to its page.
    expect(
      within(in2026[1] as HTMLElement).getByRole('link', { name: 'What changed at this leap' }),
    ).toHaveAttribute('href', '/leaps/leap-2026-goa');
  });

  it("opens an actor's page from a change", async () => {
    const { user } = renderRoute('/timeline');
    await screen.findByRole('heading', { level: 1, name: 'Cast-change timeline' });
    const terminated = eventsOf('2022').find((e) => dateOf(e) === '2022-07-26');
    expect(terminated).toHaveTextContent("The makers ended Paras Kalnawat's contract");
    await user.click(
      within(terminated as HTMLElement).getByRole('link', { name: 'Paras Kalnawat' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Paras Kalnawat' })).toBeVisible();
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({
      apiPath: '/timeline',
      url: '/timeline',
      pageHeading: 'Cast-change timeline',
    });
  });

  it('explains an error from a proxy that answers with HTML', async () => {
    server.use(
      http.get(
        '/api/timeline',
        () =>
          new HttpResponse('<html>Service Unavailable</html>', {
            status: 503,
            statusText: 'Service Unavailable',
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    renderRoute('/timeline');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Loading this page failed: The server answered 503 Service Unavailable (503).',
      ),
    ).toBeVisible();
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/timeline', {
      events: [{ id: 'x', date: 'last summer', type: 'joined', summary: 'Someone joined' }],
      portrayals: [],
    });
    renderRoute('/timeline');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(screen.getByText(/The server sent data in an unexpected shape/)).toBeVisible();
    expect(screen.queryByText('Someone joined')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
