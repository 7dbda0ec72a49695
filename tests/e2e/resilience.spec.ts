import { bootApp, expect, test } from './fixtures';

test('the production build carries a Content-Security-Policy and works under it', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto('/characters/samar-shah');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', /default-src 'self'.*object-src 'none'/);
  // Hydrated, the mock API started, and client-side navigation fetches data under the policy.
  await page.getByRole('link', { name: 'Sagar Parekh' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sagar Parekh' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cast-change timeline' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('going offline is announced, and a page that cannot download says so', async ({ browser }) => {
  // Without the offline cache (service workers blocked), as in a browser that has none.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await bootApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Actors' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveCount(0);
  await context.close();
});

test('malformed and absurd URLs get a not-found page, never a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const path of [
    '/characters/%E0%A4%A',
    `/actors/${'x'.repeat(3000)}`,
    '/%',
    '/characters/%00',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
