import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from './fixtures';

test('the rumours page lists rumours newest first and filters them by outcome, in the URL', async ({
  page,
}) => {
  await page.goto('/rumours');
  await expect(page.getByRole('heading', { level: 1, name: 'Rumours' })).toBeVisible();
  const rumours = page.locator('ol.rumours > li');
  await expect(rumours).toHaveCount(41);
  await expect(rumours.first().locator('time')).toHaveAttribute('datetime', '2026-03-08');
  const filter = page.getByRole('navigation', { name: 'Rumours by outcome' });
  await filter.getByRole('link', { name: 'Denied (25)' }).click();
  await expect(page).toHaveURL(/\/rumours\?status=denied$/);
  await expect(rumours).toHaveCount(25);
  await page.reload();
  await expect(rumours).toHaveCount(25);
  await expect(filter.getByRole('link', { name: 'Denied (25)' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page).toHaveTitle('Denied rumours · Anupamaa Wiki');
});

test("a character's page shows the rumours about that character", async ({ page }) => {
  await page.goto('/characters/samar-shah');
  const section = page.getByRole('region', { name: 'Rumours about Samar Shah' });
  await expect(section.locator('li.rumour')).toHaveCount(4);
  await expect(section.locator('li.rumour').first()).toContainText('Denied by Sagar Parekh');
  await section.getByRole('link', { name: 'All rumours' }).click();
  await expect(page).toHaveURL(/\/rumours$/);
});

test('the corrected credit: Randeep Rai played Aryan Kothari, and Mohit has no page', async ({
  page,
}) => {
  await page.goto('/actors/randeep-rai');
  const region = page.getByRole('region', { name: 'In Anupamaa' });
  await expect(region.getByRole('heading', { level: 3, name: 'as Aryan Kothari' })).toBeVisible();
  await expect(region).toContainText('Mar 2025 – May 2025');
  const response = await page.goto('/characters/mohit');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'entry' || name === 'link',
});

for (const path of ['/', '/characters/samar-shah', '/actors/randeep-rai']) {
  test(`${path} links its Atom feed, which is served as well-formed XML`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const announced = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(announced).toHaveCount(1);
    const href = await announced.getAttribute('href');
    await expect(page.getByRole('link', { name: /^Follow / })).toHaveAttribute('href', href ?? '');
    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = (
      parser.parse(xml) as { feed: { id: string; entry?: { link: { href: string }[] }[] } }
    ).feed;
    expect(feed.id).toMatch(/^tag:anupamaa-wiki,2026:/);
    expect(feed.entry?.length ?? 0).toBeGreaterThan(0);
  });
}
