import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A phone held upright, used by touch.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** No sideways scroll: the page is exactly as wide as the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.page).toBe(widths.viewport);
}

test('a leap page tells who left, was recast, aged up, joined and stayed, and opens the comparison', async ({
  page,
}) => {
  const response = await page.goto('/leaps/leap-2023');
  // Prerendered, and listed for search engines: the answer is in the HTML itself.
  expect(await response?.text()).toContain('Asmi Deo');
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/leaps/leap-2025-mumbai</loc>');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leap of about five years' }),
  ).toBeVisible();
  const changes = page.getByRole('region', { name: 'What changed in the cast' });
  await expect(changes.getByRole('region', { name: 'Aged up (1)' })).toContainText(
    'Aadhya Kapadia: Asmi Deo →, then Aurra Bhatnagar',
  );
  await expect(changes.getByRole('region', { name: /^Left/ })).toContainText(
    'Sagar Parekh as Samar Shah',
  );
  await expect(changes.getByRole('region', { name: /^Stayed/ })).toContainText(
    'Rupali Ganguly as Anupamaa',
  );
  await expectNoSidewaysScroll(page);
  await changes.getByRole('link', { name: 'Compare other days' }).tap();
  await expect(page).toHaveURL(/\/cast\?at=2023-10-31&vs=2024-01-31$/);
  await expect(
    page.getByRole('region', { name: 'What changed between 31 Oct 2023 and 31 Jan 2024' }),
  ).toBeVisible();
});

test('two dates compared from the form, kept in the URL across a reload', async ({ page }) => {
  await page.goto('/cast');
  await page.getByLabel('Date', { exact: true }).fill('2024-08-31');
  await page.getByLabel('Compare with (optional)').fill('2024-12-01');
  await page.getByRole('button', { name: 'Show the cast' }).tap();
  await expect(page).toHaveURL(/\/cast\?at=2024-08-31&vs=2024-12-01$/);
  const changes = page.getByRole('region', {
    name: 'What changed between 31 Aug 2024 and 1 Dec 2024',
  });
  await expect(changes.getByRole('region', { name: /^Left/ })).toContainText(
    'Gaurav Khanna as Anuj Kapadia',
  );
  await expect(changes.getByRole('region', { name: /^Leaps in between/ })).toContainText(
    'Fifteen-year generation leap',
  );
  await expectNoSidewaysScroll(page);
  await page.reload();
  await expect(changes.getByRole('region', { name: /^Recast/ })).toContainText(
    'Paritosh Shah: Gaurav Sharma →, then Manish Naggdev',
  );
  // A tap on a name in a change opens that actor.
  await changes
    .getByRole('region', { name: /^Recast/ })
    .getByRole('link', { name: 'Manish Naggdev' })
    .tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Manish Naggdev' })).toBeVisible();
});

test('the cast on a date is grouped: on screen, probably with the reason, not reported since', async ({
  page,
}) => {
  await page.goto('/cast?at=2023-11-15');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'On screen that day (14)',
    'Probably (5)',
    'Not reported around that day (8)',
  ]);
  const onScreen = page.getByRole('region', { name: /^On screen that day/ });
  await expect(onScreen.getByRole('listitem').first()).toHaveText('Rupali Ganguly as Anupamaa');
  await expect(
    page.getByRole('region', { name: /^Not reported/ }).getByRole('listitem'),
  ).toContainText(['Shekhar Shukla as Mamajinot reported since 2020']);
  await expect(onScreen).not.toContainText('Mamaji');
  await expectNoSidewaysScroll(page);
  await onScreen.getByRole('link', { name: 'Anupamaa', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
});
