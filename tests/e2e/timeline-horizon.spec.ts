import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { bootApp, watchedUpTo, withoutApp } from './fixtures';

/** A fan on a phone who has watched up to 30 June 2022, before Samar Shah's recast. */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const HORIZON = '2022-06-30';

test('the first paint of the prerendered timeline holds no later actor, before the app runs', async ({
  page,
}) => {
  await watchedUpTo(page, HORIZON);
  // Only the head script may run: the boot script and the app's entry are blocked, so what is
  // on screen is the prerendered page with the head script's early hiding.
  await withoutApp(page);
  await page.goto('/timeline?character=samar-shah');
  await expect(page.locator('html')).toHaveAttribute('data-upto', HORIZON);
  await expect(page.locator('html')).not.toHaveAttribute('data-upto-applied', '');

  const text = await page.locator('body').innerText();
  expect(text).toContain('Paras Kalnawat');
  expect(text).not.toContain('Sagar Parekh');
  // Nor his lines in the list: they are in the markup, not shown. (The chart is drawn by the
  // app, so the prerendered page holds no bars.)
  await expect(page.locator('a.tl-bar')).toHaveCount(0);
  const sagarLines = page.locator('.tl-v-stint', { hasText: /^Sagar Parekh/ });
  await expect(sagarLines).toHaveCount(2);
  for (const line of await sagarLines.all()) await expect(line).toBeHidden();
  // Paras Kalnawat's end (July 2022) is not told either.
  expect(text).not.toContain('26 Jul 2022');
});

test('with the horizon after the recast, the first paint shows Sagar Parekh', async ({ page }) => {
  await watchedUpTo(page, '2022-09-30');
  await withoutApp(page);
  await page.goto('/timeline?character=samar-shah');
  expect(await page.locator('body').innerText()).toContain('Sagar Parekh');
});

test('the first paint of the home page and of a later leap tell nothing past the horizon', async ({
  page,
}) => {
  await watchedUpTo(page, HORIZON);
  await withoutApp(page);
  await page.goto('/');
  const home = await page.locator('body').innerText();
  expect(home).toContain('Leads as of Mar 2026');
  for (const later of ['relocation to America', 'Leap of about five years', 'Sagar Parekh'])
    expect(home).not.toContain(later);
  await page.goto('/leaps/leap-2023');
  const leap = await page.locator('body').innerText();
  expect(leap).toContain('Leap of about five years');
  expect(leap).not.toContain('divorced');
  expect(leap).not.toContain('Left (');
});

test('once the app runs, the fold line says what is hidden and Show brings it back', async ({
  page,
}) => {
  await watchedUpTo(page, HORIZON);
  await page.goto('/timeline?character=samar-shah');
  await bootApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-upto-applied', '');
  const section = page.getByRole('region', { name: 'Who played whom, when' });
  await expect(section.getByText('2 later stints hidden')).toBeVisible();
  await expect(section.getByText(/Drawn up to 30 Jun 2022/)).toBeVisible();
  // Three years up to the horizon fit a phone: the chart shows, with one bar.
  const chart = page.getByRole('group', { name: /^Cast chart, 2020 to 2022/ });
  await expect(chart.getByRole('link')).toHaveCount(1);
  await expect(
    chart.getByRole('link', {
      name: 'Paras Kalnawat as Samar Shah, 13 Jul 2020 – present (as of 30 Jun 2022)',
    }),
  ).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('Sagar Parekh');

  await section.getByRole('button', { name: /^Show later stints/ }).tap();
  await expect(section.getByText('2 later stints hidden')).toBeHidden();
  // Every year to 2025 is too many for a phone's chart: the list shows who played Samar.
  const samar = page.getByRole('list', { name: 'Who played Samar Shah' });
  await expect(samar.getByRole('listitem')).toHaveCount(3);
  await expect(samar.getByRole('link', { name: 'Sagar Parekh' }).first()).toBeVisible();
});

const FOLDS: [string, RegExp][] = [
  ['/timeline', /later stints hidden/],
  ['/cast?at=2022-09-15', /That date is after the point you’ve watched/],
  ['/leaps/leap-2023', /This leap aired after the point you’ve watched/],
  ['/', /later leaps hidden/],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [url, fold] of FOLDS) {
    test(`${url} with a horizon has no accessibility findings (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await watchedUpTo(page, HORIZON);
      await page.goto(url);
      await bootApp(page);
      await expect(page.getByText(fold).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }
}
