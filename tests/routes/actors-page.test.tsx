import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failThenRecover, renderRoute, serveApi } from '../render-route';

/** The actor cards of the page, in the order shown. */
function cards(): HTMLElement[] {
  return within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('listitem');
}

/** The name on a card: its title link. */
function nameOf(item: HTMLElement): string {
  return item.querySelector('a.card-title')?.textContent ?? '';
}

describe('/actors', () => {
  it('lists all 69 actors from A to Z', async () => {
    renderRoute('/actors');
    expect(await screen.findByRole('heading', { level: 1, name: 'Actors' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('All actors · Anupamaa Wiki');
    expect(
      screen.getByText(/Every one of the 69 actors known to have played a role/),
    ).toBeVisible();

    const names = cards().map(nameOf);
    expect(names).toHaveLength(69);
    expect(names.slice(0, 4)).toEqual([
      'Aadhya Barot',
      'Aashish Mehrotra',
      'Adhik Mehta',
      'Adrija Roy',
    ]);
    expect(names.at(-1)).toBe('Viraj Kapoor');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('gives each actor their roles and years', async () => {
    renderRoute('/actors');
    await screen.findByRole('heading', { level: 1, name: 'Actors' });
    const byName = new Map(cards().map((item) => [nameOf(item), item.textContent ?? '']));
    expect(byName.get('Paras Kalnawat')).toContain('Samar Shah 2020–2022');
    expect(byName.get('Sagar Parekh')).toContain('Samar Shah 2022–2023');
    // An ongoing role is open-ended; an unknown start reads "?".
    expect(byName.get('Rupali Ganguly')).toContain('Anupamaa 2020–');
    expect(byName.get('Rupali Ganguly')).not.toMatch(/2020–\d/);
    expect(byName.get('Anagha Bhosale')).toContain('Nandini ?–2022');
    expect(byName.get('Alisha Parveen')).toContain('Aadhya Kapadia 2024');
    expect(byName.get('Sarita Joshi')).toContain('Moti Baa Shah 2022');
  });

  it("opens an actor's page from the list", async () => {
    const { user } = renderRoute('/actors');
    await screen.findByRole('heading', { level: 1, name: 'Actors' });
    const main = screen.getByRole('main');
    const link = within(main).getByRole('link', { name: 'Paras Kalnawat' });
    expect(link.getAttribute('href')).toBe('/actors/paras-kalnawat');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Paras Kalnawat' })).toBeVisible();
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({ apiPath: '/actors', url: '/actors', pageHeading: 'Actors' });
    expect(cards()).toHaveLength(69);
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/actors', { actors: 'Paras Kalnawat, Sagar Parekh' });
    renderRoute('/actors');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(
      screen.getByText(/The server sent data in an unexpected shape \(at actors:/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
