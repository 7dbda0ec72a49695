/**
 * Offline reading and installation: after a first visit the service worker saves the app, the
 * dataset and the main pages (any character or actor page is then rendered from the dataset), a
 * new deployment is offered with a notice (never a forced reload), and a worker that cannot work
 * never gets in the way of reading.
 */
import { createServer } from 'node:http';
import type { BrowserContext, Page } from '@playwright/test';
import { bootApp, expect, test } from './fixtures';

/** Waits until the offline worker has installed everything and controls the page. */
async function untilSavedForOffline(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('after a first visit, pages never opened, search and the timeline work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/characters');
  await untilSavedForOffline(page);
  // Read online once the worker is in place: kept for offline.
  await page.goto('/characters/samar-shah');
  await context.setOffline(true);

  // Character and actor pages are not downloaded ahead: one never visited, by full load, is
  // rendered by the saved app from the saved dataset, with all of its content.
  await page.goto('/actors/sagar-parekh');
  await expect(h1(page, 'Sagar Parekh')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveText(
    /every page, search and the timeline still work/,
  );
  await page.goto('/characters/anuj-kapadia');
  await expect(h1(page, 'Anuj Kapadia')).toBeVisible();
  await expect(page).toHaveTitle(/Anuj Kapadia/);
  const portrayedBy = page.getByRole('region', { name: 'Portrayed by' });
  await expect(portrayedBy).toContainText('2 Sep 2021');
  await portrayedBy.getByRole('link', { name: 'Gaurav Khanna' }).first().click();
  await expect(h1(page, 'Gaurav Khanna')).toBeVisible();
  // The page read online opens again.
  await page.goto('/characters/samar-shah');
  await expect(h1(page, 'Samar Shah')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Portrayed by' }).getByRole('link', { name: 'Sagar Parekh' }),
  ).not.toHaveCount(0);
  // In-app navigation: the page's code and the data come from the cache.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(h1(page, 'Cast-change timeline')).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: /^Cast chart/ })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  // Search, and an address that was never prerendered.
  await page.goto('/search?q=samar');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Samar Shah', exact: true }),
  ).toBeVisible();
  await page.goto('/cast?at=2023-11-15');
  await expect(page.getByRole('main').getByRole('link', { name: 'Rupali Ganguly' })).toBeVisible();
  await page.goto('/characters/no-such-person');
  await expect(h1(page, 'Page not found')).toBeVisible();
  await page.goto('/no/such/page');
  await expect(h1(page, 'Page not found')).toBeVisible();
  await context.setOffline(false);
});

/**
 * A stand-in for the host, in front of the preview server, that can "deploy" a new version: after
 * `deploy()` its sw.js differs by a byte, as a new build's would. (Playwright's routing does not
 * reach the browser's own update check of a worker script.)
 */
async function deployableHost(upstream: string) {
  let deployed = false;
  const server = createServer((req, res) => {
    void (async () => {
      const answer = await fetch(upstream + (req.url ?? '/'), { redirect: 'manual' });
      let body = Buffer.from(await answer.arrayBuffer());
      if (deployed && req.url?.startsWith('/sw.js')) {
        body = Buffer.concat([body, Buffer.from('\n// the next deployment\n')]);
      }
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'content-security-policy', 'location']) {
        const value = answer.headers.get(name);
        if (value) headers[name] = value;
      }
      res.writeHead(answer.status, headers).end(body);
    })().catch(() => res.writeHead(502).end());
  });
  const port = Number(process.env.E2E_UPDATE_PORT ?? Number(new URL(upstream).port) + 2);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return {
    origin: `http://localhost:${port}`,
    deploy: () => {
      deployed = true;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test('a new deployment is offered with a notice, and reloads only when asked', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const host = await deployableHost(baseURL!);
  try {
    await page.goto(`${host.origin}/characters/samar-shah`);
    await untilSavedForOffline(page);
    const mark = () => {
      (window as Window & { stillHere?: boolean }).stillHere = true;
    };
    await page.evaluate(mark);
    host.deploy();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A newer version is available' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Nothing reloads by itself: the fan's place is kept.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBe(
      true,
    );
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as Window & { stillHere?: boolean }).stillHere);
    await expect(h1(page, 'Samar Shah')).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    await page.close();
    await host.close();
  }
});

test('the wiki can be installed: a valid manifest with icons and theme colours', async ({
  page,
}) => {
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
  const manifest = (await (await page.request.get(url)).json()) as {
    name: string;
    short_name: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Anupamaa Wiki',
    short_name: 'Anupamaa',
    display: 'standalone',
  });
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    expect(icon, size).toBeDefined();
    const response = await page.request.get(icon!.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  const themes = page.locator('meta[name="theme-color"]');
  await expect(themes).toHaveCount(2);
  await expect(themes.nth(1)).toHaveAttribute('media', '(prefers-color-scheme: dark)');
});

async function contextWithBrokenWorker(context: BrowserContext) {
  await context.route('**/sw.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("x")' }),
  );
}

test('a worker that fails to install, or a cache that is gone, never breaks reading', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await contextWithBrokenWorker(context);
  await page.goto('/characters');
  await page.waitForTimeout(2000);
  await page.getByRole('main').getByRole('link', { name: 'Samar Shah' }).first().click();
  await expect(h1(page, 'Samar Shah')).toBeVisible();
  await context.unroute('**/sw.js');

  // Now a working worker whose cache is then wiped: pages come from the network instead.
  await page.goto('/actors');
  await untilSavedForOffline(page);
  await page.evaluate(async () => {
    for (const key of await caches.keys()) await caches.delete(key);
  });
  await page.goto('/actors/sagar-parekh');
  await bootApp(page);
  await expect(h1(page, 'Sagar Parekh')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(h1(page, 'Cast-change timeline')).toBeVisible();
  expect(errors).toEqual([]);
});
