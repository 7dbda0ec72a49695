import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failApi, renderRoute, restoreApi, serveApi, watchApi } from '../render-route';

const PROMPT =
  'Type in the search box the name of an actor or a character, a leap (“2024 leap”), a cast change (“samar recast”) or a question (“who plays Samar”).';
const HOSTILE = '<img src=x onerror=alert(1)>';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The header's search box. */
function searchBox(): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('combobox', { name: 'Search actors and characters' });
}

/** The hits listed under one heading ("Characters" or "Actors"). */
function hits(label: string): HTMLElement[] {
  return within(screen.getByRole('region', { name: label })).getAllByRole('listitem');
}

/**
 * The paragraph reading `text` in full. The query inside it sits in a <bdi> (so a right-to-left
 * mark cannot turn the sentence around), which splits the text across elements.
 */
function findParagraph(text: string | RegExp): Promise<HTMLElement> {
  return screen.findByText((_, element) => {
    if (element?.tagName !== 'P') return false;
    const content = element.textContent ?? '';
    return typeof text === 'string' ? content === text : text.test(content);
  });
}

describe('/search', () => {
  it('prompts for a name when there is no query, without asking the API', async () => {
    const requests = watchApi('/search');
    renderRoute('/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(PROMPT)).toBeVisible();
    expect(document.title).toBe('Search · Anupamaa Wiki');
    expect(searchBox().value).toBe('');
    expect(requests).toEqual([]);
  });

  it('treats a query of only spaces as no query', async () => {
    const requests = watchApi('/search');
    renderRoute('/search?q=%20%20%20');
    expect(await screen.findByText(PROMPT)).toBeVisible();
    expect(document.title).toBe('Search · Anupamaa Wiki');
    expect(requests).toEqual([]);
  });

  it('finds Samar by name, with who played him', async () => {
    renderRoute('/search?q=samar');
    const status = await findParagraph('1 result for “samar”');
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
    expect(await findParagraph('1 result for “Toshu”')).toBeVisible();
    expect(document.title).toBe('Search: Toshu · Anupamaa Wiki');
    const [paritosh] = hits('Characters');
    expect(
      within(paritosh as HTMLElement).getByRole('link', { name: 'Paritosh Shah' }),
    ).toHaveAttribute('href', '/characters/paritosh-shah');
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

  it('answers “who plays samar” with the actor first, then who played him before', async () => {
    renderRoute('/search?q=who%20plays%20samar');
    const answer = await screen.findByRole('region', { name: 'Answer' });
    expect(answer).toHaveTextContent(
      'Samar Shah was last played by Sagar Parekh (2022–2023). Earlier: Paras Kalnawat (2020–2022). In cameos: Sagar Parekh (2025).',
    );
    expect(within(answer).getByRole('link', { name: 'Sagar Parekh' })).toHaveAttribute(
      'href',
      '/actors/sagar-parekh',
    );
    // The answer, then the actors, then the character: in that order on the page.
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(regions).toEqual(['Answer', 'Actors', 'Characters']);
    expect(hits('Actors').map((hit) => hit.querySelector('a')?.textContent)).toEqual([
      'Sagar Parekh',
      'Paras Kalnawat',
    ]);
  });

  it('answers “who replaced paras” with Sagar Parekh and the recast itself', async () => {
    renderRoute('/search?q=who%20replaced%20paras');
    const answer = await screen.findByRole('region', { name: 'Answer' });
    expect(answer).toHaveTextContent(
      'Sagar Parekh replaced Paras Kalnawat as Samar Shah in Aug 2022.',
    );
    expect(hits('Actors')[0]).toHaveTextContent('Sagar Parekh');
    const [recast] = hits('Cast changes');
    expect(
      within(recast as HTMLElement).getByRole('link', { name: 'Replaced: Samar Shah' }),
    ).toHaveAttribute('href', '/timeline?character=samar-shah&type=replaced');
  });

  it('lists leaps in time order, each linked to its page', async () => {
    renderRoute('/search?q=2024%20leap');
    expect(await findParagraph('12 results for “2024 leap”')).toBeVisible();
    // Rumours of that leap come last, after the leaps themselves.
    expect(hits('Rumours')).toHaveLength(10);
    const leaps = hits('Leaps');
    expect(leaps.map((hit) => hit.querySelector('a')?.textContent)).toEqual([
      'Six-month leap',
      'Fifteen-year generation leap',
    ]);
    expect(leaps[1]).toHaveTextContent(
      'Aired Oct 2024; 15 years, moving the story on by a generation',
    );
    expect(within(leaps[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/leaps/leap-2024-6-month',
    );
    expect(screen.queryByRole('region', { name: 'Answer' })).toBeNull();
  });

  it('finds a rumour by a name and a rumour word, linked to its entry on the rumours page', async () => {
    renderRoute('/search?q=randeep%20rai%20rumour');
    expect(await screen.findByRole('region', { name: 'Rumours' })).toBeVisible();
    expect(hits('Rumours')).toHaveLength(1);
    const link = within(hits('Rumours')[0] as HTMLElement).getByRole('link');
    expect(link).toHaveTextContent('Randeep Rai was abruptly removed');
    expect(link).toHaveAttribute(
      'href',
      '/rumours#rumour-2025-05-randeep-rai-was-abruptly-removed-made',
    );
  });

  it('finds a cast change by a name and what happened, with its date', async () => {
    renderRoute('/search?q=samar%20recast');
    expect(await findParagraph('1 result for “samar recast”')).toBeVisible();
    const [recast] = hits('Cast changes');
    expect(recast).toHaveTextContent(
      '31 Jul 2022: Sagar Parekh, a friend of Paras off screen, was named as the new Samar on 31 Jul 2022 and was playing him from Aug 2022.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Cast changes (1)' })).toBeVisible();
    // "samar" alone finds Samar, not every event he is part of.
    expect(screen.queryByRole('region', { name: 'Characters' })).toBeNull();
  });

  it('ranks whole-word matches of an alias above a name that only starts with the query', async () => {
    renderRoute('/search?q=anu');
    expect(await findParagraph('4 results for “anu”')).toBeVisible();
    const names = hits('Characters').map((hit) => hit.querySelector('a')?.textContent);
    // "Anu" is all of Anupamaa's nickname and a word of Aadhya's; "Anuj" only starts with it.
    expect(names).toEqual(['Anupamaa', 'Aadhya Kapadia', 'Anuj Kapadia', "Anuj's father"]);
    expect(hits('Characters')[0]?.textContent).toContain('(matched “Anu”)');
    expect(hits('Characters')[1]?.textContent).toContain('(matched “Choti Anu”)');
    expect(hits('Characters')[2]?.textContent).not.toContain('matched');
  });

  it('finds names spelled the way fans type them, and in Devanagari', async () => {
    renderRoute('/search?q=sudhansu%20pande');
    const [sudhanshu] = await screen.findAllByRole('link', { name: 'Sudhanshu Pandey' });
    expect(sudhanshu?.getAttribute('href')).toBe('/actors/sudhanshu-pandey');
    expect(await findParagraph('1 result for “sudhansu pande”')).toBeVisible();
  });

  it('finds a character from a query in Hindi script', async () => {
    renderRoute(`/search?q=${encodeURIComponent('समर')}`);
    expect(await findParagraph('1 result for “समर”')).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Samar Shah' }),
    ).toHaveAttribute('href', '/characters/samar-shah');
    expect(searchBox().value).toBe('समर');
  });

  it('searches from the header box by keyboard', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Anupamaa' });
    await user.type(searchBox(), 'Toshu{Enter}');
    expect(await findParagraph('1 result for “Toshu”')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Toshu');

    // A second search from the results page replaces the first.
    await user.clear(searchBox());
    await user.type(searchBox(), 'samar{Enter}');
    expect(await findParagraph('1 result for “samar”')).toBeVisible();
    expect(screen.queryByText('1 result for “Toshu”')).toBeNull();
    expect(searchBox().value).toBe('samar');
  });

  it('says nothing matches, with ways on', async () => {
    const { user } = renderRoute('/search?q=zzzz');
    const status = await findParagraph(/^Nothing matches “zzzz”\./);
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe(
      'Nothing matches “zzzz”. Check the spelling, or browse all characters and actors.',
    );
    expect(screen.queryByRole('region', { name: 'Characters' })).toBeNull();
    // Nothing is near "zzzz" either, so nothing is suggested.
    expect(screen.queryByRole('region', { name: 'Did you mean' })).toBeNull();
    await user.click(within(status).getByRole('link', { name: 'characters' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Characters' })).toBeVisible();
  });

  it('suggests the nearest names when nothing matches, as links', async () => {
    // An actor's surname with a character's first name: no one person has both.
    const { user } = renderRoute('/search?q=samar%20kalnawat');
    expect(await findParagraph(/^Nothing matches “samar kalnawat”\./)).toBeVisible();
    const suggestions = screen.getByRole('region', { name: 'Did you mean' });
    const links = within(suggestions).getAllByRole('link');
    expect(links.slice(0, 2).map((a) => a.textContent)).toEqual(['Paras Kalnawat', 'Samar Shah']);
    expect(within(suggestions).getAllByRole('listitem')[0]?.textContent).toBe(
      'Paras Kalnawat (actor)',
    );
    await user.click(links[1]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
  });

  it('refuses an over-long query without calling the API', async () => {
    const requests = watchApi('/search');
    const long = 'a'.repeat(101);
    renderRoute(`/search?q=${long}`);
    const alert = await screen.findByText(/That search is too long/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('(this one has 101)');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe(`Search: ${'a'.repeat(60)} · Anupamaa Wiki`);
    expect(requests).toEqual([]);
  });

  it('keeps a 10,000-character paste in the box and explains it, without calling the API', async () => {
    const requests = watchApi('/search');
    // 10,000 UTF-16 units, with an emoji across the 60th, where the title is cut.
    const paste = `xx${'अनुपमा 😀 '.repeat(999)}अनुपमा😀`;
    expect(paste.length).toBe(10_000);
    renderRoute(`/search?q=${encodeURIComponent(paste)}`);
    const alert = await screen.findByText(/That search is too long/);
    expect(alert.textContent).toContain('(this one has 10,000)');
    // Nothing lost: the box holds all of it (compared as a flag to keep a failure readable).
    expect(searchBox().value === paste).toBe(true);
    // The title is cut by whole characters, never through the middle of an emoji.
    expect(document.title).toMatch(/^Search: xxअनुपमा 😀 अनुपमा/);
    expect(document.title).not.toMatch(LONE_SURROGATE);
    expect(requests).toEqual([]);
  });

  it('still searches a query of exactly 100 characters', async () => {
    const requests = watchApi('/search');
    renderRoute(`/search?q=${'a'.repeat(100)}`);
    expect(await findParagraph(/^Nothing matches/)).toBeVisible();
    expect(screen.queryByText(/That search is too long/)).toBeNull();
    expect(requests).toHaveLength(1);
  });

  it('shows a query containing HTML as text, never as markup', async () => {
    renderRoute(`/search?q=${encodeURIComponent(HOSTILE)}`);
    const status = await findParagraph(/^Nothing matches/);
    expect(status.textContent).toContain(`Nothing matches “${HOSTILE}”`);
    expect(document.querySelector('img')).toBeNull();
    expect(document.title).toBe(`Search: ${HOSTILE} · Anupamaa Wiki`);
    expect(searchBox().value).toBe(HOSTILE);
  });

  it('explains a query with no letters or digits, without calling the API', async () => {
    const requests = watchApi('/search');
    renderRoute(`/search?q=${encodeURIComponent('<>!!! \u0000\u0007 ---')}`);
    const alert = await screen.findByText(/has no letters or digits to match/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(requests).toEqual([]);
  });

  it('isolates a right-to-left override in the query, and still finds the name', async () => {
    const rtl = '\u202Esamar';
    renderRoute(`/search?q=${encodeURIComponent(rtl)}`);
    const status = await findParagraph(`1 result for “${rtl}”`);
    // The override stays inside its <bdi>, so the rest of the sentence reads left to right.
    expect(status.querySelector('bdi')?.textContent).toBe(rtl);
    expect(document.title).toBe('Search: samar · Anupamaa Wiki');
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Samar Shah' }),
    ).toHaveAttribute('href', '/characters/samar-shah');
  });

  it('survives a query that is not valid UTF-8 in the URL', async () => {
    // %ED%A0%80 would be a lone surrogate; URL decoding turns it into replacement characters.
    renderRoute('/search?q=%ED%A0%80samar');
    expect(await findParagraph(/result for “.*samar”$/)).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Samar Shah' }),
    ).toHaveAttribute('href', '/characters/samar-shah');
  });

  it('offers a retry when the server fails, and recovers', async () => {
    failApi('/search');
    const { user } = renderRoute('/search?q=samar');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(/The database is on fire \(500\)/)).toBeVisible();
    // The search box still works, and still holds the query.
    expect(searchBox().value).toBe('samar');
    restoreApi();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findParagraph('1 result for “samar”')).toBeVisible();
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/search', { query: 'samar', results: ['Samar Shah'] });
    renderRoute('/search?q=samar');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(screen.getByText(/The server sent data in an unexpected shape/)).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Samar Shah' })).toBeNull();
  });
});
