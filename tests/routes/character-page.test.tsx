import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failThenRecover, renderRoute, restoreApi, serveApi } from '../render-route';

/** The value shown beside `label` in the infobox. */
function infoValue(label: string): string {
  const box = screen.getByRole('complementary');
  return within(box).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('/characters/:id', () => {
  it('shows who played Samar, when, how it ended and who replaced whom', async () => {
    renderRoute('/characters/samar-shah');
    expect(await screen.findByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
    const history = screen.getByRole('region', { name: 'Portrayed by' });
    const cards = within(history).getAllByRole('listitem');
    // Paras, Sagar, and Sagar's brief return as Samar's spirit in Oct 2025.
    expect(cards).toHaveLength(3);
    expect(cards[2]!.textContent).toContain('Cameo');
    expect(within(cards[0]!).getByRole('link', { name: 'Paras Kalnawat' })).toHaveAttribute(
      'href',
      '/actors/paras-kalnawat',
    );
    expect(cards[0]!.textContent).toContain('13 Jul 2020 – 26 Jul 2022');
    expect(cards[0]!.textContent).toContain('Contract terminated');
    expect(within(cards[0]!).getAllByText(/Disputed/).length).toBeGreaterThan(0);
    expect(within(cards[0]!).getByRole('note').textContent).toMatch(/Paras/);
    expect(within(cards[1]!).getByRole('link', { name: 'Sagar Parekh' })).toHaveAttribute(
      'href',
      '/actors/sagar-parekh',
    );
    expect(cards[1]!.textContent).toContain('Aug 2022 – Oct 2023');
    expect(document.title).toBe('Samar Shah · Characters · Anupamaa Wiki');
  });

  it('sums Samar up in the infobox, with links to his family and actors', async () => {
    renderRoute('/characters/samar-shah');
    await screen.findByRole('heading', { level: 1, name: 'Samar Shah' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Characters' }).getAttribute('href')).toBe(
      '/characters',
    );
    expect(main.querySelector('.breadcrumb')?.textContent).toBe(
      'Characters › Anupamaa and the Shah family',
    );
    expect(infoValue('Played by')).toBe(
      'Paras Kalnawat (2020–2022), Sagar Parekh (2022–2023), Sagar Parekh (cameo, 2025)',
    );
    expect(infoValue('Now')).toBe('not in the story (died Oct 2023)');
    expect(infoValue('Parent')).toBe('Anupamaa, Vanraj Shah');
    expect(infoValue('Status')).toMatch(/Dead in the story/);
    const box = screen.getByRole('complementary', { name: 'Samar Shah' });
    expect(within(box).getByRole('link', { name: 'Anupamaa' }).getAttribute('href')).toBe(
      '/characters/anupamaa',
    );
  });

  it('says plainly when no actor is known for a role', async () => {
    renderRoute('/characters/ansh-shah');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansh' })).toBeVisible();
    expect(document.title).toBe('Ansh · Characters · Anupamaa Wiki');
    expect(infoValue('Played by')).toBe('unknown');
    expect(infoValue('Parent')).toBe('Samar Shah, Dimple Shah');
    const history = screen.getByRole('region', { name: 'Portrayed by' });
    expect(within(history).getByText('No actor is known for this role yet.')).toBeVisible();
    expect(within(history).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('Medium confidence')).toBeVisible();
  });

  it("goes on to an actor's page from a stint", async () => {
    const { user } = renderRoute('/characters/samar-shah');
    const history = await screen.findByRole('region', { name: 'Portrayed by' });
    const stintTitle = within(history).getByRole('heading', { level: 3, name: 'Paras Kalnawat' });
    await user.click(within(stintTitle).getByRole('link', { name: 'Paras Kalnawat' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Paras Kalnawat' })).toBeVisible();
    expect(document.title).toBe('Paras Kalnawat · Actors · Anupamaa Wiki');
  });

  it('says "not found" for an unknown id, with ways on', async () => {
    renderRoute('/characters/no-such-person');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText(/no character with the id "no-such-person"/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'All characters' })).toHaveAttribute(
      'href',
      '/characters',
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Page not found · Anupamaa Wiki');
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({
      apiPath: '/characters/samar-shah',
      url: '/characters/samar-shah',
      pageHeading: 'Samar Shah',
    });
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/characters/samar-shah', { id: 'samar-shah', name: 'Samar Shah', portrayals: 2 });
    const { user } = renderRoute('/characters/samar-shah');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(screen.getByText(/The server sent data in an unexpected shape/)).toBeVisible();
    expect(document.title).toBe('The data could not be read · Anupamaa Wiki');
    expect(screen.queryByRole('heading', { name: 'Samar Shah' })).toBeNull();
    restoreApi();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
  });

  it('lists the original first even when the start of that stint is unknown', async () => {
    renderRoute('/characters/kanta-joshi');
    const history = await screen.findByRole('region', { name: 'Portrayed by' });
    const names = within(history)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(names).toEqual(['Madhavi Gogate', 'Savita Prabhune']);
    expect(history.textContent).toContain('unknown – 2021');
  });
});
