import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failApi, renderRoute, restoreApi, serveApi, watchApi } from '../render-route';

const PROMPT = 'Type the name of an actor or a character in the search box.';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The header's search box. */
function searchBox(): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search actors and characters' });
}

/** The hits listed under one heading ("Characters" or "Actors"). */
function hits(label: string): HTMLElement[] {
  return within(screen.getByRole('region', { name: label })).getAllByRole('listitem');
}

describe('/search', () => {
  it('prompts for a name when there is no query, without asking the API', async () => {
    const requests = watchApi('/search');
    renderRoute('/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(PROMPT)).toBeTruthy();
    expect(document.title).toBe('Search · Anupamaa Wiki');
    expect(searchBox().value).toBe('');
    expect(requests).toEqual([]);
  });

  it('treats a query of only spaces as no query', async () => {
    const requests = watchApi('/search');
    renderRoute('/search?q=%20%20%20');
    expect(await screen.findByText(PROMPT)).toBeTruthy();
    expect(document.title).toBe('Search · Anupamaa Wiki');
    expect(requests).toEqual([]);
  });

  it('finds Samar by name, with who played him', async () => {
    renderRoute('/search?q=samar');
    const status = await screen.findByText('1 result for “samar”');
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Search: samar · Anupamaa Wiki');
    expect(searchBox().value).toBe('samar');

    const [samar] = hits('Characters');
    expect(
      within(samar as HTMLElement)
        .getByRole('link', { name: 'Samar Shah' })
        .getAttribute('href'),
    ).toBe('/characters/samar-shah');
    expect(samar?.textContent).toContain(
      'Played by Paras Kalnawat 2020–2022, Sagar Parekh 2022–2023',
    );
    expect(samar?.textContent).not.toContain('matched');
    expect(screen.queryByRole('region', { name: 'Actors' })).toBeNull();
  });

  it('finds a character by nickname and says which name matched', async () => {
    renderRoute('/search?q=Toshu');
    expect(await screen.findByText('1 result for “Toshu”')).toBeTruthy();
    expect(document.title).toBe('Search: Toshu · Anupamaa Wiki');
    const [paritosh] = hits('Characters');
    expect(
      within(paritosh as HTMLElement).getByRole('link', { name: 'Paritosh Shah' }),
    ).toBeTruthy();
    expect(paritosh?.textContent).toContain('(matched “Toshu”)');
    expect(paritosh?.textContent).toContain('Manish Naggdev 2024–');
  });

  it('lists characters and actors apart', async () => {
    renderRoute('/search?q=paras');
    const actors = await screen.findByRole('region', { name: 'Actors' });
    expect(within(actors).getByRole('heading', { level: 2 }).textContent).toBe('Actors (1)');
    const [paras] = hits('Actors');
    expect(
      within(paras as HTMLElement)
        .getByRole('link', { name: 'Paras Kalnawat' })
        .getAttribute('href'),
    ).toBe('/actors/paras-kalnawat');
    expect(paras?.textContent).toContain('Played Samar Shah 2020–2022');
    expect(screen.queryByRole('region', { name: 'Characters' })).toBeNull();
  });

  it('counts several results and marks alias matches', async () => {
    renderRoute('/search?q=anu');
    expect(await screen.findByText('3 results for “anu”')).toBeTruthy();
    const names = hits('Characters').map((hit) => hit.querySelector('a')?.textContent);
    expect(names).toEqual(['Anupamaa', 'Anuj Kapadia', 'Aadhya Kapadia']);
    expect(hits('Characters')[2]?.textContent).toContain('(matched “Choti Anu”)');
  });

  it('searches from the header box by keyboard', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Anupamaa' });
    await user.type(searchBox(), 'Toshu{Enter}');
    expect(await screen.findByText('1 result for “Toshu”')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Toshu');

    // A second search from the results page replaces the first.
    await user.clear(searchBox());
    await user.type(searchBox(), 'samar{Enter}');
    expect(await screen.findByText('1 result for “samar”')).toBeTruthy();
    expect(screen.queryByText('1 result for “Toshu”')).toBeNull();
    expect(searchBox().value).toBe('samar');
  });

  it('says nothing matches, with ways on', async () => {
    const { user } = renderRoute('/search?q=zzzz');
    const status = await screen.findByText(/^Nothing matches “zzzz”\./);
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe(
      'Nothing matches “zzzz”. Check the spelling, or browse all characters and actors.',
    );
    expect(screen.queryByRole('region', { name: 'Characters' })).toBeNull();
    await user.click(within(status).getByRole('link', { name: 'characters' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Characters' })).toBeTruthy();
  });

  it('refuses an over-long query without calling the API', async () => {
    const requests = watchApi('/search');
    const long = 'a'.repeat(101);
    renderRoute(`/search?q=${long}`);
    const alert = await screen.findByText(/That search is too long/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe(`Search: ${'a'.repeat(60)} · Anupamaa Wiki`);
    expect(requests).toEqual([]);
  });

  it('still searches a query of exactly 100 characters', async () => {
    const requests = watchApi('/search');
    renderRoute(`/search?q=${'a'.repeat(100)}`);
    expect(await screen.findByText(/^Nothing matches/)).toBeTruthy();
    expect(screen.queryByText(/That search is too long/)).toBeNull();
    expect(requests).toHaveLength(1);
  });

  it('shows a query containing HTML as text, never as markup', async () => {
    renderRoute(`/search?q=${encodeURIComponent(HOSTILE)}`);
    const status = await screen.findByText(/^Nothing matches/);
    expect(status.textContent).toContain(`Nothing matches “${HOSTILE}”`);
    expect(document.querySelector('img')).toBeNull();
    expect(document.title).toBe(`Search: ${HOSTILE} · Anupamaa Wiki`);
    expect(searchBox().value).toBe(HOSTILE);
  });

  it('offers a retry when the server fails, and recovers', async () => {
    failApi('/search');
    const { user } = renderRoute('/search?q=samar');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(/The database is on fire \(500\)/)).toBeTruthy();
    // The search box still works, and still holds the query.
    expect(searchBox().value).toBe('samar');
    restoreApi();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1 result for “samar”')).toBeTruthy();
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/search', { query: 'samar', results: ['Samar Shah'] });
    renderRoute('/search?q=samar');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeTruthy();
    expect(screen.getByText(/The server sent data in an unexpected shape/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Samar Shah' })).toBeNull();
  });
});
