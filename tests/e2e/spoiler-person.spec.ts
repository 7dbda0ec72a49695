import AxeBuilder from '@axe-core/playwright';
import { test as base } from '@playwright/test';
import { expect, test, watchedUpTo, withoutApp } from './fixtures';

// Samar Shah: Paras Kalnawat until 26 Jul 2022, Sagar Parekh from Aug 2022.
const BEFORE = '2022-06-30';
const AFTER = '2022-09-30';
const SAMAR = '/characters/samar-shah';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

base.describe('the first paint under a horizon (before the app runs)', () => {
  base.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  base('before the recast it names no later actor', async ({ page }) => {
    await watchedUpTo(page, BEFORE);
    await withoutApp(page);
    await page.goto(SAMAR);
    await expect(page.locator('html')).toHaveAttribute('data-upto', BEFORE);
    await expect(page.locator('html')).not.toHaveAttribute('data-app-ready', '');
    const text = await page.locator('body').innerText();
    expect(text).toContain('Paras Kalnawat');
    expect(text).not.toContain('Sagar Parekh');
    expect(text).not.toMatch(/Contract terminated|Dead in the story|killed/);
  });

  base("Paras Kalnawat's page before his exit names no successor", async ({ page }) => {
    await watchedUpTo(page, BEFORE);
    await withoutApp(page);
    await page.goto('/actors/paras-kalnawat');
    const text = await page.locator('body').innerText();
    expect(text).toContain('Samar Shah');
    expect(text).not.toContain('Sagar Parekh');
  });

  base('after the recast it names Sagar Parekh', async ({ page }) => {
    await watchedUpTo(page, AFTER);
    await withoutApp(page);
    await page.goto(SAMAR);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Sagar Parekh');
    expect(text).not.toMatch(/Dead in the story|Character killed off/);
  });
});

test.describe('person pages under a horizon, once the app runs', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('folds the recast, says so, and Show reveals it', async ({ page }) => {
    await watchedUpTo(page, BEFORE);
    await page.goto(SAMAR);
    await expect(page.locator('html')).toHaveAttribute('data-upto-applied', '');
    const history = page.getByRole('region', { name: 'Portrayed by' });
    await expect(history.getByText('2 later roles hidden')).toBeVisible();
    await expect(page.getByText('As of 30 Jun 2022', { exact: true })).toBeVisible();
    // Open every folded part the page has of its own (the references) and read it all.
    for (const details of await page.locator('main details').all()) {
      await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    }
    expect(await page.locator('body').innerText()).not.toContain('Sagar Parekh');

    await history.getByRole('button', { name: /Show/ }).click();
    await expect(history.getByRole('link', { name: 'Sagar Parekh' }).first()).toBeVisible();
  });

  for (const [path, scheme] of [
    [SAMAR, 'light'],
    [SAMAR, 'dark'],
    ['/actors/sagar-parekh', 'light'],
    ['/actors/sagar-parekh', 'dark'],
  ] as const) {
    test(`${path} passes axe (WCAG 2.2 A/AA) in the ${scheme} theme with folds`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await watchedUpTo(page, BEFORE);
      await page.goto(path);
      await expect(page.getByText('2 later roles hidden')).toBeVisible();
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('section, .source-list')) {
          el.style.contentVisibility = 'visible';
        }
      });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) }))).toEqual(
        [],
      );
    });
  }
});
