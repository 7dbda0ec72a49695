import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The timeline as a fan on a phone sees it: 360×740, touch, no hover. */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const SAGAR = 'Sagar Parekh as Samar Shah, Aug 2022 – Oct 2023';
const PAHAL = 'Pahal Chaudhary as Maahi, Jan 2024 – Oct 2024';
const SPREHA = 'Spreha Chatterjee as Maahi, Oct 2024 – present (as of 2025)';
/** Every stint in the dataset, so the whole chart draws every one of them. */
const ALL_STINTS = 72;

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
}

function chart(page: Page): Locator {
  return page.getByRole('group', { name: /^Cast chart/ });
}

test('the whole timeline shows as a list of who played whom, the chart a tap away', async ({
  page,
}) => {
  await page.goto('/timeline');
  await expect(chart(page)).toBeHidden();
  const samar = page.getByRole('list', { name: 'Who played Samar Shah' });
  await samar.scrollIntoViewIfNeeded();
  await expect(samar).toBeVisible();
  await expect(samar.getByRole('listitem').first()).toContainText(
    'Contract terminated · Next: Sagar Parekh',
  );
  await expect(samar.getByRole('listitem').nth(1)).toContainText('Aug 2022 – Oct 2023');
  await noSidewaysScroll(page);

  await page.getByRole('link', { name: 'Show as a chart' }).tap();
  await expect(page).toHaveURL(/\/timeline\?view=chart$/);
  await expect(chart(page).getByRole('link')).toHaveCount(ALL_STINTS);
  await expect(chart(page)).toBeVisible();
  await noSidewaysScroll(page);
});

test('the filters start folded behind a button that counts them', async ({ page }) => {
  await page.goto('/timeline');
  const summary = page.getByText('Filters (none active)');
  await expect(summary).toBeVisible();
  const character = page.getByRole('combobox', { name: 'Character', exact: true });
  await expect(character).toBeHidden();
  // The chart's section starts on the first screen, not below five lists.
  const heading = page.getByRole('heading', { name: 'Who played whom, when' });
  expect((await heading.boundingBox())?.y ?? Infinity).toBeLessThan(740);

  await summary.tap();
  await expect(character).toBeVisible();
  await character.selectOption('samar-shah');
  await expect(page).toHaveURL(/\/timeline\?character=samar-shah$/);
  await expect(page.getByText('Filters (1 active)')).toBeVisible();
});

test('one character’s chart fits its years to the phone: both actors in view', async ({ page }) => {
  // Maahi's recast (Pahal Chaudhary, then Spreha Chatterjee) spans few enough years to fit.
  await page.goto('/timeline?character=maahi');
  const group = chart(page);
  // Spreha Chatterjee plays her still: the chart runs to the newest source, in 2026.
  await expect(group).toHaveAccessibleName('Cast chart, 2024 to 2026: 2 stints of 1 character');
  await group.scrollIntoViewIfNeeded();
  const frame = await page.locator('.tl-frame').boundingBox();
  for (const name of [PAHAL, SPREHA]) {
    const bar = await group.getByRole('link', { name }).boundingBox();
    expect(bar && frame && bar.x >= frame.x && bar.x + bar.width <= frame.x + frame.width).toBe(
      true,
    );
  }
  const sizes = await page
    .locator('.tl-frame')
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
  await expect(page.getByText(/^Tap a bar to see its dates/)).toBeVisible();
  await expect(page.getByText(/^Tab to the chart/)).toBeHidden();
  await noSidewaysScroll(page);
});

test('a character whose years are too many for a phone’s width shows as a list', async ({
  page,
}) => {
  // Samar's stints run from 2020 to his 2025 cameo: six years do not fit 360px.
  await page.goto('/timeline?character=samar-shah');
  await expect(chart(page)).toBeHidden();
  const samar = page.getByRole('list', { name: 'Who played Samar Shah' });
  await samar.scrollIntoViewIfNeeded();
  await expect(samar.getByRole('listitem')).toHaveCount(3);
  await expect(samar.getByRole('listitem').first()).toContainText('Paras Kalnawat');
  await expect(samar.getByRole('listitem').nth(2)).toContainText('Sagar Parekh');
  await expect(samar.getByRole('listitem').nth(2)).toContainText('Oct 2025');
  await noSidewaysScroll(page);
});

test('a tap on a bar shows its details first; the sheet links to the actor and closes', async ({
  page,
}) => {
  // Samar's chart is six years wide: chosen on a phone, it scrolls inside its frame.
  await page.goto('/timeline?character=samar-shah&view=chart');
  await expect(chart(page)).toHaveAccessibleName(
    'Cast chart, 2020 to 2025: 3 stints of 1 character',
  );
  const bar = chart(page).getByRole('link', { name: SAGAR });
  await bar.scrollIntoViewIfNeeded();
  await bar.tap();
  const sheet = page.getByRole('dialog', { name: 'Sagar Parekh as Samar Shah' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Took over from Paras Kalnawat');
  await expect(page).toHaveURL(/\/timeline\?character=samar-shah&view=chart$/);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  await sheet.getByRole('button', { name: 'Close' }).tap();
  await expect(sheet).toBeHidden();
  await bar.tap();
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(sheet).toBeHidden();

  await bar.tap();
  await page.getByRole('link', { name: 'Open Sagar Parekh’s page' }).tap();
  await expect(page).toHaveURL(/\/actors\/sagar-parekh$/);
});

/**
 * Every piece of chart text on screen is whole or ends in an ellipsis, and none is half under
 * the sticky column of names or past the frame's edge.
 */
async function expectNoCutLabels(page: Page) {
  const cut = await page.evaluate(() => {
    const frame = document.querySelector('.tl-frame')!.getBoundingClientRect();
    const labels = document.querySelector('.tl-labels')!.getBoundingClientRect();
    const found: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('.tl-head text, .tl-body text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0) continue;
      const hidden = box.right <= labels.right || box.left >= frame.right;
      const whole = box.left >= labels.right - 1 && box.right <= frame.right + 1;
      if (!hidden && !whole) found.push(text.textContent ?? '');
    }
    return found;
  });
  expect(cut).toEqual([]);
}

test('scrolled sideways, each bar keeps its name at the visible edge and no label is cut', async ({
  page,
}) => {
  await page.goto('/timeline?view=chart');
  const frame = page.locator('.tl-frame');
  await frame.scrollIntoViewIfNeeded();
  await expect(chart(page).getByRole('link')).toHaveCount(ALL_STINTS);
  await expectNoCutLabels(page);
  for (const left of [180, 333, 520]) {
    await frame.evaluate((el, x) => el.scrollTo({ left: x }), left);
    await expect.poll(() => frame.evaluate((el) => Math.round(el.scrollLeft))).toBe(left);
    // Rupali Ganguly plays Anupamaa all through: her name follows the edge.
    const name = chart(page).getByRole('group', { name: 'Anupamaa' }).locator('.tl-name');
    await expect
      .poll(async () => {
        const [box, labels] = await Promise.all([
          name.boundingBox(),
          page.locator('.tl-labels').boundingBox(),
        ]);
        return box && labels ? Math.round(box.x - (labels.x + labels.width)) : -1;
      })
      .toBeGreaterThanOrEqual(0);
    await expect(name).toHaveText('Rupali Ganguly');
    await expectNoCutLabels(page);
  }
  // Names too long for the column end in an ellipsis; the row keeps the whole name.
  const cutNames = await page
    .locator('.tl-label-name span')
    .evaluateAll((spans) =>
      spans.filter((s) => s.scrollWidth > s.clientWidth + 1).map((s) => s.textContent),
    );
  expect(cutNames).toContain('Anupamaa and the Shah family');
  await expect(
    page.locator('.tl-label-name span', { hasText: 'Anupamaa and the Shah family' }),
  ).toHaveCSS('text-overflow', 'ellipsis');
  await noSidewaysScroll(page);
});

test('the leaps’ labels read in time order and none overlaps another', async ({ browser }) => {
  // On a desktop, where the whole run is in view at once.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/timeline');
  await page.mouse.move(2, 2);
  const labels = page.locator('.tl-head .tl-marker-label.tl-marker-leap');
  // The wiki's leaps, oldest first: Dec 2023, sometime in 2024, Oct 2024.
  const order = ['Leap of about five years', 'Six-month leap', 'Fifteen-year generation leap'];
  for (const text of order) await expect(labels.filter({ hasText: text })).toBeVisible();
  // The chart hydrates when the browser is idle and may draw its labels again once: measure until
  // a whole drawing is in place, then every rule must hold on it.
  await expect(async () => {
    const boxes = await labels.evaluateAll((texts) =>
      texts.map((t) => {
        const box = t.getBoundingClientRect();
        return { text: t.textContent, x: box.x, y: box.y, right: box.right, bottom: box.bottom };
      }),
    );
    const ys = order.map((text) => boxes.find((b) => b.text === text)?.y ?? NaN);
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
  }).toPass({ timeout: 10_000 });
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the phone views pass an accessibility scan (${colorScheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    const scan = async () => {
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      return violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }));
    };
    await page.goto('/timeline');
    await expect(page.getByRole('list', { name: 'Who played Samar Shah' })).toBeAttached();
    expect(await scan()).toEqual([]);
    await page.goto('/timeline?character=samar-shah&view=chart');
    const bar = chart(page).getByRole('link', { name: SAGAR });
    await bar.scrollIntoViewIfNeeded();
    await bar.tap();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}
