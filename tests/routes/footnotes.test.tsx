import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../render-route';

/** Every footnote marker on the page, in reading order. */
function markers(): HTMLElement[] {
  return screen.getAllByRole('link', { name: /^reference \d+$/ });
}

function numberOf(marker: HTMLElement): number {
  return Number(/\d+/.exec(marker.textContent)?.[0]);
}

function referenceItem(n: number): HTMLElement {
  const list = screen.getByRole('region', { name: 'References' });
  const item = list.querySelector<HTMLElement>(`li[id="ref-${n}"]`);
  if (!item) throw new Error(`No reference ${n}`);
  return item;
}

async function openPage(url: string, heading: string) {
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: heading });
  return view;
}

describe('sources as numbered footnotes', () => {
  it('numbers sources 1, 2, 3… in reading order, each marker linking to its reference', async () => {
    await openPage('/characters/samar-shah', 'Samar Shah');
    const all = markers();
    expect(all.length).toBeGreaterThan(10);
    // The first time a number appears it is the next number: 1, then 2, then 3…
    const firstSeen = [...new Set(all.map(numberOf))];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
    for (const marker of all) {
      expect(marker).toHaveTextContent(`[${numberOf(marker)}]`);
      expect(marker).toHaveAttribute('href', `#ref-${numberOf(marker)}`);
      expect(marker.closest('sup')).not.toBeNull();
    }
    const list = within(screen.getByRole('region', { name: 'References' })).getAllByRole(
      'listitem',
    );
    expect(list).toHaveLength(firstSeen.length);
    expect(list.map((item) => item.id)).toEqual(firstSeen.map((n) => `ref-${n}`));
  });

  it('gives a source cited in several places one number, and links back to each place', async () => {
    await openPage('/characters/samar-shah', 'Samar Shah');
    const all = markers();
    const counts = new Map<number, HTMLElement[]>();
    for (const m of all) counts.set(numberOf(m), [...(counts.get(numberOf(m)) ?? []), m]);
    const reused = [...counts].filter(([, places]) => places.length > 1);
    expect(reused.length).toBeGreaterThan(0);
    for (const [n, places] of reused) {
      const backs = within(referenceItem(n)).getAllByRole('link', {
        name: new RegExp(`^Back to citation [a-z] of reference ${n}$`),
      });
      expect(backs).toHaveLength(places.length);
      expect(backs.map((b) => b.getAttribute('href'))).toEqual(places.map((p) => `#${p.id}`));
    }
    const [once] = [...counts].find(([, places]) => places.length === 1) ?? [];
    const back = within(referenceItem(once!)).getByRole('link', {
      name: `Back to where reference ${once} is cited`,
    });
    expect(document.querySelector(back.getAttribute('href')!)).toHaveAccessibleName(
      `reference ${once}`,
    );
  });

  it("shows each reference's headline, outlet and date, or 'Outlet, date' when the headline is unknown", async () => {
    await openPage('/characters/samar-shah', 'Samar Shah');
    const list = screen.getByRole('region', { name: 'References' });
    const dna = within(list).getByRole('link', {
      name: /^Anupamaa: Sagar Parekh opens up on replacing his friend Paras Kalnawat as Samar Shah ?\(opens in a new tab\)$/,
    });
    expect(dna).toHaveAttribute(
      'href',
      'https://www.dnaindia.com/television/report-anupamaa-sagar-parekh-opens-up-on-replacing-his-friend-paras-kalnawat-as-samar-shah-2972946',
    );
    expect(dna).toHaveAttribute('target', '_blank');
    expect(dna.closest('li')).toHaveTextContent('DNA India, 31 Jul 2022');
    const republic = within(list).getByRole('link', {
      name: /^Republic World, 27 Jul 2022 ?\(opens in a new tab\)$/,
    });
    expect(republic.closest('li')?.textContent).not.toMatch(
      /Republic World, 27 Jul 2022.*Republic/,
    );
    // No more source chips or bare URLs.
    expect(screen.queryByRole('region', { name: 'Sources' })).toBeNull();
    expect(list).not.toHaveTextContent('republicworld.com');
  });

  it('numbers afresh on each page, the home page included', async () => {
    const { user } = await openPage('/', 'Anupamaa');
    expect(numberOf(markers()[0]!)).toBe(1);
    const references = screen.getByRole('region', { name: 'References' });
    expect(within(references).getByText(/^Show all \d+ references$/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('link', { name: 'Anupamaa' })[1]!);
    await screen.findByRole('heading', { level: 1, name: 'Anupamaa' });
    await screen.findByRole('heading', { level: 2, name: 'Portrayed by' });
    const firstSeen = [...new Set(markers().map(numberOf))];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
    expect(
      within(screen.getByRole('region', { name: 'References' })).getAllByRole('listitem'),
    ).toHaveLength(firstSeen.length);
  });

  describe('an address that leads to a reference inside the fold', () => {
    afterEach(() => {
      window.history.replaceState(null, '', '/');
      // Assigned below rather than spied on (jsdom has none to spy on): taken away again here.
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    });

    // The app renders the list's items just after its first paint (the fold is closed by then):
    // a link shared with #ref-N must still open the fold at that reference once they are there.
    it('opens the fold and scrolls to the reference', async () => {
      window.history.replaceState(null, '', '/characters/samar-shah#ref-9');
      // jsdom lays nothing out and has no scrollIntoView of its own.
      const scrolled = vi.fn();
      Element.prototype.scrollIntoView = scrolled;
      await openPage('/characters/samar-shah', 'Samar Shah');
      await waitFor(() => expect(referenceItem(9).closest('details')).toHaveProperty('open', true));
      expect(scrolled.mock.contexts).toContain(referenceItem(9));
    });
  });
});

describe('lead sentences and infoboxes with years', () => {
  it("opens Samar's page with who he is and who played him when", async () => {
    await openPage('/characters/samar-shah', 'Samar Shah');
    const lead = screen.getByRole('main').querySelector('.lead');
    expect(lead).toHaveTextContent(
      "Samar Shah is a character in Anupamaa, the child of Anupamaa and Vanraj Shah. The role was played by Paras Kalnawat from July 2020 to July 2022 and by Sagar Parekh from August 2022 until the character's death in October 2023.",
    );
  });

  it('says who plays Anupamaa now, as of the latest report', async () => {
    await openPage('/characters/anupamaa', 'Anupamaa');
    const box = screen.getByRole('complementary', { name: 'Anupamaa' });
    const now = within(box).getByText('Now', { selector: 'dt' }).nextElementSibling;
    expect(now).toHaveTextContent('Rupali Ganguly (as of Mar 2026)');
    expect(
      within(now as HTMLElement).getByRole('link', { name: 'Rupali Ganguly' }),
    ).toHaveAttribute('href', '/actors/rupali-ganguly');
    expect(screen.getByRole('main').querySelector('.lead')).toHaveTextContent(
      'The role has been played by Rupali Ganguly since July 2020.',
    );
  });

  it("opens Sagar Parekh's page with his role, its years and whom he followed", async () => {
    await openPage('/actors/sagar-parekh', 'Sagar Parekh');
    expect(screen.getByRole('main').querySelector('.lead')).toHaveTextContent(
      "Sagar Parekh played Samar Shah in Anupamaa from August 2022 until the character's death in October 2023, taking over from Paras Kalnawat, and appeared in a cameo as Samar Shah in October 2025.",
    );
    const box = screen.getByRole('complementary', { name: 'Sagar Parekh' });
    const role = within(box).getByText('Roles', { selector: 'dt' }).nextElementSibling;
    expect(role).toHaveTextContent(
      'Samar Shah (2022–2023), after Paras KalnawatSamar Shah (cameo, 2025)',
    );
    expect(
      within(role as HTMLElement).getByRole('link', { name: 'Paras Kalnawat' }),
    ).toHaveAttribute('href', '/actors/paras-kalnawat');
  });

  it('lists an actor with several roles role by role, with years and successors', async () => {
    await openPage('/actors/aurra-bhatnagar', 'Aurra Bhatnagar');
    const box = screen.getByRole('complementary', { name: 'Aurra Bhatnagar' });
    const roles = within(box)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(roles[0]).toMatch(
      /^Aadhya Kapadia \(2023–2024\), after Asmi Deo; replaced by Alisha Parveen$/,
    );
  });

  it('puts the Anupamaa roles and cast changes before other notable work', async () => {
    await openPage('/actors/paras-kalnawat', 'Paras Kalnawat');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const inShow = headings.indexOf('In Anupamaa');
    expect(inShow).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('Cast changes involving Paras Kalnawat')).toBeGreaterThan(inShow);
    expect(headings.indexOf('Other notable work')).toBeGreaterThan(
      headings.indexOf('Cast changes involving Paras Kalnawat'),
    );
    expect(headings.at(-1)).toBe('References');
  });
});

describe('the home page, story first, and the key', () => {
  it('opens with the synopsis and the leads, folds the details, and lists what is on the page', async () => {
    await openPage('/', 'Anupamaa');
    const main = screen.getByRole('main');
    const order = [...main.querySelectorAll('h1, .lead, h2')].map((el) =>
      el.matches('.lead') ? 'synopsis' : el.textContent,
    );
    expect(order.slice(0, 4)).toEqual([
      'Anupamaa',
      'synopsis',
      'Leads as of Mar 2026',
      'On this page',
    ]);
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    for (const link of within(contents).getAllByRole('link')) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    }
    const details = screen.getByText('Channel, premiere, producers, episodes and more');
    expect(details.closest('details')).not.toHaveAttribute('open');
    expect(
      screen.getByText(
        'Did Alpana Buch (Baa) and Arvind Vaidya (Bapuji) exit at the 15-year leap?',
      ),
    ).toBeInTheDocument();
    expect(main).not.toHaveTextContent('leap?.');
  });

  it('explains sources, confidence, disputes, unknown dates, "as of" and symbols at /about', async () => {
    const { user } = await openPage('/actors/sagar-parekh', 'Sagar Parekh');
    const badge = screen.getAllByRole('link', { name: 'Medium confidence' })[0]!;
    expect(badge).toHaveAttribute('href', '/about#confidence');
    const footer = screen.getByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: 'About this wiki' }));
    await screen.findByRole('heading', { level: 1, name: 'About this wiki' });
    expect(document.title).toBe('About this wiki · Anupamaa Wiki');
    for (const [id, name] of [
      ['sources', 'What counts as a source'],
      ['footnotes', 'Footnotes'],
      ['confidence', 'Confidence'],
      ['disputes', 'Disputes'],
      ['dates', 'Dates, and what is unknown'],
      ['as-of', '“As of”'],
      ['symbols', 'Symbols'],
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toHaveAttribute('id', id);
    }
    expect(
      screen.getByText(/Fading end: the date is known only to the month or year/),
    ).toBeVisible();
    expect(screen.getByText(/★ before a name: an actor/)).toBeVisible();
  });
});
