import { expect, test } from './fixtures';

test('a deep link to a character page loads, and survives a reload', async ({ page }) => {
  await page.goto('/characters/samar-shah');
  await expect(page.getByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Portrayed by' });
  await expect(history.getByRole('heading', { level: 3, name: 'Paras Kalnawat' })).toBeVisible();
  // Sagar Parekh twice: his recast stint and his brief return in Oct 2025.
  await expect(history.getByRole('heading', { level: 3, name: 'Sagar Parekh' })).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
  await expect(page).toHaveTitle('Samar Shah · Characters · Anupamaa Wiki');
  await expect(history.getByText('13 Jul 2020 – 26 Jul 2022')).toBeVisible();
});

test('a fan clicks through show → character → actor → timeline', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  const leads = page.getByRole('region', { name: /Leads as of/ });
  await leads.getByRole('link', { name: 'Anupamaa' }).click();
  await expect(page).toHaveURL(/\/characters\/anupamaa$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anupamaa' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Portrayed by' })
    .getByRole('heading', { level: 3 })
    .getByRole('link', { name: 'Rupali Ganguly' })
    .click();
  await expect(page).toHaveURL(/\/actors\/rupali-ganguly$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Rupali Ganguly' })).toBeVisible();
  // Focus lands on the new page's heading, so screen readers announce it.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cast-change timeline' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '2022' })).toBeVisible();
  await expect(page).toHaveTitle(/Cast-change timeline/);
});

test('unknown ids and paths get a not-found page with ways on', async ({ page }) => {
  await page.goto('/characters/no-such-person');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is no character with the id "no-such-person".')).toBeVisible();
  await page.goto('/actors/nobody-at-all');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('/this/is/not/a/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'All characters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible();
});

test('the header search finds an actor from any page', async ({ page }) => {
  await page.goto('/timeline');
  await page.getByRole('combobox', { name: 'Search actors and characters' }).fill('kalnawat');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=kalnawat$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Actors' })
    .getByRole('link', { name: 'Paras Kalnawat' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paras Kalnawat' })).toBeVisible();
});

test('pages fit a 360px phone without sideways scrolling', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const path of [
    '/',
    '/characters',
    '/characters/aadhya-kapadia',
    '/actors',
    '/actors/paras-kalnawat',
    '/timeline',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect({ path, overflow }).toEqual({ path, overflow: 0 });
  }
  await page.close();
});

test('every page is complete in its HTML: readable and navigable with no script at all', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/characters/samar-shah');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Samar Shah · Characters · Anupamaa Wiki');
  await expect(page.getByRole('heading', { level: 1, name: 'Samar Shah' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Portrayed by' });
  await expect(history.getByText('13 Jul 2020 – 26 Jul 2022')).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/characters\/samar-shah$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Samar Shah/);
  await history
    .getByRole('heading', { level: 3 })
    .getByRole('link', { name: 'Sagar Parekh' })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sagar Parekh' })).toBeVisible();
  // Without script the timeline shows every stint as a list, at any width (the app draws the chart).
  await page.goto('/timeline');
  const stints = page.getByRole('list', { name: /^Who played / }).getByRole('listitem');
  await expect(stints).toHaveCount(72);
  await expect(stints.first()).toBeVisible();
  await expect(stints.first().getByRole('link', { name: 'Rupali Ganguly' })).toBeVisible();
  expect((await page.request.get('/no/such/page')).status()).toBe(404);
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/characters/samar-shah</loc>');
  expect(sitemap).toContain('/actors/paras-kalnawat</loc>');
  await context.close();
});
