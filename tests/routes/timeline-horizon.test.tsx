import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderRouteAtHorizon } from '../render-route';

// The page's code loads lazily; compile it once up front so no test spends its time on that.
beforeAll(() => import('../../src/features/timeline/timeline-page'));
afterEach(() => localStorage.clear());

async function open(url: string, horizon: string) {
  const view = renderRouteAtHorizon(url, horizon);
  await screen.findByRole('heading', { level: 1, name: 'Cast-change timeline' });
  return view;
}

describe('/timeline with a spoiler horizon', { timeout: 30_000 }, () => {
  it('before the recast: Paras Kalnawat plays Samar on, and Sagar Parekh is folded away', async () => {
    const { user } = await open('/timeline?character=samar-shah&view=list', '2022-06-30');
    const list = screen.getByRole('list', { name: 'Who played Samar Shah' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'Paras KalnawatOriginal13 Jul 2020 – present (as of 30 Jun 2022)Ongoing',
    );
    expect(screen.getByText(/Drawn up to 30 Jun 2022, the point you have watched/)).toBeVisible();
    expect(screen.getByText('2 later stints hidden')).toBeVisible();
    // Not in the list, the change log nor the filters' lists of names.
    expect(screen.queryByText(/Sagar Parekh/)).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Sagar Parekh' })).not.toBeInTheDocument();
    expect(screen.getByText(/later changes? hidden/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: /^Show ?later stints/ }));
    const all = within(screen.getByRole('list', { name: 'Who played Samar Shah' }));
    expect(all.getAllByRole('listitem')).toHaveLength(3);
    expect(all.getAllByRole('listitem')[0]).toHaveTextContent('Next: Sagar Parekh');
    expect(screen.queryByText(/later stints? hidden/)).not.toBeInTheDocument();
  });

  it('draws the chart up to the horizon, with no bar for the later actor', async () => {
    await open('/timeline?character=samar-shah&view=chart', '2022-06-30');
    const chart = await screen.findByRole('group', { name: /^Cast chart, 2020 to 2022: 1 stint/ });
    expect(
      within(chart).getByRole('link', {
        name: 'Paras Kalnawat as Samar Shah, 13 Jul 2020 – present (as of 30 Jun 2022)',
      }),
    ).toBeInTheDocument();
    expect(within(chart).queryByRole('link', { name: /Sagar Parekh/ })).not.toBeInTheDocument();
    expect(screen.getByText('As of 30 Jun 2022')).toBeInTheDocument();
  });

  it('after the recast: both actors, the handover and its reason', async () => {
    await open('/timeline?character=samar-shah&view=list', '2022-09-30');
    const list = screen.getByRole('list', { name: 'Who played Samar Shah' });
    const [paras, sagar] = within(list).getAllByRole('listitem');
    expect(paras).toHaveTextContent(
      'Paras KalnawatOriginal13 Jul 2020 – 26 Jul 2022Contract terminated · Next: Sagar Parekh',
    );
    // His own exit, in 2023, is still to come.
    expect(sagar).toHaveTextContent('Sagar ParekhRecastAug 2022 – present (as of 30 Sep 2022)');
    // A third actor, later still, stays folded.
    expect(screen.getByText('1 later stint hidden')).toBeVisible();
  });

  it('folds the later changes of the log behind their own Show', async () => {
    const { user } = await open('/timeline?character=samar-shah&view=list', '2022-06-30');
    const log = screen.getByRole('region', { name: 'Changes, year by year' });
    expect(within(log).queryByRole('heading', { name: '2023' })).not.toBeInTheDocument();
    await user.click(within(log).getByRole('button', { name: /^Show ?later change/ }));
    expect(within(log).getByRole('heading', { name: '2023' })).toBeInTheDocument();
  });
});
