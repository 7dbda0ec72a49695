import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** One page of every kind the wiki has. */
const PAGES = [
  '/',
  '/characters',
  '/characters/samar-shah',
  '/actors',
  '/actors/paras-kalnawat',
  '/about',
  '/timeline',
  '/leaps/leap-2023',
  '/cast?at=2023-11-15',
  '/cast?at=2023-10-31&vs=2024-01-31',
  '/rumours',
  '/rumours?status=denied',
  '/search?q=samar',
  '/search',
  '/characters/no-such-person',
  '/no/such/page',
];

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function scan(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} passes axe (WCAG 2.2 A/AA) with one h1 and one main`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.locator('main')).toHaveCount(1);
        // Sections below the fold are laid out lazily; show them all so every node is checked.
        // (Through the CSSOM: the page's Content-Security-Policy rightly refuses an injected <style>.)
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('section, .source-list')) {
            el.style.contentVisibility = 'visible';
          }
        });
        expect(await scan(page)).toEqual([]);
      });
    }
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/characters/samar-shah');
  await expect(page.getByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next stop after the skip target is inside the page, not back in the header.
  const inMain = await page.evaluate(() =>
    document.querySelector('main')?.contains(document.activeElement),
  );
  expect(inMain).toBe(true);
});

test('after a route change the new page is announced and its heading focused', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Actors' })
    .click();
  const heading = page.getByRole('heading', { level: 1, name: 'Actors' });
  await expect(heading).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'All actors' })).toHaveCount(
    1,
  );
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('/characters');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const link = page.getByRole('link', { name: 'Samar Shah' });
  await link.focus();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('animations stop for people who ask for reduced motion', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/search?q=samar');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const duration = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'spinner';
    document.body.append(probe);
    return getComputedStyle(probe).animationDuration;
  });
  expect(parseFloat(duration)).toBeLessThan(0.01);
  await context.close();
});
