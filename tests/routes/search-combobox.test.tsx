import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failApi, renderRoute, watchApi } from '../render-route';

function searchBox(): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('combobox', { name: 'Search actors and characters' });
}

/** The polite live region of the header search, where the count is announced. */
function announcer(): HTMLElement {
  return within(screen.getByRole('search')).getByRole('status');
}

async function openOn(url: string) {
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('the header search combobox', () => {
  it('is a combobox that controls a listbox, closed until something is typed', async () => {
    await openOn('/timeline');
    const box = searchBox();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    const listbox = document.getElementById(box.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).toBe('listbox');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    // Still a plain GET form to /search underneath.
    const form = box.closest('form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/search');
    expect(box.getAttribute('name')).toBe('q');
  });

  it('lists matches by kind as you type, and announces the count', async () => {
    const { user } = await openOn('/timeline');
    await user.type(searchBox(), 'kalnavat');
    // On a busy machine a pause in typing may first bring the answer for "ka"; wait for ours.
    await waitFor(() => expect(announcer().textContent).toBe('1 result for “kalnavat”.'));
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    expect(searchBox().getAttribute('aria-expanded')).toBe('true');
    const actors = within(listbox).getByRole('group', { name: 'Actors' });
    const [paras] = within(actors).getAllByRole('option');
    expect(paras?.textContent).toBe('Paras KalnawatPlayed Samar Shah 2020–2022');
    expect(within(listbox).queryByRole('group', { name: 'Characters' })).toBeNull();
    expect(announcer().textContent).toBe('1 result for “kalnavat”.');
  });

  it('moves with the arrow keys and opens the active result with Enter', async () => {
    const { user, router } = await openOn('/');
    await user.type(searchBox(), 'shah');
    // On a busy machine a pause in typing may first bring the answer for "sh"; wait for ours.
    await waitFor(() => expect(announcer().textContent).toMatch(/for “shah”/));
    const listbox = screen.getByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    // Five characters and the one actor named Shah.
    expect(options).toHaveLength(6);
    expect(announcer().textContent).toBe(
      '13 results for “shah”, the best 6 shown. Enter lists them all.',
    );

    await user.keyboard('{ArrowDown}');
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('false');
    // Up from the first option wraps round to the last, the actor.
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(options[5]?.id);
    expect(options[5]?.textContent).toContain('Nidhi Shah');

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nidhi Shah' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/actors/nidhi-shah');
    // The box starts afresh on the new page.
    expect(searchBox().value).toBe('');
    expect(searchBox().getAttribute('aria-expanded')).toBe('false');
  });

  it('goes to the search page on Enter when no option is active', async () => {
    const { user, router } = await openOn('/');
    await user.type(searchBox(), 'shah');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(router.state.location.search).toBe('?q=shah');
    expect(searchBox().value).toBe('shah');
    expect(searchBox().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape, and clears the box on a second Escape', async () => {
    const { user } = await openOn('/');
    await user.type(searchBox(), 'toshu');
    await screen.findByRole('option', { name: /Paritosh Shah/ });
    await user.keyboard('{ArrowDown}{Escape}');
    expect(searchBox().getAttribute('aria-expanded')).toBe('false');
    expect(searchBox().hasAttribute('aria-activedescendant')).toBe(false);
    expect(screen.queryByRole('option')).toBeNull();
    expect(searchBox().value).toBe('toshu');
    // ArrowDown opens it again.
    await user.keyboard('{ArrowDown}');
    expect(searchBox().getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}{Escape}');
    expect(searchBox().value).toBe('');
    expect(searchBox()).toBe(document.activeElement);
  });

  it('never shows the last search’s results for what is typed next', async () => {
    const { user } = await openOn('/');
    await user.type(searchBox(), 'toshu');
    await screen.findByRole('option', { name: /Paritosh Shah/ });
    await user.clear(searchBox());
    await user.type(searchBox(), 'ki');
    // Before the answer for "ki" arrives, nothing from "toshu" is offered: the popup says it is
    // searching, with no options to pick by mistake.
    expect(screen.queryByRole('option', { name: /Paritosh Shah/ })).toBeNull();
    expect(searchBox().getAttribute('aria-expanded')).toBe('false');
    expect(within(screen.getByRole('search')).getByText('Searching…')).toBeVisible();
    expect(await screen.findByRole('option', { name: /^Kinjal Shah/ })).toBeVisible();
    expect(screen.queryByRole('option', { name: /Paritosh Shah/ })).toBeNull();
  });

  it('keeps the results of what was typed so far while the next letters are on their way', async () => {
    const { user } = await openOn('/');
    await user.type(searchBox(), 'kin');
    await screen.findByRole('option', { name: /^Kinjal Shah/ });
    await user.type(searchBox(), 'ja');
    // "kinja" narrows "kin": its results stay up (no flicker) until the new answer replaces them.
    expect(screen.getByRole('option', { name: /^Kinjal Shah/ })).toBeVisible();
    await waitFor(() => expect(announcer().textContent).toMatch(/for “kinja”/));
  });

  it('answers “new pakhi” first: the answer is the first option and is read out', async () => {
    const { user, router } = await openOn('/');
    await user.type(searchBox(), 'new pakhi');
    const answer = await screen.findByRole('group', { name: 'Answer' });
    const [first] = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(first).toBe(within(answer).getByRole('option'));
    expect(first).toHaveTextContent(
      'Kruttika DesaiKruttika Desai took over as Pakhi Shah from Chandni Bhagwanani (2024–?).',
    );
    await waitFor(() =>
      expect(announcer().textContent).toMatch(
        /^Kruttika Desai took over as Pakhi Shah from Chandni Bhagwanani \(2024–\?\)\. \d results for “new pakhi”/,
      ),
    );
    // On screen the answer is shown once, as the first option, not again in the status line
    // (the live region, visually hidden, reads it out).
    const shown = screen
      .getAllByText(/took over as Pakhi Shah/)
      .filter((element) => element !== announcer());
    expect(shown).toHaveLength(1);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kruttika Desai' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/actors/kruttika-desai');
  });

  it('offers leaps in story order and cast changes linked to the timeline', async () => {
    const { user, router } = await openOn('/');
    await user.type(searchBox(), 'leap');
    const leaps = await screen.findByRole('group', { name: 'Leaps' });
    expect(
      within(leaps)
        .getAllByRole('option')
        .map((o) => o.firstChild?.textContent),
    ).toEqual([
      'Leap of about five years',
      'Six-month leap',
      'Fifteen-year generation leap',
      'Eight-month leap to Mumbai',
      'Goa chapter (2026)',
    ]);
    await user.clear(searchBox());
    await user.type(searchBox(), 'pakhi recast');
    const changes = await screen.findByRole('group', { name: 'Cast changes' });
    await user.click(within(changes).getByRole('option', { name: /^Replaced: Pakhi Shah/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?character=pakhi-shah&type=replaced'),
    );
    expect(router.state.location.pathname).toBe('/timeline');
  });

  it('opens a result on click', async () => {
    const { user } = await openOn('/');
    await user.type(searchBox(), 'बापूजी');
    await user.click(await screen.findByRole('option', { name: /Hasmukh Shah/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasmukh Shah' })).toBeVisible();
  });

  it('offers the nearest names when nothing matches', async () => {
    const { user } = await openOn('/');
    await user.type(searchBox(), 'samar kalnawat');
    const group = await screen.findByRole('group', { name: 'Did you mean' });
    const names = within(group)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names.slice(0, 2)).toEqual(['Paras KalnawatActor', 'Samar ShahCharacter']);
    expect(announcer().textContent).toMatch(
      /^No results for “samar kalnawat”\. \d similar names\.$/,
    );
  });

  it('explains an over-long query instead of sending it', async () => {
    const requests = watchApi('/search');
    const { user } = await openOn('/');
    await user.click(searchBox());
    await user.paste('a'.repeat(150));
    await waitFor(() => expect(announcer().textContent).toMatch(/^That search is too long/));
    expect(announcer().textContent).toContain('(this one has 150)');
    // The same words are on screen in the popup.
    expect(screen.getAllByText(/That search is too long/)).toHaveLength(2);
    expect(searchBox().value).toHaveLength(150);
    expect(requests).toEqual([]);
  });

  it('says so when the search fails, and Enter still reaches the search page', async () => {
    failApi('/search');
    const { user } = await openOn('/');
    await user.type(searchBox(), 'samar');
    await waitFor(() =>
      expect(announcer().textContent).toMatch(/^The search failed: The database is on fire/),
    );
    expect(screen.queryByRole('option')).toBeNull();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeVisible();
  });

  it('sends a lone surrogate to the search page without breaking the URL', async () => {
    const { user, router } = await openOn('/');
    await user.click(searchBox());
    await user.paste('samar\uD800');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('samar\uFFFD');
    expect(
      await within(screen.getByRole('main')).findByRole('link', { name: 'Samar Shah' }),
    ).toHaveAttribute('href', '/characters/samar-shah');
  });
});
