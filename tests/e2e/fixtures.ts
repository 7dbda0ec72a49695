import { test as base, expect, type Page } from '@playwright/test';
import { HORIZON_STORAGE_KEY } from '../../src/lib/horizon';

/**
 * Prerendered pages boot the app on the first interaction (see src/boot.ts). Tests
 * about the app's behaviour start from a booted page: this moves the pointer, as any visitor
 * would, and waits until the app has taken over the page.
 */
export async function bootApp(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

/** `page.goto` and `page.reload` that return once the app is running on the page. */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await bootApp(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await bootApp(page);
      return response;
    };
    await provide(page);
  },
});

/** Sets the reader's spoiler horizon on this device before any of the page's scripts run. */
export async function watchedUpTo(page: Page, horizon: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [HORIZON_STORAGE_KEY, horizon],
  );
}

/** The prerendered page alone: the boot script and the app's entry never load. */
export async function withoutApp(page: Page): Promise<void> {
  await page.route(/\/assets\/(boot|index)-[^/]*\.js$/, (route) => route.abort());
}

export { expect, HORIZON_STORAGE_KEY };
