/**
 * What a fan sees when the API fails. The mock API answers inside the page, out of the network's
 * reach, so these run against a build with a test-only hook (src/mock-api/test-faults.ts, which
 * the production build leaves out) that makes chosen requests fail.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Fault } from '../../src/mock-api/test-faults';

async function addFault(page: Page, fault: Fault) {
  // The hook appears once the mock API has loaded, which the first request or an idle moment does.
  await page.waitForFunction(() => window.__wikiTestFaults !== undefined);
  await page.evaluate((f) => window.__wikiTestFaults!.add(f), fault);
}

test('a server error says something failed, and Try again recovers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  await addFault(page, { path: '/api/actors', status: 500 });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Actors' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByText(/\(500\)/)).toBeVisible();
  await page.evaluate(() => window.__wikiTestFaults!.clear());
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actors' })).toBeVisible();
});

test('an answer that breaks the contract is reported, not rendered blank', async ({ page }) => {
  await page.goto('/');
  await addFault(page, { path: '/api/characters', status: 200, body: '{"characters": 3}' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Characters' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The data could not be read' }),
  ).toBeVisible();
});

test('a search that cannot reach the API says so and offers a retry', async ({ page }) => {
  await page.goto('/characters');
  await addFault(page, { path: '/api/search', kind: 'network' });
  const box = page.getByRole('combobox', { name: 'Search actors and characters' });
  await box.fill('samar');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=samar$/);
  // After the query client's own retries.
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'The server could not be reached',
    { timeout: 15_000 },
  );
  await page.evaluate(() => window.__wikiTestFaults!.clear());
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Samar Shah', exact: true }),
  ).toBeVisible();
});
