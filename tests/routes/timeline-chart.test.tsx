import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderRoute, watchApi } from '../render-route';

const PARAS = 'Paras Kalnawat as Samar Shah, 13 Jul 2020 – 26 Jul 2022';
const SAGAR = 'Sagar Parekh as Samar Shah, Aug 2022 – Oct 2023';
/** His brief return as Samar's spirit, a cameo. */
const SAGAR_RETURN = 'Sagar Parekh as Samar Shah, Oct 2025 – Oct 2025';

// The page's code loads lazily; compile it once up front so no test spends its time on that.
beforeAll(() => import('../../src/features/timeline/timeline-page'));

async function openTimeline(url = '/timeline') {
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: 'Cast-change timeline' });
  // The chart's code arrives after the page (when the browser is idle): wait for the chart.
  await screen.findByRole('group', { name: /^Cast chart/ });
  return view;
}

function chart(): HTMLElement {
  return screen.getByRole('group', { name: /^Cast chart/ });
}

// Whole timeline pages are large, and role queries over them are slow in jsdom.
describe('/timeline chart', { timeout: 20_000 }, () => {
  it('draws one bar per stint, each named "Actor as Character, from – to"', async () => {
    await openTimeline();
    expect(chart().getAttribute('aria-label')).toBe(
      'Cast chart, 2020 to 2026: 72 stints of 56 characters',
    );
    const samar = within(chart()).getByRole('group', { name: 'Samar Shah' });
    expect(
      within(samar)
        .getAllByRole('link')
        .map((bar) => bar.getAttribute('aria-label')),
    ).toEqual([PARAS, SAGAR, SAGAR_RETURN]);
    expect(
      within(chart()).getByRole('link', {
        name: 'Rupali Ganguly as Anupamaa, 13 Jul 2020 – present (as of Mar 2026)',
      }),
    ).toHaveAttribute('href', '/actors/rupali-ganguly');
    // One tab stop for the whole chart: the first bar; the others are reached by arrow keys.
    const tabbable = within(chart())
      .getAllByRole('link')
      .filter((bar) => bar.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });

  it('shows the details of a focused bar and moves between bars with the arrow keys', async () => {
    const { user } = await openTimeline();
    const paras = within(chart()).getByRole('link', { name: PARAS });
    paras.focus();
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toContain('Paras Kalnawat as Samar Shah');
    expect(tip.textContent).toContain('Contract terminated');
    expect(tip.textContent).toContain('Replaced by Sagar Parekh');
    expect(paras.getAttribute('aria-describedby')).toBe(tip.id);

    await user.keyboard('{ArrowRight}');
    const sagar = within(chart()).getByRole('link', { name: SAGAR });
    expect(document.activeElement).toBe(sagar);
    expect(sagar.getAttribute('tabindex')).toBe('0');
    expect(paras.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('tooltip').textContent).toContain('Took over from Paras Kalnawat');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows details on hover', async () => {
    const { user } = await openTimeline();
    await user.hover(within(chart()).getByRole('link', { name: SAGAR }));
    expect((await screen.findByRole('tooltip')).textContent).toContain('Recast');
  });

  it("opens the actor's page with Enter", async () => {
    const { user } = await openTimeline();
    within(chart()).getByRole('link', { name: PARAS }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Paras Kalnawat' })).toBeVisible();
  });

  it("opens the actor's page on click", async () => {
    const { user, router } = await openTimeline();
    await user.click(within(chart()).getByRole('link', { name: SAGAR }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sagar Parekh' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/actors/sagar-parekh');
  });

  it('lists the same stints in a table with a caption and headers', async () => {
    const { user } = await openTimeline();
    await user.click(screen.getByText('Show the table of 72 stints'));
    const table = screen.getByRole('table', { name: '72 stints of 56 characters, by family' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Character', 'Actor', 'Kind', 'From', 'To', 'How it ended']);
    const row = within(table).getAllByRole('row', {
      name: /^Samar Shah Sagar Parekh/,
    })[0] as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Sagar Parekh', 'Recast', 'Aug 2022', 'Oct 2023', 'Character killed off']);
    expect(within(table).getByRole('rowheader', { name: 'Anupamaa' })).toBeVisible();
    const ongoing = within(table).getByRole('row', { name: /^Anupamaa Rupali Ganguly/ });
    expect(ongoing.textContent).toContain('present (as of Mar 2026)');
  });
});

describe('/timeline filters', { timeout: 20_000 }, () => {
  it('reads the filters from the URL and applies them to the chart, table and log', async () => {
    await openTimeline('/timeline?character=samar-shah');
    expect(screen.getByRole('combobox', { name: 'Character' })).toHaveProperty(
      'value',
      'samar-shah',
    );
    // Fitted to the years Samar's two stints cover, not the whole run.
    expect(chart().getAttribute('aria-label')).toBe(
      'Cast chart, 2020 to 2025: 3 stints of 1 character',
    );
    expect(
      within(chart())
        .getAllByRole('link')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([PARAS, SAGAR, SAGAR_RETURN]);
    const log = screen.getByRole('region', { name: 'Changes, year by year' });
    const changes = within(log)
      .getAllByRole('region')
      .flatMap((year) => within(year).getAllByRole('listitem'));
    expect(changes.length).toBeGreaterThan(1);
    for (const change of changes)
      expect(within(change).getByRole('link', { name: 'Samar Shah' })).toHaveAttribute(
        'href',
        '/characters/samar-shah',
      );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('narrows to a range of years', async () => {
    await openTimeline('/timeline?from=2025&to=2025');
    expect(chart().getAttribute('aria-label')).toMatch(/^Cast chart, 2025: /);
    expect(within(chart()).queryByRole('link', { name: PARAS })).toBeNull();
    const log = screen.getByRole('region', { name: 'Changes, year by year' });
    expect(
      within(log)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['2025']);
  });

  it('puts a changed filter in the URL without a new request, and focus stays put', async () => {
    const { user, router } = await openTimeline();
    const requests = watchApi('/timeline');
    const actor = screen.getByRole('combobox', { name: 'Actor' });
    await user.selectOptions(actor, 'Sagar Parekh');
    expect(router.state.location.search).toBe('?actor=sagar-parekh');
    expect(
      within(chart())
        .getAllByRole('link')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([SAGAR, SAGAR_RETURN]);
    expect(document.activeElement).toBe(actor);

    await user.selectOptions(screen.getByRole('combobox', { name: 'From year' }), '2023');
    expect(router.state.location.search).toBe('?actor=sagar-parekh&from=2023');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(within(chart()).getAllByRole('link')).toHaveLength(72);
    expect(requests).toEqual([]);
  });

  it('explains filters that cannot be used and shows the rest of the view', async () => {
    await openTimeline('/timeline?character=nobody&type=exploded&from=2024&to=2021');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some filters in this link could not be used.');
    expect(alert.textContent).toContain('There is no character with the id “nobody”');
    expect(alert.textContent).toContain('“exploded” is not a kind of change');
    expect(alert.textContent).toContain('“from” (2024) is after “to” (2021), so both are ignored.');
    expect(chart().getAttribute('aria-label')).toBe(
      'Cast chart, 2020 to 2026: 72 stints of 56 characters',
    );
  });

  it('keeps the good filters when one is bad, and renders hostile text as text', async () => {
    await openTimeline(
      '/timeline?actor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&from=banana&to=2021',
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'There is no actor with the id “<img src=x onerror=alert(1)>”',
    );
    expect(alert.textContent).toContain('“from” must be a year such as 2020, not “banana”');
    expect(alert.querySelector('img')).toBeNull();
    expect(chart().getAttribute('aria-label')).toMatch(/^Cast chart, 2020 to 2021: /);
  });

  it('copies the link to the view, or shows it when the clipboard is out of reach', async () => {
    const { user } = await openTimeline('/timeline?character=samar-shah');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/timeline?character=samar-shah',
    );
    expect(screen.getByText('Link copied: whoever opens it sees this same view.')).toBeVisible();
  });

  it('copies only the filters that could be used', async () => {
    const { user } = await openTimeline('/timeline?to=2022&character=nobody');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/timeline?to=2022');
  });

  it('shows the link to copy by hand when the browser refuses', async () => {
    const { user } = await openTimeline('/timeline?actor=sagar-parekh');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Not allowed'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(
      await screen.findByText(
        'Your browser would not let the wiki copy the link. Copy it from the box below.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveProperty(
      'value',
      'http://localhost:3000/timeline?actor=sagar-parekh',
    );
  });
});
