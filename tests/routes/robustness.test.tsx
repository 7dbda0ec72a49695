import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_TIMEOUT_MS } from '../../src/api/client';
import { createDb } from '../../src/mock-api/db';
import { dataset } from '../../src/mock-api/dataset';
import { createHandlers } from '../../src/mock-api/handlers';
import { server } from '../../src/mock-api/node';
import { renderRoute } from '../render-route';

const HOSTILE = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';

/** Serves the real dataset with one character rewritten by someone hostile. */
function serveHostileCharacter(patch: Record<string, unknown>) {
  const characters = dataset.characters.map((c) =>
    c.id === 'samar-shah' ? { ...c, ...patch } : c,
  );
  server.use(...createHandlers(async () => createDb({ ...dataset, characters })));
}

afterEach(() => {
  vi.useRealTimers();
  delete (window as { __pwned?: boolean }).__pwned;
});

describe('hostile data', () => {
  it('renders HTML and script in a record as plain text', async () => {
    serveHostileCharacter({ name: `Samar ${HOSTILE}`, description: HOSTILE, nicknames: [HOSTILE] });
    const { container } = renderRoute('/characters/samar-shah');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(`Samar ${HOSTILE}`);
    expect(screen.getAllByText(HOSTILE, { exact: false }).length).toBeGreaterThan(0);
    expect(container.querySelector('script, img')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('refuses a source link that is not http(s), instead of rendering it', async () => {
    const sources = dataset.sources.map((s, i) =>
      i === 0 ? { ...s, url: 'javascript:window.__pwned=true' } : s,
    );
    const characters = dataset.characters.map((c) =>
      c.id === 'samar-shah' ? { ...c, sources: ['javascript:window.__pwned=true'] } : c,
    );
    server.use(...createHandlers(async () => createDb({ ...dataset, sources, characters })));
    renderRoute('/characters/samar-shah');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });
});

describe('failures', () => {
  it('gives up on a server that never answers, says so and offers a retry', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(http.get('/api/characters/samar-shah', () => delay('infinite')));
    renderRoute('/characters/samar-shah');
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The server is not answering' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('shortens an absurdly long id in the not-found message', async () => {
    const id = 'x'.repeat(5000);
    renderRoute(`/characters/${id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    const message = screen.getByText(/There is no character with the id/);
    expect(message.textContent?.length).toBeLessThan(200);
  });

  it('keeps the header and search usable on an error screen', async () => {
    server.use(
      http.get('/api/actors', () => new Response('<html>proxy error</html>', { status: 502 })),
    );
    renderRoute('/actors');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeVisible();
    expect(screen.getByText(/The server answered 502/)).toBeVisible();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('combobox')).toBeEnabled();
    expect(within(banner).getByRole('link', { name: 'Characters' })).toHaveAttribute(
      'href',
      '/characters',
    );
  });
});
