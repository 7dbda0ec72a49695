import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failApi, renderRoute } from '../render-route';

describe('/characters/:id', () => {
  it('shows who played Samar, when, how it ended and who replaced whom', async () => {
    renderRoute('/characters/samar-shah');
    expect(await screen.findByRole('heading', { level: 1, name: 'Samar Shah' })).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Portrayed by' });
    const cards = within(history).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('link', { name: 'Paras Kalnawat' })).toBeTruthy();
    expect(cards[0]!.textContent).toContain('13 Jul 2020 – 26 Jul 2022');
    expect(cards[0]!.textContent).toContain('Contract terminated');
    expect(within(cards[0]!).getAllByText(/Disputed/).length).toBeGreaterThan(0);
    expect(within(cards[0]!).getByRole('note').textContent).toMatch(/Paras/);
    expect(within(cards[1]!).getByRole('link', { name: 'Sagar Parekh' })).toBeTruthy();
    expect(cards[1]!.textContent).toContain('Aug 2022 – Oct 2023');
    expect(document.title).toBe('Samar Shah · Characters · Anupamaa Wiki');
  });

  it('says "not found" for an unknown id, with ways on', async () => {
    renderRoute('/characters/no-such-person');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText(/no character with the id "no-such-person"/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All characters' })).toBeTruthy();
  });

  it('offers a retry when the server fails, and recovers', async () => {
    failApi('/characters/samar-shah');
    const { user } = renderRoute('/characters/samar-shah');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeTruthy();
    expect(screen.getByText(/The database is on fire \(500\)/)).toBeTruthy();
    const { server } = await import('../../src/mock-api/node');
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samar Shah' })).toBeTruthy();
  });
});
