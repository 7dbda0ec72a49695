import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BOX = { name: 'Search actors and characters' } as const;

/** Tabs from the top of the page to the search box, as someone without a mouse would. */
async function tabToSearch(page: Page) {
  const box = page.getByRole('combobox', BOX);
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab');
    if (await box.evaluate((el) => el === document.activeElement)) return box;
  }
  throw new Error('Tab never reached the search box');
}

test('the header search works by keyboard alone: type, ArrowDown, Enter', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const box = await tabToSearch(page);
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.type('kalnavat');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // The count is announced in the polite live region of the search form.
  const status = page.getByRole('search').getByRole('status');
  await expect(status).toHaveText('1 result for “kalnavat”.');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox.getByRole('group', { name: 'Actors' })).toBeVisible();

  await page.keyboard.press('ArrowDown');
  const option = listbox.getByRole('option', { name: /^Paras Kalnawat/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  // Focus stays in the box while the option is active.
  await expect(box).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actors\/paras-kalnawat$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Paras Kalnawat' })).toBeFocused();
});

test('Escape closes the popup, a second Escape clears, Enter goes to /search', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  const box = await tabToSearch(page);
  await page.keyboard.type('अनुपमा');
  const status = page.getByRole('search').getByRole('status');
  await expect(status).toHaveText('1 result for “अनुपमा”.');
  await expect(page.getByRole('option', { name: /^Anupamaa/ })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(box).toHaveValue('अनुपमा');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');

  await page.keyboard.type('toshu');
  await expect(status).toHaveText('1 result for “toshu”.');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=toshu$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('combobox', BOX)).toHaveValue('toshu');
  await expect(
    page.getByRole('region', { name: 'Characters' }).getByRole('link', { name: 'Paritosh Shah' }),
  ).toBeVisible();
});

test('ArrowUp wraps to the last option; a nearest name is offered when nothing matches', async ({
  page,
}) => {
  await page.goto('/characters');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const box = await tabToSearch(page);
  await page.keyboard.type('samar kalnawat');
  const suggestions = page.getByRole('group', { name: 'Did you mean' });
  await expect(suggestions.getByRole('option').first()).toHaveText('Paras KalnawatActor');
  await page.keyboard.press('ArrowUp');
  const last = suggestions.getByRole('option').last();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
});

test('search has no accessibility violations, open or on its page', async ({ page }) => {
  const scan = () =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  await tabToSearch(page);
  await page.keyboard.type('shah');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  // With the popup open, scan the search itself: the page under the popup is partly covered by
  // design (axe would count covered links as too small), and is scanned uncovered elsewhere.
  const open = await new AxeBuilder({ page })
    .include('form[role="search"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(open.violations).toEqual([]);

  await page.goto('/search?q=samar%20kalnawat');
  await expect(page.getByRole('region', { name: 'Did you mean' })).toBeVisible();
  expect((await scan()).violations).toEqual([]);
  await page.goto('/search?q=a');
  await expect(page.getByRole('region', { name: 'Actors' })).toBeVisible();
  expect((await scan()).violations).toEqual([]);
});

test('the search page and the open popup fit a 360px phone', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // A long unbroken query must wrap, not push the page sideways.
  await page.goto(`/search?q=${'x'.repeat(99)}`);
  await expect(page.getByText(/^Nothing matches/)).toBeVisible();
  expect(await overflow()).toBe(0);
  await page.goto('/search?q=kapadia');
  await expect(page.getByRole('region', { name: 'Characters' })).toBeVisible();
  await page.getByRole('combobox', BOX).fill('rupali ganguly');
  await expect(page.getByRole('option', { name: /^Rupali Ganguly/ })).toBeVisible();
  expect(await overflow()).toBe(0);
  await page.close();
});

test.describe('on a 360×740 touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  test('questions lead to the actor first, leaps and cast changes are results', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
    const box = page.getByRole('combobox', BOX);

    await box.tap();
    await box.pressSequentially('who plays samar');
    const answer = page.getByRole('group', { name: 'Answer' }).getByRole('option');
    await expect(answer).toHaveText(
      'Sagar ParekhSamar Shah was last played by Sagar Parekh (2022–2023). Earlier: Paras Kalnawat (2020–2022). In cameos: Sagar Parekh (2025).',
    );
    // The answer is the first thing offered, and it is on screen without scrolling sideways.
    await expect(page.getByRole('option').first()).toHaveText(/^Sagar Parekh/);
    await expect(answer).toBeInViewport();
    expect(await overflow(page)).toBe(0);
    await answer.tap();
    await expect(page).toHaveURL(/\/actors\/sagar-parekh$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sagar Parekh' })).toBeVisible();

    await box.tap();
    await box.pressSequentially('2024 leap');
    const leaps = page.getByRole('group', { name: 'Leaps' }).getByRole('option');
    await expect(leaps).toHaveCount(2);
    await expect(leaps.first()).toHaveText(/^Six-month leap/);
    await leaps.last().tap();
    await expect(page).toHaveURL(/\/leaps\/leap-2024-15-year$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('leap');

    await box.tap();
    await box.pressSequentially('samar recast');
    const change = page.getByRole('group', { name: 'Cast changes' }).getByRole('option');
    await expect(change).toHaveText(/^Replaced: Samar Shah31 Jul 2022: Sagar Parekh/);
    await change.tap();
    await expect(page).toHaveURL(/\/timeline\?character=samar-shah&type=replaced$/);
  });

  test('the search page answers “new pakhi” and fits the screen', async ({ page }) => {
    await page.goto('/search?q=new%20pakhi');
    const answer = page.getByRole('region', { name: 'Answer' });
    await expect(answer).toContainText(
      'Kruttika Desai took over as Pakhi Shah from Chandni Bhagwanani (2024–?).',
    );
    await expect(answer).toBeInViewport();
    expect(await overflow(page)).toBe(0);
    await answer.getByRole('link', { name: 'Kruttika Desai' }).tap();
    await expect(page).toHaveURL(/\/actors\/kruttika-desai$/);
  });

  test('what was typed before never stands in for what is typed now', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
    const box = page.getByRole('combobox', BOX);
    await box.tap();
    await box.pressSequentially('toshu');
    await expect(page.getByRole('option', { name: /^Paritosh Shah/ })).toBeVisible();
    await box.fill('');
    await box.pressSequentially('ki');
    // Checked at once, before the answer for "ki" can have arrived, and again once it has.
    await expect(page.getByRole('option', { name: /^Paritosh Shah/ })).toHaveCount(0, {
      timeout: 50,
    });
    await expect(page.getByRole('option', { name: /^Kinjal Shah/ })).toBeVisible();
    await expect(page.getByRole('option', { name: /^Paritosh Shah/ })).toHaveCount(0);
  });

  test('answers and new kinds have no accessibility violations, light and dark', async ({
    page,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const q of ['who replaced paras', 'leap']) {
        await page.goto(`/search?q=${encodeURIComponent(q)}`);
        await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
        const scan = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(scan.violations).toEqual([]);
      }
    }
  });
});
