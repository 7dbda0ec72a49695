/**
 * The smoke suite that runs in every engine (Firefox and WebKit here; Chromium runs the full
 * Playwright suite): what a fan does first, against the production build. Written once against a
 * small driver (see firefox.mjs and webkit.mjs), so both engines run the same steps:
 *
 *   driver.goto(path) / driver.reload()     navigate and wait for the load event
 *   driver.evaluate(fn, ...args)            run fn in the page, return its (JSON) result
 *   driver.click(fn, ...args)               click, as a user would, the element fn returns
 *   driver.type(text) / driver.press(key)   keyboard input to the focused element
 *                                           (key: 'Enter' | 'ArrowDown' | 'Tab')
 *   driver.pointerMove()                    move the pointer (what boots a prerendered page)
 *   driver.pageErrors()                     uncaught errors and rejections seen so far
 */

const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_MS ?? 15_000);

/**
 * A driver's click: runs `lookUpAndClick`, and again (up to 3 tries, 100 ms apart) when the
 * driver says the element went stale. React may replace an element between the lookup and the
 * click (a page rendering again with its fetched data); the driver reports that before any click
 * is dispatched, so looking it up again is safe. A slow machine makes that window wider.
 * `isStale(error)` knows the driver's words for it.
 */
export async function clickRetryingStale(lookUpAndClick, isStale) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lookUpAndClick();
    } catch (error) {
      if (attempt === 3 || !isStale(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function waitFor(driver, what, fn, ...args) {
  const deadline = Date.now() + TIMEOUT_MS;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await driver.evaluate(fn, ...args);
      if (last) return last;
    } catch (error) {
      // A navigation in progress can discard the evaluation; try again.
      last = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seen = await driver
    .evaluate(
      () =>
        `${location.pathname}${location.search}, h1 "${document.querySelector('main h1')?.textContent}", title "${document.title}"`,
    )
    .catch((error) => error.message);
  throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)}; page: ${seen})`);
}

const heading = (driver, name) =>
  waitFor(
    driver,
    `the heading "${name}"`,
    (n) => document.querySelector('main h1')?.textContent?.trim() === n,
    name,
  );

const path = (driver, expected) =>
  waitFor(
    driver,
    `the address ${expected}`,
    (p) => location.pathname + location.search === p,
    expected,
  );

/** A prerendered page starts the app on the first interaction (src/boot.ts). */
async function boot(driver) {
  await driver.pointerMove();
  await waitFor(driver, 'the app to start', () =>
    document.documentElement.hasAttribute('data-app-ready'),
  );
}

const linkTo = (href, within = 'main') => [
  (w, h) => document.querySelector(`${w} a[href="${h}"]`),
  within,
  href,
];

const tests = {
  async 'a deep link loads and survives a reload'(driver) {
    await driver.goto('/characters/samar-shah');
    await heading(driver, 'Samar Shah');
    await boot(driver);
    await driver.reload();
    await heading(driver, 'Samar Shah');
    await boot(driver);
    const title = await driver.evaluate(() => document.title);
    if (title !== 'Samar Shah · Characters · Anupamaa Wiki') throw new Error(`title: ${title}`);
  },

  async 'click-through show → character → actor → timeline, in the app'(driver) {
    await driver.goto('/');
    await heading(driver, 'Anupamaa');
    await boot(driver);
    // A full page load would drop this mark: it proves the navigation stayed in the app.
    await driver.evaluate(() => {
      window.__smokeMark = true;
    });
    await driver.click(...linkTo('/characters/anupamaa'));
    await path(driver, '/characters/anupamaa');
    // The home page's heading is "Anupamaa" too, and it also links to Rupali Ganguly: wait for
    // the character page itself, or the next click can land on the page being left.
    await waitFor(
      driver,
      "the character page's title",
      () => document.title === 'Anupamaa · Characters · Anupamaa Wiki',
    );
    await heading(driver, 'Anupamaa');
    await driver.click(...linkTo('/actors/rupali-ganguly'));
    await heading(driver, 'Rupali Ganguly');
    await driver.click(...linkTo('/timeline', 'nav'));
    await heading(driver, 'Cast-change timeline');
    if (!(await driver.evaluate(() => window.__smokeMark === true))) {
      throw new Error('the click-through reloaded the page instead of navigating in the app');
    }
  },

  async 'the header search works by keyboard'(driver) {
    await driver.goto('/characters');
    await heading(driver, 'Characters');
    await boot(driver);
    await driver.click(() => document.querySelector('header [role="combobox"]'));
    await driver.type('kalnavat');
    await waitFor(driver, 'the option Paras Kalnawat', () =>
      [...document.querySelectorAll('[role="option"]')].some((o) =>
        o.textContent.startsWith('Paras Kalnawat'),
      ),
    );
    await driver.press('ArrowDown');
    await waitFor(
      driver,
      'an active option',
      () => document.querySelector('[role="option"][aria-selected="true"]') !== null,
    );
    await driver.press('Enter');
    await path(driver, '/actors/paras-kalnawat');
    await heading(driver, 'Paras Kalnawat');
  },

  async 'the timeline draws its bars, and a filter narrows them'(driver) {
    await driver.goto('/timeline');
    await heading(driver, 'Cast-change timeline');
    await boot(driver);
    // (Each check lists the bars itself: the page's policy forbids building code from text.)
    const all = await waitFor(driver, 'the chart bars', () => {
      const bars = [...document.querySelectorAll('[role="group"][aria-label^="Cast chart"] a')];
      return bars.length > 20 ? bars.length : null;
    });
    // The character filter is a native select; choosing an option is the one step done by script
    // (engines draw a select's list outside the page, out of a driver's reach).
    await driver.evaluate(() => {
      const select = document.querySelector('select[id$="-character"]');
      select.value = 'samar-shah';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(driver, 'the filter in the address', () =>
      location.search.includes('character=samar-shah'),
    );
    const some = await waitFor(
      driver,
      'fewer bars, all of Samar Shah',
      (total) => {
        const bars = [
          ...document.querySelectorAll('[role="group"][aria-label^="Cast chart"] a'),
        ].map((a) => a.getAttribute('aria-label') ?? a.textContent);
        return bars.length > 0 && bars.length < total && bars.every((b) => b.includes('Samar Shah'))
          ? bars
          : null;
      },
      all,
    );
    if (!some.some((b) => b.startsWith('Sagar Parekh'))) throw new Error(`bars: ${some}`);
  },

  async '/cast shows who was in the cast on a day'(driver) {
    await driver.goto('/cast?at=2023-11-15');
    await waitFor(
      driver,
      'the cast of 15 Nov 2023',
      () =>
        document.title.includes('2023') &&
        document.querySelectorAll('main a[href^="/actors/"]').length > 5,
    );
    await driver.goto('/cast');
    await waitFor(driver, 'the prerendered cast page', () =>
      /cast/i.test(document.querySelector('main h1')?.textContent ?? ''),
    );
  },

  async 'unknown ids and paths say "Page not found"'(driver) {
    await driver.goto('/characters/no-such-person');
    await heading(driver, 'Page not found');
    await driver.goto('/this/is/not/a/page');
    await heading(driver, 'Page not found');
  },
};

/**
 * Runs every test, prints one line each and a closing tally; returns the number that failed. A
 * test that fails is run once more (on a slow machine a WebDriver click can land while the page
 * is still changing): it then passes as "flaky", with the first error printed, or fails with
 * both errors printed.
 */
export async function runSmoke(engine, driver) {
  let passed = 0;
  let failed = 0;
  const started = performance.now();
  const attempt = async (run) => {
    try {
      await run(driver);
      const errors = await driver.pageErrors();
      if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
      return null;
    } catch (error) {
      await driver.pageErrors().catch(() => []);
      return error instanceof Error ? error.message : String(error);
    }
  };
  for (const [name, run] of Object.entries(tests)) {
    const t0 = performance.now();
    const first = await attempt(run);
    const second = first === null ? null : await attempt(run);
    const ms = Math.round(performance.now() - t0);
    if (second === null) {
      passed++;
      console.log(
        `  ✓ [${engine}] ${name} (${ms} ms)${first === null ? '' : ' (flaky: passed on retry)'}`,
      );
      if (first !== null) console.log(`      first try: ${first}`);
    } else {
      failed++;
      console.log(`  ✘ [${engine}] ${name} (${ms} ms)`);
      console.log(`      first try: ${first}`);
      console.log(`      retry: ${second}`);
    }
  }
  console.log(
    `[${engine}] ${passed} passed, ${failed} failed (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return failed;
}
