import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute, watchApi } from '../render-route';

const WAYS_ON = ['The show', 'All characters', 'All actors', 'Cast-change timeline'];

/** Asserts the "not found" screen: one h1, the message, the ways on and the page title. */
async function expectNotFound(message: string) {
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(screen.getByText(message)).toBeVisible();
  const main = screen.getByRole('main');
  for (const name of WAYS_ON) expect(within(main).getByRole('link', { name })).toBeVisible();
  expect(document.title).toBe('Page not found · Anupamaa Wiki');
  // Nothing to retry: the page does not exist.
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  // The header stays, so the fan can search or browse on.
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(screen.getByRole('combobox', { name: 'Search actors and characters' })).toBeEnabled();
}

/** React Router warns on the console about a URL it cannot decode; keep the test output clean. */
function silenceDecodeWarning() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('unknown pages', () => {
  it('says "not found" for an unknown path, without asking the API', async () => {
    const requests = watchApi('/*');
    renderRoute('/no/such/page');
    await expectNotFound('There is no page at this address.');
    expect(requests).toEqual([]);
  });

  it('says "not found" for an extra segment after a real page', async () => {
    renderRoute('/characters/samar-shah/extra');
    await expectNotFound('There is no page at this address.');
    expect(screen.queryByRole('heading', { name: 'Samar Shah' })).toBeNull();
  });

  it('says "not found" for an unknown character', async () => {
    renderRoute('/characters/no-such-person');
    await expectNotFound('There is no character with the id "no-such-person".');
  });

  it('says "not found" for an unknown actor', async () => {
    renderRoute('/actors/no-such-actor');
    await expectNotFound('There is no actor with the id "no-such-actor".');
  });

  it('leads back to the show from the not-found page', async () => {
    const { user } = renderRoute('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'The show' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Page not found' })).toBeNull();
  });
});

describe('malformed percent-encoded URLs', () => {
  it('says "not found" for a broken character id, instead of crashing', async () => {
    silenceDecodeWarning();
    renderRoute('/characters/%E0%A4%A');
    await expectNotFound('There is no character with the id "%E0%A4%A".');
  });

  it('says "not found" for a broken actor id, instead of crashing', async () => {
    silenceDecodeWarning();
    renderRoute('/actors/%E0%A4%A');
    await expectNotFound('There is no actor with the id "%E0%A4%A".');
  });

  it('says "not found" for a broken top-level path, instead of crashing', async () => {
    silenceDecodeWarning();
    renderRoute('/%E0%A4%A');
    await expectNotFound('There is no page at this address.');
  });

  it('still searches when the query is badly encoded', async () => {
    // The broken byte pair decodes to U+FFFD, leaving "a" to search for: every name starting so.
    renderRoute('/search?q=%E0%A4%A');
    expect(await screen.findByText(/^\d+ results for/)).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1, name: 'Search' })).toHaveLength(1);
  });
});
