/**
 * The spoiler horizon in a real browser, on a phone (360×740, touch): the header's setting, a
 * horizon carried by a link, a bad one, "Show everything", the search, and the first paint of a
 * prerendered page before the app starts. Known recast: Samar Shah, Paras Kalnawat until Jul 2022,
 * then Sagar Parekh from Aug 2022.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as prerendered, type Page } from '@playwright/test';
import { expect, HORIZON_STORAGE_KEY, test, watchedUpTo, withoutApp } from './fixtures';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The header's "I've watched …" control: a <summary>, which browsers expose as a disclosure
 * button (Playwright's role queries give it no role, so it is found by its element).
 */
const settingButton = (page: Page) => page.locator('.horizon-details > summary');

/**
 * What the page says, its list of references aside: their titles are the sources' own headlines,
 * which the spoiler horizon does not rewrite (see the README's spoiler section).
 */
async function pageText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelector('section.references')?.remove();
    return copy.textContent ?? '';
  });
}

async function stored(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), HORIZON_STORAGE_KEY);
}

test.describe('the spoiler horizon on a phone', () => {
  test.use(PHONE);

  test('choosing a month sets the horizon, says so, and it stays after a reload', async ({
    page,
  }) => {
    await page.goto('/characters/samar-shah');
    const rumours = page.getByRole('region', { name: 'Rumours about Samar Shah' });
    await expect(rumours).toContainText('Sagar Parekh');
    await settingButton(page).tap();
    const panel = page.locator('.horizon-panel');
    await panel.getByLabel('Month').selectOption({ label: 'June' });
    await panel.getByLabel('Year').selectOption('2022');
    await panel.getByRole('button', { name: 'Set the month' }).tap();

    await expect(panel).toBeHidden();
    await expect(settingButton(page)).toHaveText(/to 30 Jun 2022/);
    await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toHaveText(
      'Done: every page now hides what aired after 30 Jun 2022.',
    );
    await expect(rumours).not.toContainText('Sagar Parekh');
    await expect(rumours).toContainText('3 later rumours hidden');
    expect(await stored(page)).toBe('2022-06-30');

    await page.reload();
    await expect(settingButton(page)).toHaveText(/to 30 Jun 2022/);
    await expect(rumours).toContainText('3 later rumours hidden');
  });

  // Samar's page is the character page's own work on issue 15 (another branch): this goes green
  // when that is merged.
  test('with the horizon before Aug 2022, Samar’s page does not name Sagar Parekh', async ({
    page,
  }) => {
    await page.goto('/characters/samar-shah');
    expect(await pageText(page)).toContain('Sagar Parekh');
    await page.evaluate((key) => localStorage.setItem(key, '2022-06-30'), HORIZON_STORAGE_KEY);
    await page.reload();
    await expect(settingButton(page)).toHaveText(/to 30 Jun 2022/);
    await expect.poll(() => pageText(page)).not.toContain('Sagar Parekh');
    expect(await pageText(page)).toContain('Paras Kalnawat');
    await page.evaluate((key) => localStorage.setItem(key, '2022-09-30'), HORIZON_STORAGE_KEY);
    await page.reload();
    await expect.poll(() => pageText(page)).toContain('Sagar Parekh');
  });

  test('a link with ?upto= applies the horizon and becomes this device’s setting', async ({
    page,
  }) => {
    await page.goto('/search?q=sagar&upto=2022-06-30');
    await expect(
      page.getByText('1 result hidden: it comes from episodes after 30 Jun 2022'),
    ).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Sagar Parekh');
    await expect(settingButton(page)).toHaveText(/to 30 Jun 2022/);
    // Remembered, so the address no longer needs it: the next page opened stays spoiler-safe.
    await expect.poll(() => stored(page)).toBe('2022-06-30');
    await expect(page).toHaveURL(/\/search\?q=sagar$/);
    await page.goto('/rumours');
    await expect(page.getByRole('main')).not.toContainText('Jhalak Dikhhla Jaa 10');
  });

  test('a malformed ?upto= says so and hides nothing', async ({ page }) => {
    await page.goto('/search?q=sagar&upto=30-06-2022x');
    await expect(
      page.getByText(
        '“30-06-2022x” is not a date this wiki can read, so it hides nothing. Write it as year-month-day, for example 2022-06-30.',
      ),
    ).toBeVisible();
    const actors = page.getByRole('region', { name: 'Actors' });
    await expect(actors.getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
    await expect(settingButton(page)).toHaveText(/everything/);
    expect(await stored(page)).toBeNull();
  });

  test('“Show everything” brings back what was hidden', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '2022-06-30');
        sessionStorage.setItem('seeded', '1');
      }
    }, HORIZON_STORAGE_KEY);
    await page.goto('/search?q=sagar');
    await expect(page.getByText(/1 result hidden/)).toBeVisible();
    await settingButton(page).tap();
    await page.getByRole('button', { name: 'Show everything' }).tap();
    const actors = page.getByRole('region', { name: 'Actors' });
    await expect(actors.getByRole('link', { name: 'Sagar Parekh' })).toBeVisible();
    await expect(settingButton(page)).toHaveText(/everything/);
    expect(await stored(page)).toBeNull();
  });

  test('searching “sagar” before Aug 2022 lists no Sagar Parekh, and says a result is hidden', async ({
    page,
  }) => {
    await watchedUpTo(page, '2022-06-30');
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search actors and characters' });
    await box.tap();
    await box.fill('sagar');
    await expect(page.locator('.combo-status')).toHaveText(
      'No results for “sagar”. 1 result hidden (after 30 Jun 2022).',
    );
    await expect(page.getByRole('option', { name: /Sagar Parekh/ })).toHaveCount(0);
    await box.press('Enter');
    await expect(
      page.getByText('1 result hidden: it comes from episodes after 30 Jun 2022'),
    ).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Sagar Parekh');
    await page.getByRole('button', { name: /every result/ }).tap();
    await expect(
      page.getByRole('region', { name: 'Actors' }).getByRole('link', { name: 'Sagar Parekh' }),
    ).toBeVisible();
  });

  test('the panel closes on a tap outside it and keeps the header on two rows', async ({
    page,
  }) => {
    await page.goto('/rumours');
    const header = page.locator('.header-inner');
    const before = await header.evaluate((el) => el.getBoundingClientRect().height);
    await page.evaluate((key) => localStorage.setItem(key, '2022-06-30'), HORIZON_STORAGE_KEY);
    await page.reload();
    // The longer label ("to 30 Jun 2022") still fits beside the site's name.
    expect(await header.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
    await settingButton(page).tap();
    await expect(page.locator('.horizon-panel')).toBeVisible();
    // Below the panel, on the page's text.
    await page.touchscreen.tap(180, 700);
    await expect(page.locator('.horizon-panel')).toBeHidden();
  });
});

// Plain Playwright here: the fixtures' page waits for the app, which these tests keep from starting.
prerendered.describe('the first paint of a prerendered page', () => {
  prerendered.use(PHONE);

  /** Loads `path` as prerendered, with the app's script blocked: what a fan sees first. */
  async function firstPaint(page: Page, path: string, horizon: string): Promise<string> {
    await watchedUpTo(page, horizon);
    await withoutApp(page);
    await page.goto(path, { waitUntil: 'load' });
    await expect(page.locator('html')).toHaveAttribute('data-upto', horizon);
    // The prerendered setting says "everything"; with a horizon set that waits for the app.
    await expect(page.locator('.horizon-value')).toBeHidden();
    return page.locator('body').innerText();
  }

  prerendered(
    '/rumours holds no later rumour or outcome before the app starts',
    async ({ page }) => {
      const text = await firstPaint(page, '/rumours', '2022-06-30');
      expect(text).toContain('Alma Hussein to enter as Priya');
      expect(text).not.toContain('Jhalak Dikhhla Jaa 10');
      expect(text).not.toContain('Sagar Parekh');
      // Alma's rumour was borne out in 2022 but its outcome text is undated: not shown yet.
      expect(text).not.toContain('She did join as Samar');
    },
  );

  prerendered(
    '/rumours with the horizon after the recast shows the exit rumour',
    async ({ page }) => {
      const text = await firstPaint(page, '/rumours', '2022-09-30');
      expect(text).toContain('Paras Kalnawat may leave Anupamaa for Jhalak Dikhhla Jaa 10');
      expect(text).toContain('Borne out by Paras Kalnawat as Samar Shah');
      expect(text).not.toContain('Sagar Parekh took over');
    },
  );
});

test.describe('the setting with a keyboard, on a desktop', () => {
  test('opens with Enter, closes with Escape back on its button, and focus follows', async ({
    page,
  }) => {
    await page.goto('/rumours');
    const button = settingButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.horizon-panel');
    await expect(panel).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(panel.getByLabel('Just after a leap')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();

    // Setting a day by keyboard: the panel closes, focus returns to the button, which says so.
    await page.keyboard.press('Enter');
    await panel.getByLabel('Up to a day').fill('2022-06-30');
    await panel.getByLabel('Up to a day').press('Enter');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveText(/to 30 Jun 2022/);
  });

  test('offers leaps as “Just after the … leap”, leaving out one dated too loosely', async ({
    page,
  }) => {
    await page.goto('/');
    await settingButton(page).click();
    const leap = page.getByLabel('Just after a leap');
    await expect(leap.locator('option')).toContainText([
      'Choose a leap',
      'Just after the Dec 2023 leap (Leap of about five years)',
      'Just after the Oct 2024 leap (Fifteen-year generation leap)',
    ]);
    // Dated only "2024": its last day would take in the Oct 2024 leap as well.
    await expect(leap.locator('option', { hasText: 'Six-month leap' })).toHaveCount(0);
    await leap.selectOption({ label: 'Just after the Dec 2023 leap (Leap of about five years)' });
    await expect(settingButton(page)).toHaveText(/to 31 Dec 2023/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the open panel passes axe in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await watchedUpTo(page, '2022-06-30');
      await page.goto('/characters/samar-shah');
      await settingButton(page).click();
      await expect(page.getByRole('button', { name: 'Show everything' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .include('.site-header')
        .withTags(WCAG_22_AA)
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });

    for (const path of ['/rumours', '/search?q=sagar']) {
      test(`${path} with its folds passes axe in the ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await watchedUpTo(page, '2022-06-30');
        await page.goto(path);
        await expect(page.locator('.hidden-later').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    }
  }
});
