/**
 * The search page and the header's search under a spoiler horizon ("I've watched up to …"),
 * before and after a known recast: Samar Shah, Paras Kalnawat until Jul 2022, then Sagar Parekh.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HORIZON_STORAGE_KEY } from '../../src/lib/horizon';
import { renderRoute, renderRouteAtHorizon, watchApi } from '../render-route';

afterEach(() => localStorage.removeItem(HORIZON_STORAGE_KEY));

/** The page's main content (the header's search box is outside it). */
const main = () => screen.getByRole('main');

describe('/search with a spoiler horizon', () => {
  it('gives no Sagar Parekh before the recast, says one result is hidden, and shows it on asking', async () => {
    const { user } = renderRouteAtHorizon('/search?q=sagar', '2022-06-30');
    const hidden = await screen.findByText(
      '1 result hidden: it comes from episodes after 30 Jun 2022',
    );
    expect(hidden).toBeVisible();
    expect(main()).not.toHaveTextContent('Sagar Parekh');
    expect(within(main()).getByRole('status')).toHaveTextContent(
      'Nothing that aired by the point you have watched matches “sagar”.',
    );
    expect(main()).not.toHaveTextContent('Check the spelling');

    const show = screen.getByRole('button', { name: /every result/ });
    await user.click(show);
    const actors = await screen.findByRole('region', { name: 'Actors' });
    expect(within(actors).getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
    expect(screen.queryByText(/results? hidden/)).not.toBeInTheDocument();
    expect(
      screen.getByText('Showing every result, episodes after 30 Jun 2022 included.'),
    ).toBeVisible();
  });

  it('finds Sagar Parekh with a horizon after the recast, hiding nothing', async () => {
    renderRouteAtHorizon('/search?q=sagar', '2022-09-30');
    const actors = await screen.findByRole('region', { name: 'Actors' });
    expect(within(actors).getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
    expect(within(actors).getByText('Plays Samar Shah 2022–')).toBeVisible();
    expect(screen.queryByText(/results? hidden/)).not.toBeInTheDocument();
  });

  it('writes Samar’s line from the horizon: no later actor in it', async () => {
    renderRouteAtHorizon('/search?q=samar', '2022-06-30');
    const characters = await screen.findByRole('region', { name: 'Characters' });
    expect(within(characters).getByText('Played by Paras Kalnawat 2020–')).toBeVisible();
    expect(main()).not.toHaveTextContent('Sagar Parekh');
  });

  it('takes the horizon from a shared link, and sends it to the API', async () => {
    const requests = watchApi('/search');
    renderRoute('/search?q=who%20plays%20samar&upto=2022-06-30');
    const answer = await screen.findByRole('region', { name: 'Answer' });
    expect(answer).toHaveTextContent('Paras Kalnawat has played Samar Shah since 2020.');
    expect(main()).not.toHaveTextContent('Sagar Parekh');
    expect(requests.some((url) => new URL(url).searchParams.get('upto') === '2022-06-30')).toBe(
      true,
    );
  });

  it('answers with the recast after it', async () => {
    renderRoute('/search?q=who%20plays%20samar&upto=2022-09-30');
    const answer = await screen.findByRole('region', { name: 'Answer' });
    expect(answer).toHaveTextContent(
      'Sagar Parekh has played Samar Shah since 2022. Earlier: Paras Kalnawat (2020–2022).',
    );
  });

  it('says in the header’s popup that results are hidden', async () => {
    const { user } = renderRouteAtHorizon('/', '2022-06-30');
    const box = await screen.findByRole('combobox', { name: 'Search actors and characters' });
    await user.type(box, 'sagar');
    // Shown above the options, and read out by the live region.
    const said = await screen.findAllByText(
      'No results for “sagar”. 1 result hidden (after 30 Jun 2022).',
    );
    expect(said.map((element) => element.className)).toEqual(['combo-status', 'visually-hidden']);
    expect(screen.queryByRole('option', { name: /Sagar Parekh/ })).not.toBeInTheDocument();
  });
});
