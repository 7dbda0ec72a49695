#!/usr/bin/env node
/**
 * `npm run test:firefox`: the smoke suite (smoke.mjs) in Firefox ESR, driven by puppeteer-core
 * over WebDriver BiDi, against the production build (run `npm run build` first). Playwright's
 * own Firefox cannot be downloaded here, and its BiDi mode fails against ESR; this works.
 * FIREFOX_PATH picks another Firefox; SMOKE_PORT the port of the local server.
 */
import puppeteer from 'puppeteer-core';
import { clickRetryingStale, runSmoke } from './smoke.mjs';
import { serveBuild } from './serve.mjs';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const server = await serveBuild(Number(process.env.SMOKE_PORT ?? 4184));
let browser;
let moves = 0;
let failed = 1;
try {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const keys = { Enter: 'Enter', ArrowDown: 'ArrowDown', Tab: 'Tab' };
  const driver = {
    goto: async (path) => void (await page.goto(server.origin + path, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    click: (fn, ...args) =>
      clickRetryingStale(
        async () => {
          const element = (await page.evaluateHandle(fn, ...args)).asElement();
          if (!element) throw new Error(`nothing to click: ${fn.toString()} ${args.join(' ')}`);
          await element.click();
        },
        (error) => /detached|not attached|stale|no such node/i.test(error.message),
      ),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(keys[key]),
    // A move to where the pointer already is fires no event: move each time.
    pointerMove: () => page.mouse.move(2 + (moves++ % 50), 2),
    pageErrors: async () => errors.splice(0),
  };
  failed = await runSmoke('firefox', driver);
} catch (error) {
  console.error(error);
  console.log('[firefox] 0 passed, 1 failed (the browser could not be driven)');
} finally {
  await browser?.close();
  server.stop();
}
process.exit(failed > 0 ? 1 : 0);
