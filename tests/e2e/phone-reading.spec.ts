import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A phone as most fans hold one: 360×740 CSS pixels, touch. */
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const SCREEN = PHONE.viewport.height;

async function topOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));
}

async function heightOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

test.describe('reading on a phone', () => {
  test.use(PHONE);

  test('the home page opens with the story and the leads, and stays short', async ({ page }) => {
    await page.goto('/');
    const synopsisTop = await topOf(page, 'main p.lead');
    const leads = page.getByRole('region', { name: /^Leads as of/ });
    const leadsBottom = await leads.evaluate((el) =>
      Math.round(el.getBoundingClientRect().bottom + window.scrollY),
    );
    const height = await heightOf(page);
    console.log(`/ at 360x740: height ${height} px, synopsis top ${synopsisTop} px`);
    expect(synopsisTop).toBeLessThan(SCREEN);
    expect(leadsBottom).toBeLessThanOrEqual(SCREEN);
    expect(height).toBeLessThanOrEqual(6000);
    expect(await scrollsSideways(page)).toBe(false);
    // The full infobox is one tap away, folded.
    const summary = page.getByText('Channel, premiere, producers, episodes and more');
    await expect(page.getByRole('complementary', { name: 'Anupamaa at a glance' })).toBeHidden();
    await summary.click();
    await expect(page.getByRole('complementary', { name: 'Anupamaa at a glance' })).toBeVisible();
  });

  for (const path of ['/characters/samar-shah', '/characters/anupamaa']) {
    test(`${path} shows "Portrayed by" within the first two screens`, async ({ page }) => {
      await page.goto(path);
      const top = await topOf(page, '#portrayed-heading');
      console.log(
        `${path} at 360x740: height ${await heightOf(page)} px, "Portrayed by" at ${top} px`,
      );
      expect(top).toBeLessThan(2 * SCREEN);
      expect(await scrollsSideways(page)).toBe(false);
    });
  }

  test('an actor page leads with the role in Anupamaa', async ({ page }) => {
    await page.goto('/actors/sagar-parekh');
    console.log(`/actors/sagar-parekh at 360x740: height ${await heightOf(page)} px`);
    expect(await topOf(page, '#roles-heading')).toBeLessThan(2 * SCREEN);
    expect(await topOf(page, '#roles-heading')).toBeLessThan(
      await topOf(page, '#other-work-heading'),
    );
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('the "On this page" list jumps to a section', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Leaps' })
      .click();
    await expect(page).toHaveURL(/#leaps-heading$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Leaps' })).toBeInViewport();
  });

  // A shared /cast?at=… or /search?q=… link is answered with the bare page, which the app then
  // replaces. On a slow phone no frame in between may be blank: the bare page stays until the
  // asked-for one is there. Each animation frame records what #root holds before it is painted.
  for (const [path, content] of [
    ['/cast?at=2023-11-15', 'main a[href^="/actors/"]'],
    ['/search?q=samar', 'main a[href="/characters/samar-shah"]'],
  ] as const) {
    test(`${path} never paints an empty page on its way to the content`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ ...PHONE, baseURL });
      await context.addInitScript(() => {
        const frames: number[] = [];
        Object.assign(window, { rootChildrenByFrame: frames });
        const record = () => {
          frames.push(document.getElementById('root')?.childElementCount ?? -1);
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      const page = await context.newPage();
      // A mid-range phone's CPU: slow enough that the browser paints while the app starts.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path);
      await page.locator(content).first().waitFor();
      const frames = await page.evaluate(
        () => (window as unknown as { rootChildrenByFrame: number[] }).rootChildrenByFrame,
      );
      await context.close();
      // Frames before <body> is parsed have no #root (-1); after that, never an empty one.
      expect(frames.some((count) => count > 0)).toBe(true);
      expect(frames).not.toContain(0);
    });
  }
});

/** A context with script turned off, as some readers and in-app browsers have it. */
async function withoutScript(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false, baseURL });
  return { context, page: await context.newPage() };
}

test.describe('footnotes without script', () => {
  test('a marker leads to its reference, folded or not, and the reference leads back', async ({
    browser,
  }, testInfo) => {
    const { context, page } = await withoutScript(browser, testInfo.project.use.baseURL);
    await page.goto('/characters/samar-shah');
    const marker = page.getByRole('link', { name: 'reference 4' }).first();
    await expect(marker).toHaveText('[4]');
    await marker.click();
    await expect(page).toHaveURL(/#ref-4$/);
    const reference = page.locator('#ref-4');
    await expect(reference).toBeVisible();
    await expect(reference).toBeInViewport();
    // Reference 4 is cited in several places: one back link for each.
    const backs = reference.getByRole('link', { name: /^Back to citation [a-z] of reference 4$/ });
    expect(await backs.count()).toBeGreaterThan(1);
    await backs.nth(1).click();
    await expect(page).toHaveURL(/#cite-4-2$/);
    await expect(page.locator('#cite-4-2')).toBeInViewport();
    // The article link carries the headline where it is known.
    await expect(
      page.locator('#references-heading ~ * a[href^="https://www.dnaindia.com/"]'),
    ).toContainText('Sagar Parekh opens up on replacing his friend Paras Kalnawat');
    await context.close();
  });

  test('the home page folds work without script', async ({ browser }, testInfo) => {
    const { context, page } = await withoutScript(browser, testInfo.project.use.baseURL);
    await page.goto('/');
    await page.getByText('Channel, premiere, producers, episodes and more').click();
    const box = page.getByRole('complementary', { name: 'Anupamaa at a glance' });
    await expect(box).toBeVisible();
    const marker = box.getByRole('link', { name: /^reference \d+$/ }).first();
    const href = await marker.getAttribute('href');
    await marker.click();
    await expect(page.locator(href!)).toBeInViewport();
    await context.close();
  });
});
