/**
 * /rumours (and the RumourList on a person's page) under a spoiler horizon, before and after a
 * known recast: Paras Kalnawat's exit as Samar was rumoured on 22 Jul 2022 and borne out by his
 * termination on 26 Jul; Sagar Parekh took over in Aug 2022.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HORIZON_STORAGE_KEY } from '../../src/lib/horizon';
import { renderRoute, renderRouteAtHorizon } from '../render-route';

afterEach(() => localStorage.removeItem(HORIZON_STORAGE_KEY));

const PARAS_RUMOUR = /Paras Kalnawat may leave Anupamaa for Jhalak Dikhhla Jaa 10/;

function rumourItems(): HTMLElement[] {
  const list = document.querySelector('ol.rumours');
  if (!(list instanceof HTMLElement)) throw new Error('No list of rumours');
  return [...list.children].filter((li): li is HTMLElement => li instanceof HTMLElement);
}

const parasItem = () => rumourItems().find((li) => PARAS_RUMOUR.test(li.textContent ?? ''));

describe('/rumours with a spoiler horizon', () => {
  it('folds rumours reported after 30 Jun 2022, says how many, and shows them on asking', async () => {
    const { user } = renderRouteAtHorizon('/rumours', '2022-06-30');
    const folded = await screen.findByText(/^\d+ later rumours hidden$/);
    const hiddenCount = Number(folded.textContent?.split(' ')[0]);
    expect(hiddenCount).toBeGreaterThan(30);
    const items = rumourItems();
    expect(parasItem()).toBeUndefined();
    expect(document.querySelector('ol.rumours')).not.toHaveTextContent('Sagar Parekh');
    for (const item of items) {
      const day = item.querySelector('time')?.getAttribute('datetime') ?? '';
      expect(day <= '2022-06-30').toBe(true);
    }
    // The filter counts only what was reported by then, as it stood then: nothing still open.
    const filter = screen.getByRole('navigation', { name: 'Rumours by outcome' });
    expect(within(filter).getByRole('link', { name: `All (${items.length})` })).toBeVisible();
    expect(within(filter).getByRole('link', { name: 'Still open (0)' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /later rumours/ }));
    expect(rumourItems()).toHaveLength(items.length + hiddenCount);
    expect(parasItem()).toBeDefined();
  });

  it('shows the rumour but not its outcome when the outcome came after the horizon', async () => {
    renderRoute('/rumours?upto=2022-07-24');
    await screen.findByRole('heading', { level: 1, name: 'Rumours' });
    const item = parasItem();
    expect(item).toBeDefined();
    expect(within(item as HTMLElement).getByText('Rumoured')).toBeVisible();
    expect(item).not.toHaveTextContent('Confirmed');
    expect(item).not.toHaveTextContent('terminated');
    expect(item).not.toHaveTextContent('Borne out by');
  });

  it('shows the status after the horizon of 30 Sep 2022, and the outcome text on asking', async () => {
    const { user } = renderRouteAtHorizon('/rumours', '2022-09-30');
    await screen.findByRole('heading', { level: 1, name: 'Rumours' });
    const item = parasItem() as HTMLElement;
    expect(within(item).getByText('Confirmed')).toBeVisible();
    expect(item).toHaveTextContent('Borne out by Paras Kalnawat as Samar Shah.');
    // The outcome text is written today and may tell of later episodes: folded.
    expect(item).not.toHaveTextContent('Sagar Parekh took over');
    expect(within(item).getByText(/What came of it is hidden/)).toBeVisible();
    await user.click(within(item).getByRole('button', { name: /what came of it/ }));
    expect(item).toHaveTextContent('Sagar Parekh took over as Samar.');
  });

  it('hides Samar’s later rumours on his page too', async () => {
    renderRouteAtHorizon('/characters/samar-shah', '2022-06-30');
    const section = await screen.findByRole('region', { name: 'Rumours about Samar Shah' });
    expect(section).not.toHaveTextContent(PARAS_RUMOUR);
    expect(within(section).getByText(/later rumours? hidden/)).toBeVisible();
  });
});
