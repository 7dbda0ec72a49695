import { bootApp, expect, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';

const PARAS = 'Paras Kalnawat as Samar Shah, 13 Jul 2020 – 26 Jul 2022';
const SAGAR = 'Sagar Parekh as Samar Shah, Aug 2022 – Oct 2023';

test('the chart draws every stint as a named bar', async ({ page }) => {
  await page.goto('/timeline');
  const chart = page.getByRole('group', { name: /^Cast chart/ });
  await expect(chart).toHaveAccessibleName('Cast chart, 2020 to 2026: 72 stints of 56 characters');
  await expect(chart.getByRole('link', { name: PARAS })).toBeVisible();
  await expect(
    chart.getByRole('link', {
      name: 'Rupali Ganguly as Anupamaa, 13 Jul 2020 – present (as of Mar 2026)',
    }),
  ).toBeVisible();
  await expect(chart.getByRole('link')).toHaveCount(72);
});

test('keyboard: Tab reaches the chart, arrows move, focus shows details, Enter opens the actor', async ({
  page,
}) => {
  await page.goto('/timeline');
  const chart = page.getByRole('group', { name: /^Cast chart/ });
  await expect(chart.getByRole('link', { name: PARAS })).toBeVisible();
  // Tab from the link to the list view (after the filters) lands on the chart's single tab stop.
  await page.getByRole('link', { name: 'Show as a list' }).focus();
  await page.keyboard.press('Tab');
  const first = chart.getByRole('link', {
    name: 'Rupali Ganguly as Anupamaa, 13 Jul 2020 – present (as of Mar 2026)',
  });
  await expect(first).toBeFocused();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Rupali Ganguly as Anupamaa');

  await chart.getByRole('link', { name: PARAS }).focus();
  await page.keyboard.press('ArrowRight');
  const sagar = chart.getByRole('link', { name: SAGAR });
  await expect(sagar).toBeFocused();
  await expect(tip).toContainText('Took over from Paras Kalnawat');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actors\/sagar-parekh$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sagar Parekh' })).toBeVisible();
});

test('a bar that gets focus while under the sticky axis scrolls clear of it', async ({ page }) => {
  await page.goto('/timeline');
  const chart = page.getByRole('group', { name: /^Cast chart/ });
  await expect(chart.getByRole('link')).toHaveCount(72);
  const bar = chart.getByRole('link').nth(30);
  // Scroll the frame until the bar sits just below the frame's top edge, behind the axis.
  await bar.evaluate((el) => {
    const scroller = el.closest('.tl-frame');
    if (!scroller) throw new Error('no frame');
    scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 4;
  });
  const axis = await page.locator('.tl-head').boundingBox();
  const hidden = await bar.boundingBox();
  expect(axis && hidden && hidden.y < axis.y + axis.height).toBe(true);
  // Focus it as the arrow keys do: the frame must bring it out from under the axis.
  await bar.focus();
  await expect(bar).toBeFocused();
  await expect
    .poll(async () => {
      const [box, head] = await Promise.all([
        bar.boundingBox(),
        page.locator('.tl-head').boundingBox(),
      ]);
      return box && head ? box.y - (head.y + head.height) : -1;
    })
    .toBeGreaterThanOrEqual(0);
});

test('hovering a bar shows its details; clicking opens the actor', async ({ page }) => {
  await page.goto('/timeline');
  const bar = page.getByRole('group', { name: /^Cast chart/ }).getByRole('link', { name: PARAS });
  await bar.hover();
  await expect(page.getByRole('tooltip')).toContainText('Contract terminated');
  await bar.click();
  await expect(page).toHaveURL(/\/actors\/paras-kalnawat$/);
});

test('a filter change goes into the URL and survives a reload', async ({ page }) => {
  await page.goto('/timeline');
  const chart = page.getByRole('group', { name: /^Cast chart/ });
  await expect(chart.getByRole('link')).toHaveCount(72);
  await page.getByRole('combobox', { name: 'Character', exact: true }).selectOption('samar-shah');
  await expect(page).toHaveURL(/\/timeline\?character=samar-shah$/);
  // Paras, Sagar, and Sagar's brief return in Oct 2025.
  await expect(chart.getByRole('link')).toHaveCount(3);
  await page.getByRole('combobox', { name: 'To year' }).selectOption('2021');
  await expect(page).toHaveURL(/\/timeline\?character=samar-shah&to=2021$/);
  await expect(chart).toHaveAccessibleName('Cast chart, 2020 to 2021: 1 stint of 1 character');

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Character', exact: true })).toHaveValue(
    'samar-shah',
  );
  await expect(page.getByRole('combobox', { name: 'To year' })).toHaveValue('2021');
  await expect(page.getByRole('group', { name: /^Cast chart/ }).getByRole('link')).toHaveCount(1);
});

test('a link with a bad filter says so and still shows the timeline', async ({ page }) => {
  await page.goto('/timeline?character=nobody&from=banana');
  await expect(page.getByRole('alert')).toContainText('There is no character with the id “nobody”');
  await expect(page.getByRole('group', { name: /^Cast chart/ }).getByRole('link')).toHaveCount(72);
});

test('on a 360px phone the chart, when chosen, scrolls inside its frame, the page does not', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  // The whole run is a list on a phone unless the chart is asked for (timeline-phone.spec.ts).
  await page.goto('/timeline?view=chart');
  const chart = page.getByRole('group', { name: /^Cast chart/ });
  await expect(chart.getByRole('link', { name: PARAS })).toBeAttached();
  const frame = page.locator('.tl-frame');
  const sizes = await frame.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.page).toBe(sizes.viewport);
  // Scrolling the frame sideways brings the later years into view while the page stays put.
  await frame.scrollIntoViewIfNeeded();
  const late = chart.getByRole('link', { name: /^Manish Naggdev as Paritosh Shah/ });
  await expect(late).not.toBeInViewport();
  await frame.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(late).toBeInViewport();
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
  await page.close();
});

test('the cast on a date, from the date picker', async ({ page }) => {
  await page.goto('/cast');
  await page.getByLabel('Date').fill('2022-08-10');
  await page.getByRole('button', { name: 'Show the cast' }).click();
  await expect(page).toHaveURL(/\/cast\?at=2022-08-10$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'The cast on 10 Aug 2022' }),
  ).toBeVisible();
  await expect(page.getByText('joined in Aug 2022; the exact day is not known')).toBeVisible();
  await page.goto('/cast?at=2023-02-30');
  await expect(page.getByRole('alert')).toHaveText(
    '“2023-02-30” is not a date: February 2023 has 28 days.',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['/timeline', '/cast?character=samar-shah&at=2022-08-10']) {
    test(`${path} passes an accessibility scan (${colorScheme})`, async ({ browser }) => {
      // axe walks every node of a long page; on a busy machine that outlasts the usual timeout.
      test.slow();
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The chart is drawn by the app (the prerendered page holds the list): start it.
      await bootApp(page);
      await expect(page.locator('.tl-bar').first()).toBeAttached();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }))).toEqual(
        [],
      );
      await context.close();
    });
  }
}

test('leaving the timeline before its chart has hydrated works', async ({ page }) => {
  await page.goto('/timeline', { waitUntil: 'commit' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Characters' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cast-change timeline' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Actors' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actors' })).toBeVisible();
});
