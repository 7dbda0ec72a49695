import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../render-route';

const SAGAR = 'Sagar Parekh as Samar Shah, Aug 2022 – Oct 2023';

// The page's code loads lazily; compile it once up front so no test spends its time on that.
beforeAll(() => import('../../src/features/timeline/timeline-page'));
afterEach(() => vi.unstubAllGlobals());

async function open(url: string) {
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: 'Cast-change timeline' });
  return view;
}

/** A screen of the given width, as far as `matchMedia` tells the page. */
function screenWidth(px: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = /min-width: ([\d.]+)rem/.exec(query);
    const max = /max-width: ([\d.]+)rem/.exec(query);
    const matches =
      (min ? px >= Number(min[1]) * 16 : true) && (max ? px <= Number(max[1]) * 16 : true);
    return { matches, media: query, addEventListener() {}, removeEventListener() {} };
  });
}

describe('/timeline on a phone', { timeout: 20_000 }, () => {
  it('lists each character’s actors in order: dates, how it ended, who came next', async () => {
    await open('/timeline?character=samar-shah&view=list');
    expect(screen.queryByRole('group', { name: /^Cast chart/ })).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Who played Samar Shah' });
    const [paras, sagar] = within(list).getAllByRole('listitem');
    expect(paras).toHaveTextContent(
      'Paras KalnawatOriginal13 Jul 2020 – 26 Jul 2022Contract terminated · Next: Sagar Parekh',
    );
    expect(within(paras!).getByRole('link', { name: 'Sagar Parekh' })).toHaveAttribute(
      'href',
      '/actors/sagar-parekh',
    );
    expect(sagar).toHaveTextContent('Sagar ParekhRecastAug 2022 – Oct 2023');
    expect(screen.getByRole('heading', { level: 4, name: 'Samar Shah' })).toBeVisible();
    expect(screen.getByText('Each bar shows where the stint falls in 2020–2025.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Show as a chart' })).toHaveAttribute(
      'href',
      '/timeline?character=samar-shah&view=chart',
    );
  });

  it('holds both views when the URL names none, for the stylesheet to choose', async () => {
    await open('/timeline');
    expect(await screen.findByRole('group', { name: /^Cast chart/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Who played Anupamaa' })).toHaveTextContent(
      'Rupali Ganguly',
    );
    expect(screen.getByRole('link', { name: 'Show as a list' })).toHaveAttribute(
      'href',
      '/timeline?view=list',
    );
  });

  it('keeps the chosen view when a filter changes', async () => {
    const { user, router } = await open('/timeline?view=list');
    await user.click(screen.getByText('Filters (none active)'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Character' }), 'samar-shah');
    expect(router.state.location.search).toBe('?character=samar-shah&view=list');
    expect(screen.getByText('Filters (1 active)')).toBeVisible();
  });

  it('starts with the filters folded on a narrow screen, and says how many are set', async () => {
    screenWidth(360);
    const { user } = await open('/timeline?character=samar-shah&to=2023');
    const summary = screen.getByText('Filters (2 active)');
    const fold = summary.closest('details');
    expect(fold).not.toHaveAttribute('open');
    await user.click(summary);
    expect(fold).toHaveAttribute('open');
  });

  it('shows the filters unfolded on a wide screen', async () => {
    screenWidth(1280);
    await open('/timeline');
    expect(screen.getByText('Filters (none active)').closest('details')).toHaveAttribute('open');
  });

  it('shows a tapped bar’s details in a sheet that links to the actor and closes', async () => {
    const { user, router } = await open('/timeline?character=samar-shah&view=chart');
    const chart = await screen.findByRole('group', { name: /^Cast chart/ });
    const bar = within(chart).getByRole('link', { name: SAGAR });
    await user.pointer({ keys: '[TouchA]', target: bar });
    const sheet = screen.getByRole('dialog', { name: 'Sagar Parekh as Samar Shah' });
    expect(sheet).toHaveTextContent('Aug 2022 – Oct 2023');
    expect(sheet).toHaveTextContent('Took over from Paras Kalnawat');
    expect(router.state.location.pathname).toBe('/timeline');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bar).toHaveFocus();

    await user.pointer({ keys: '[TouchA]', target: bar });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.pointer({ keys: '[TouchA]', target: bar });
    await user.click(screen.getByRole('link', { name: 'Open Sagar Parekh’s page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sagar Parekh' }),
    ).toBeInTheDocument();
  });

  it('says how to use the chart by touch as well as by keys', async () => {
    await open('/timeline?character=samar-shah&view=chart');
    await screen.findByRole('group', { name: /^Cast chart/ });
    expect(screen.getByText(/^Tap a bar to see its dates and how it ended/)).toBeInTheDocument();
    expect(screen.getByText(/^Tab to the chart, then use the arrow keys/)).toBeInTheDocument();
  });
});
