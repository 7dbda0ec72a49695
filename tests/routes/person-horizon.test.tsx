import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HORIZON_STORAGE_KEY } from '../../src/lib/horizon';
import { renderRoute, renderRouteAtHorizon } from '../render-route';

// Samar Shah: Paras Kalnawat until 26 Jul 2022, Sagar Parekh from Aug 2022 (killed off Oct 2023).
const BEFORE = '2022-06-30';
const AFTER = '2022-09-30';

afterEach(() => localStorage.removeItem(HORIZON_STORAGE_KEY));

/** The value shown beside `label` in the infobox. */
function infoValue(label: string): string {
  const box = screen.getByRole('complementary');
  return within(box).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

/** Samar's page, for a reader with `horizon` set on this device (null: none set). */
async function openSamar(horizon: string | null = null, url = '/characters/samar-shah') {
  const view = horizon === null ? renderRoute(url) : renderRouteAtHorizon(url, horizon);
  await screen.findByRole('heading', { level: 1, name: 'Samar Shah' });
  return view;
}

describe('a character page under a spoiler horizon', () => {
  it('before the recast names Paras Kalnawat only, as still playing Samar', async () => {
    const { user } = await openSamar(BEFORE);
    const main = screen.getByRole('main');
    await within(main).findByText('2 later roles hidden');
    expect(main).not.toHaveTextContent('Sagar Parekh');
    expect(main).not.toHaveTextContent(/killed|death|died|Dead in the story/i);
    expect(
      screen.getByText(/The role has been played by Paras Kalnawat since July 2020\./),
    ).toBeVisible();
    const history = screen.getByRole('region', { name: 'Portrayed by' });
    const cards = within(history).getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveTextContent('13 Jul 2020 – present (as of 30 Jun 2022)');
    expect(cards[0]).not.toHaveTextContent(/Contract terminated|Replaced by/);
    expect(infoValue('As of 30 Jun 2022')).toBe('Paras Kalnawat');
    expect(infoValue('Played by')).toBe('Paras Kalnawat (2020–)');
    expect(within(screen.getByRole('complementary')).queryByText('Now')).toBeNull();
    // Marriages are undated: folded, and said so.
    expect(screen.getByText(/later relations? hidden/)).toBeVisible();
    expect(screen.queryByText('Dimpy')).toBeNull();
    // The undated story summary waits behind its own button.
    expect(screen.getByText('Story summary hidden: it may cover later episodes')).toBeVisible();

    await user.click(within(history).getByRole('button', { name: /^Show ?later roles/ }));
    const revealed = within(history).getAllByRole('listitem');
    expect(revealed).toHaveLength(3);
    expect(within(revealed[1]!).getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
    expect(revealed[0]).toHaveTextContent('Contract terminated');
  });

  it('after the recast names Sagar Parekh as playing Samar, with his death still to come', async () => {
    await openSamar(AFTER);
    const main = screen.getByRole('main');
    await within(main).findByText('1 later role hidden');
    const history = screen.getByRole('region', { name: 'Portrayed by' });
    const cards = within(history).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('Contract terminated');
    expect(within(cards[0]!).getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
    expect(cards[1]).toHaveTextContent('Aug 2022 – present (as of 30 Sep 2022)');
    expect(cards[1]).not.toHaveTextContent(/killed|Character killed off/i);
    expect(infoValue('As of 30 Sep 2022')).toBe('Sagar Parekh');
    expect(
      screen.getByText(/and has been played by Sagar Parekh since August 2022\./),
    ).toBeVisible();
    expect(main).not.toHaveTextContent(/death|died/i);
  });

  it('a shared link carries the horizon (?upto=) and shows the story on request', async () => {
    const { user } = await openSamar(null, `/characters/samar-shah?upto=${BEFORE}`);
    await screen.findByText('2 later roles hidden');
    expect(screen.getByRole('main')).not.toHaveTextContent('Sagar Parekh');
    await user.click(screen.getByRole('button', { name: /^Show ?story summary/ }));
    expect(screen.getByText(/is a dancer who stands by her/)).toBeVisible();
  });

  it('what was shown on one page stays folded on the next', async () => {
    const { user } = await openSamar(BEFORE);
    const history = screen.getByRole('region', { name: 'Portrayed by' });
    await user.click(await within(history).findByRole('button', { name: /^Show ?later roles/ }));
    const box = screen.getByRole('complementary', { name: 'Samar Shah' });
    await user.click(within(box).getByRole('link', { name: 'Pakhi Shah' }));
    await screen.findByRole('heading', { level: 1, name: 'Pakhi Shah' });
    const next = screen.getByRole('region', { name: 'Portrayed by' });
    expect(await within(next).findByText(/later roles? hidden/)).toBeVisible();
  });

  it('with no horizon shows everything, as before', async () => {
    await openSamar();
    expect(infoValue('Now')).toBe('not in the story (died Oct 2023)');
    expect(within(screen.getByRole('main')).queryByText(/hidden/)).toBeNull();
  });
});

describe('actor pages under a spoiler horizon', () => {
  it('Paras Kalnawat before his exit: still playing Samar, no successor named', async () => {
    renderRouteAtHorizon('/actors/paras-kalnawat', BEFORE);
    await screen.findByRole('heading', { level: 1, name: 'Paras Kalnawat' });
    const main = screen.getByRole('main');
    await within(main).findByText(
      'Paras Kalnawat has played Samar Shah in Anupamaa since July 2020.',
      {
        exact: false,
      },
    );
    expect(main).not.toHaveTextContent('Sagar Parekh');
    expect(main).not.toHaveTextContent(/terminated/i);
    const changes = screen.getByRole('region', { name: 'Cast changes involving Paras Kalnawat' });
    expect(within(changes).getByText(/later changes? hidden/)).toBeVisible();
  });

  it('Paras Kalnawat after the recast: his exit and Sagar Parekh taking over', async () => {
    renderRouteAtHorizon('/actors/paras-kalnawat', AFTER);
    await screen.findByRole('heading', { level: 1, name: 'Paras Kalnawat' });
    const roles = await screen.findByRole('region', { name: 'In Anupamaa' });
    await within(roles).findByText('Contract terminated', { exact: false });
    expect(within(roles).getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
  });

  it('Sagar Parekh before the recast: no role yet, folded, and the lead says so', async () => {
    const { user } = renderRouteAtHorizon('/actors/sagar-parekh', BEFORE);
    await screen.findByRole('heading', { level: 1, name: 'Sagar Parekh' });
    expect(
      await screen.findByText(
        "Sagar Parekh's first role in Anupamaa comes after 30 Jun 2022, where you have watched up to.",
        { exact: false },
      ),
    ).toBeVisible();
    const roles = screen.getByRole('region', { name: 'In Anupamaa' });
    expect(within(roles).queryByText('Samar Shah')).toBeNull();
    expect(infoValue('Roles')).toBe('none yet');
    // Nor does a later report's headline ("… opens up on replacing his friend Paras Kalnawat").
    expect(screen.getByRole('main')).not.toHaveTextContent(/Paras Kalnawat|Samar/);
    expect(screen.getByText('Other work hidden: it may come from later years')).toBeVisible();
    expect(
      within(roles).getByText('No role yet by the point you have watched up to.'),
    ).toBeVisible();
    await user.click(within(roles).getByRole('button', { name: /^Show ?later roles/ }));
    expect(within(roles).getAllByRole('link', { name: 'Samar Shah' })[0]).toBeVisible();
  });

  it('Sagar Parekh after the recast: playing Samar since August 2022', async () => {
    renderRouteAtHorizon('/actors/sagar-parekh', AFTER);
    await screen.findByRole('heading', { level: 1, name: 'Sagar Parekh' });
    expect(
      await screen.findByText(
        'Sagar Parekh has played Samar Shah in Anupamaa since August 2022, taking over from Paras Kalnawat.',
        { exact: false },
      ),
    ).toBeVisible();
    expect(screen.getByRole('main')).not.toHaveTextContent(/Samar's death|killed off/i);
  });
});

describe('the lists under a spoiler horizon', () => {
  it("/characters names Samar's actor of the horizon's day", async () => {
    renderRouteAtHorizon('/characters', BEFORE);
    const link = await screen.findByRole('link', { name: 'Samar Shah' });
    const card = link.closest('li')!;
    await within(card).findByText('Played by Paras Kalnawat');
    expect(screen.getByText(/characters? who appears? later hidden/)).toBeVisible();
  });

  it('/actors leaves out actors who joined later, and says how many', async () => {
    const { user } = renderRouteAtHorizon('/actors', BEFORE);
    await screen.findByRole('link', { name: 'Paras Kalnawat' });
    await screen.findByText(/actors? who joined later hidden/);
    expect(screen.queryByRole('link', { name: 'Sagar Parekh' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Show ?actors? who joined later/ }));
    expect(screen.getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
  });
});
