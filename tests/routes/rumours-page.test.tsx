import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failThenRecover, renderRoute } from '../render-route';

/** The rumours listed on the page, as their list items. */
function rumourItems(): HTMLElement[] {
  const list = document.querySelector('ol.rumours');
  if (!(list instanceof HTMLElement)) throw new Error('No list of rumours');
  return [...list.children].filter((li): li is HTMLElement => li instanceof HTMLElement);
}

function datesOf(items: HTMLElement[]): string[] {
  return items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
}

describe('/rumours', () => {
  it('lists every rumour newest first, each with its outcome and sources', async () => {
    renderRoute('/rumours');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rumours' })).toBeVisible();
    expect(document.title).toBe('Rumours · Anupamaa Wiki');
    const items = rumourItems();
    expect(items).toHaveLength(41);
    const dates = datesOf(items);
    expect(dates[0]).toBe('2026-03-08');
    expect([...dates].sort().reverse()).toEqual(dates);

    const newest = items[0] as HTMLElement;
    expect(newest.textContent).toContain('Still open');
    expect(newest.textContent).toMatch(/Anuj Kapadia to re-enter the story played by a new actor/);
    expect(within(newest).getByRole('link', { name: 'Sachin Tyagi' })).toHaveAttribute(
      'href',
      '/actors/sachin-tyagi',
    );
    for (const item of items)
      expect(within(item).getAllByRole('link', { name: /^reference \d+$/ }).length).toBeGreaterThan(
        0,
      );
  });

  it('filters by outcome from the URL, and the filter is a link a fan can share', async () => {
    const { user, router } = renderRoute('/rumours?status=denied');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rumours' })).toBeVisible();
    expect(document.title).toBe('Denied rumours · Anupamaa Wiki');
    const filter = screen.getByRole('navigation', { name: 'Rumours by outcome' });
    expect(within(filter).getByRole('link', { name: 'Denied (25)' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const denied = rumourItems();
    expect(denied).toHaveLength(25);
    for (const item of denied) expect(item.textContent).toMatch(/Denied by /);
    // Smriti Irani's cameo, denied by her in Oct 2024.
    const smriti = denied.find((item) => /Smriti Irani/.test(item.textContent ?? ''));
    expect(smriti?.textContent).toMatch(/Denied by Smriti Irani/);

    await user.click(within(filter).getByRole('link', { name: 'Confirmed (11)' }));
    expect(router.state.location.search).toBe('?status=confirmed');
    await waitFor(() => expect(rumourItems()).toHaveLength(11));
    const confirmed = rumourItems();
    // Each confirmed rumour names the cast change that bore it out.
    const paras = confirmed.find((item) => /Jhalak Dikhhla Jaa 10/.test(item.textContent ?? ''));
    expect(paras?.textContent).toMatch(/Borne out by Paras Kalnawat as Samar Shah/);
  });

  it('explains an outcome it does not know, and shows every rumour', async () => {
    renderRoute('/rumours?status=exploded');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“exploded” is not an outcome; showing every rumour.',
    );
    expect(rumourItems()).toHaveLength(41);
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({
      apiPath: '/rumours',
      url: '/rumours',
      pageHeading: 'Rumours',
      status: 503,
      message: 'Down for maintenance',
    });
  });
});

describe('rumours on the pages of the people they are about', () => {
  it("shows Samar's rumours on his page, newest first, each with its outcome", async () => {
    renderRoute('/characters/samar-shah');
    const section = await screen.findByRole('region', { name: 'Rumours about Samar Shah' });
    const items = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('rumour'));
    expect(datesOf(items)).toEqual(['2024-02', '2023-09-19', '2022-07-22', '2022-04']);
    expect(items[0]?.textContent).toMatch(/Denied by Sagar Parekh/);
    expect(items[1]?.textContent).toContain('Confirmed');
    expect(within(section).getByRole('link', { name: 'All rumours' })).toHaveAttribute(
      'href',
      '/rumours',
    );
  });

  it("shows an actor's rumours on the actor's page", async () => {
    renderRoute('/actors/randeep-rai');
    const section = await screen.findByRole('region', { name: 'Rumours about Randeep Rai' });
    expect(section.textContent).toMatch(/abruptly removed/);
    expect(section.textContent).toMatch(/Denied by Randeep Rai/);
  });

  it('shows no rumour section where there are none', async () => {
    renderRoute('/characters/gopi-kaka');
    await screen.findByRole('heading', { level: 1, name: 'Gopi Kaka' });
    expect(screen.queryByRole('region', { name: /^Rumours about/ })).toBeNull();
  });
});

describe('the corrected credit', () => {
  it('credits Randeep Rai as Aryan Kothari, introduced as Mohit, and lists no Mohit', async () => {
    renderRoute('/actors/randeep-rai');
    const region = await screen.findByRole('region', { name: 'In Anupamaa' });
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe('as Aryan Kothari');
    expect(region.textContent).toContain('Mar 2025 – May 2025');
    expect(region.textContent).toContain('Character killed off');
    expect(screen.queryByRole('link', { name: 'Mohit' })).toBeNull();
  });

  it("says on Aryan's page that the two names are the wiki's inference", async () => {
    renderRoute('/characters/aryan-kothari');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aryan Kothari' })).toBeVisible();
    expect(screen.getByText(/is the wiki's inference, stated in no single article/)).toBeVisible();
    const box = screen.getByRole('complementary', { name: 'Aryan Kothari' });
    expect(box.textContent).toContain('Mohit');
    expect(within(box).getByRole('link', { name: 'Randeep Rai' })).toHaveAttribute(
      'href',
      '/actors/randeep-rai',
    );
  });

  it('answers the old Mohit page with "not found"', async () => {
    renderRoute('/characters/mohit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});
