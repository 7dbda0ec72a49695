import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failThenRecover, renderRoute, serveApi } from '../render-route';

const FAMILIES = [
  'Anupamaa and the Shah family',
  "Anupamaa's own family, the Joshis",
  'The Kapadias',
  'The Kotharis (after the 15-year leap)',
  'Friends, rivals and others',
  'Prequel only: Anupama – Namaste America',
];

/** The card (list item) of the character called `name` inside `family`. */
function card(family: HTMLElement, name: string): HTMLElement {
  const item = within(family).getByRole('link', { name }).closest('li');
  if (!item) throw new Error(`No card for ${name}`);
  return item;
}

describe('/characters', () => {
  it('groups every character by family, in the family order', async () => {
    renderRoute('/characters');
    expect(await screen.findByRole('heading', { level: 1, name: 'Characters' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('All characters · Anupamaa Wiki');
    expect(screen.getByText(/All 62 characters of Anupamaa and its prequel/)).toBeVisible();

    const jump = screen.getByRole('navigation', { name: 'Families' });
    const jumpLinks = within(jump).getAllByRole('link');
    expect(jumpLinks.map((link) => link.textContent)).toEqual(FAMILIES);
    expect(jumpLinks[0]?.getAttribute('href')).toBe('#shah');

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(FAMILIES);
    const total = FAMILIES.reduce(
      (sum, name) =>
        sum + within(screen.getByRole('region', { name })).getAllByRole('listitem').length,
      0,
    );
    expect(total).toBe(62);
  });

  it('shows who plays each character now, or who played them last', async () => {
    renderRoute('/characters');
    const shah = await screen.findByRole('region', { name: 'Anupamaa and the Shah family' });

    const anupamaa = card(shah, 'Anupamaa');
    expect(anupamaa.textContent).toContain('“Anu”, “Anupama”');
    expect(anupamaa.textContent).toContain('Played by Rupali Ganguly');
    expect(anupamaa.textContent).not.toContain('actors');

    const samar = card(shah, 'Samar Shah');
    expect(samar.textContent).toContain('Last played by Sagar Parekh');
    expect(samar.textContent).toContain('2 actors');
    expect(within(shah).getByRole('link', { name: 'Samar Shah' }).getAttribute('href')).toBe(
      '/characters/samar-shah',
    );

    const paritosh = card(shah, 'Paritosh Shah');
    expect(paritosh.textContent).toContain('“Toshu”');
    expect(paritosh.textContent).toContain('Played by Manish Naggdev');
    expect(paritosh.textContent).toContain('3 actors');

    expect(card(shah, 'Ansh').textContent).toContain('Actor not known');

    const kapadias = screen.getByRole('region', { name: 'The Kapadias' });
    expect(card(kapadias, 'Aadhya Kapadia').textContent).toContain(
      'Played by Adrija Roy · 4 actors',
    );
    expect(card(kapadias, 'Anuj Kapadia').textContent).toContain('Last played by Gaurav Khanna');

    const kotharis = screen.getByRole('region', { name: 'The Kotharis (after the 15-year leap)' });
    expect(card(kotharis, 'Prem Kothari').textContent).toContain('Played by Shivam Khajuria');
    expect(within(kotharis).queryByRole('link', { name: 'Samar Shah' })).toBeNull();

    const prequel = screen.getByRole('region', { name: 'Prequel only: Anupama – Namaste America' });
    expect(card(prequel, 'Moti Baa Shah').textContent).toContain('Last played by Sarita Joshi');
  });

  it('opens a character from its card', async () => {
    const { user } = renderRoute('/characters');
    const shah = await screen.findByRole('region', { name: 'Anupamaa and the Shah family' });
    await user.click(within(shah).getByRole('link', { name: 'Samar Shah' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
    expect(document.title).toBe('Samar Shah · Characters · Anupamaa Wiki');
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({
      apiPath: '/characters',
      url: '/characters',
      pageHeading: 'Characters',
    });
    expect(screen.getByRole('region', { name: 'The Kapadias' })).toBeVisible();
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/characters', { characters: [{ id: 'samar-shah', name: 'Samar Shah' }] });
    renderRoute('/characters');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(screen.getByText(/The server sent data in an unexpected shape/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Samar Shah' })).toBeNull();
  });
});
