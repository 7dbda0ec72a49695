/**
 * Fans open shared links in chat apps' built-in browsers, where service workers are often
 * unavailable. With them blocked, the whole wiki must work: the mock API answers inside the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('every kind of page opens by in-app navigation', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(h1(page, 'Anupamaa')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Characters' }).click();
  await expect(h1(page, 'Characters')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Samar Shah' }).first().click();
  await expect(h1(page, 'Samar Shah')).toBeVisible();
  await page
    .getByRole('region', { name: 'Portrayed by' })
    .getByRole('link', { name: 'Sagar Parekh' })
    .first()
    .click();
  await expect(h1(page, 'Sagar Parekh')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Actors' }).click();
  await expect(h1(page, 'Actors')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Timeline' }).click();
  await expect(h1(page, 'Cast-change timeline')).toBeVisible();
  const chart = page.getByRole('group', { name: /^Cast chart/ });
  await expect(chart.getByRole('link').first()).toBeVisible();
  await page.getByRole('link', { name: 'Anupamaa Wiki' }).click();
  await expect(h1(page, 'Anupamaa')).toBeVisible();
  expect(errors).toEqual([]);
});

test('pages that are not prerendered render in the browser: search, a date, a filter', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/search?q=samar');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Samar Shah', exact: true }),
  ).toBeVisible();
  await page.goto('/cast?at=2023-11-15');
  await expect(h1(page, 'Who was in the cast on a date?')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Rupali Ganguly' })).toBeVisible();
  await page.goto('/timeline?character=samar-shah');
  const chart = page.getByRole('group', { name: /^Cast chart/ });
  // His run from 2022 and his 2025 cameo: two bars.
  const sagar = chart.getByRole('link', { name: /^Sagar Parekh as Samar Shah/ });
  await expect(sagar).toHaveCount(2);
  await expect(sagar.first()).toBeVisible();
  await expect(chart.getByRole('link', { name: /^Rupali Ganguly/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the header search works by keyboard', async ({ page }) => {
  await page.goto('/characters');
  const box = page.getByRole('combobox', { name: 'Search actors and characters' });
  await box.focus();
  await page.keyboard.type('kalnavat');
  const option = page.getByRole('option', { name: /^Paras Kalnawat/ });
  await expect(option).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actors\/paras-kalnawat$/);
  await expect(h1(page, 'Paras Kalnawat')).toBeVisible();
  // And the full results page, by Enter on the query itself.
  await box.fill('pakhi');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=pakhi$/);
  await expect(page.getByRole('main').getByRole('link', { name: /Pakhi/ }).first()).toBeVisible();
});

test('no service worker is registered when the browser refuses them', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page, 'Anupamaa')).toBeVisible();
  const registrations = await page.evaluate(async () =>
    'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  );
  expect(registrations).toBe(0);
});
