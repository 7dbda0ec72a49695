import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failThenRecover, renderRoute, serveApi } from '../render-route';

/** The value shown beside `label` in a definition list (an infobox or a stint's facts). */
function valueOf(container: HTMLElement, label: string): string {
  const term = within(container).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('/actors/:id', () => {
  it("shows Paras Kalnawat's stint as Samar, how it ended and who replaced him", async () => {
    renderRoute('/actors/paras-kalnawat');
    expect(await screen.findByRole('heading', { level: 1, name: 'Paras Kalnawat' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Paras Kalnawat · Actors · Anupamaa Wiki');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Actors' }).getAttribute('href')).toBe('/actors');
    // The header marks where the fan is.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Actors' }).getAttribute('aria-current')).toBe(
      'page',
    );

    const box = screen.getByRole('complementary', { name: 'Paras Kalnawat' });
    expect(valueOf(box, 'Role')).toBe('Samar Shah (2020–2022); replaced by Sagar Parekh');
    expect(within(box).getByRole('link', { name: 'Samar Shah' }).getAttribute('href')).toBe(
      '/characters/samar-shah',
    );
    expect(within(box).queryByText('Died')).toBeNull();

    const stints = within(screen.getByRole('region', { name: 'In Anupamaa' })).getAllByRole(
      'listitem',
    );
    expect(stints).toHaveLength(1);
    const stint = stints[0] as HTMLElement;
    expect(within(stint).getByRole('heading', { level: 3 }).textContent).toBe('as Samar Shah');
    expect(stint.textContent).toContain('Original');
    expect(valueOf(stint, 'When')).toBe('13 Jul 2020 – 26 Jul 2022');
    expect(valueOf(stint, 'How it ended')).toBe(
      'Contract terminated: Makers cited breach of contract, which the actor contests',
    );
    expect(valueOf(stint, 'Replaced by')).toBe('Sagar Parekh');
    expect(within(stint).getByRole('link', { name: 'Sagar Parekh' }).getAttribute('href')).toBe(
      '/actors/sagar-parekh',
    );
    expect(within(stint).queryByText('Took over from')).toBeNull();
  });

  it('tells the exit story, with both sides of the dispute', async () => {
    renderRoute('/actors/paras-kalnawat');
    const region = await screen.findByRole('region', { name: 'In Anupamaa' });
    expect(within(region).getByText(/ended his contract 'with immediate effect'/)).toBeVisible();
    expect(within(region).getByText(/Jhalak Dikhhla Jaa 10 on Colors/)).toBeVisible();
    const dispute = within(region).getByRole('note');
    expect(dispute.textContent).toContain('Disputed');
    expect(dispute.textContent).toMatch(
      /The makers say he signed up for a show on a rival channel/,
    );
    expect(dispute.textContent).toMatch(/Paras says he had kept the production informed/);
    // Each side cites the reports that make it: footnotes leading to the references, whose
    // links open the articles in a new tab.
    const markers = within(dispute).getAllByRole('link', { name: /^reference \d+$/ });
    expect(markers.length).toBe(3);
    const references = screen.getByRole('region', { name: 'References' });
    const cited = markers.map((marker) => {
      const id = marker.getAttribute('href')?.slice(1) ?? '';
      return references.querySelector(`[id="${id}"]`) as HTMLElement;
    });
    const news18 = cited.find((item) => item.textContent.includes('News18, 27 Jul 2022'));
    const article = within(news18!).getByRole('link', { name: /\(opens in a new tab\)$/ });
    expect(article).toHaveAttribute('target', '_blank');
    expect(article.getAttribute('rel')).toContain('noopener');
  });

  it('lists his other work and the cast changes involving him, in date order', async () => {
    renderRoute('/actors/paras-kalnawat');
    const work = await screen.findByRole('region', { name: 'Other notable work' });
    expect(
      within(work)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Meri Durga (as Sanjay/Prince)',
      'Ishq Aaj Kal (as Faraz Sheikh)',
      'Jhalak Dikhhla Jaa 10 (contestant)',
      'Kundali Bhagya (as Rajveer Luthra, 2023-2024)',
    ]);

    const news = screen.getByRole('region', { name: 'Cast changes involving Paras Kalnawat' });
    const events = within(news).getAllByRole('listitem');
    expect(events.map((e) => e.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2020-07-13',
      '2021-02',
      '2021-03',
      '2021-03-27',
      '2022-07-26',
      '2022-07-31',
    ]);
    expect(events[1]?.textContent).toMatch(/tested positive for COVID-19/);
    expect(events[4]?.textContent).toContain('Terminated');
    expect(events[4]?.textContent).toMatch(/The makers ended Paras Kalnawat's contract/);
    expect(events[5]?.textContent).toMatch(/Sagar Parekh, a friend of Paras off screen/);

    const references = screen.getByRole('region', { name: 'References' });
    expect(within(references).getAllByRole('listitem').length).toBeGreaterThan(5);
  });

  it('follows the recast to Sagar Parekh, who took over from him', async () => {
    const { user } = renderRoute('/actors/paras-kalnawat');
    const region = await screen.findByRole('region', { name: 'In Anupamaa' });
    await user.click(within(region).getByRole('link', { name: 'Sagar Parekh' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sagar Parekh' })).toBeVisible();
    expect(document.title).toBe('Sagar Parekh · Actors · Anupamaa Wiki');
    // His recast stint first; his brief return as Samar's spirit (Oct 2025) follows it.
    const [stint, cameo] = within(screen.getByRole('region', { name: 'In Anupamaa' })).getAllByRole(
      'listitem',
    ) as [HTMLElement, HTMLElement];
    expect(cameo.textContent).toContain('Cameo');
    expect(valueOf(stint, 'When')).toBe('Aug 2022 – Oct 2023');
    expect(valueOf(stint, 'Took over from')).toBe('Paras Kalnawat');
    expect(valueOf(stint, 'How it ended')).toBe('Character killed off');
  });

  it('shows when an actor has died', async () => {
    renderRoute('/actors/nitesh-pandey');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nitesh Pandey' })).toBeVisible();
    const box = screen.getByRole('complementary', { name: 'Nitesh Pandey' });
    expect(valueOf(box, 'Died')).toBe('23 May 2023 (Cardiac arrest in Igatpuri, aged 51)');
    expect(valueOf(box, 'Role')).toBe('Dheeraj Kapoor (2023)');
  });

  it('says "not found" for an unknown id, with ways on', async () => {
    renderRoute('/actors/no-such-actor');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('There is no actor with the id "no-such-actor".')).toBeVisible();
    expect(screen.getByRole('link', { name: 'All actors' }).getAttribute('href')).toBe('/actors');
    expect(document.title).toBe('Page not found · Anupamaa Wiki');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers a retry when the server fails, and recovers', async () => {
    await failThenRecover({
      apiPath: '/actors/paras-kalnawat',
      url: '/actors/paras-kalnawat',
      pageHeading: 'Paras Kalnawat',
      status: 503,
      message: 'Down for maintenance',
    });
  });

  it('explains a data error when the response fails the schema', async () => {
    serveApi('/actors/paras-kalnawat', { id: 'paras-kalnawat', name: 'Paras Kalnawat' });
    renderRoute('/actors/paras-kalnawat');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be read' }),
    ).toBeVisible();
    expect(screen.getByText(/The server sent data in an unexpected shape/)).toBeVisible();
    expect(document.title).toBe('The data could not be read · Anupamaa Wiki');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
