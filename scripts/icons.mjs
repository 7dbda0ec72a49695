#!/usr/bin/env node
/**
 * `npm run icons`: draws the installable app's PNG icons from public/icon.svg, and the tab's icon
 * from public/favicon.svg, in Chromium (the browser the tests use anyway, so no image library is
 * needed) and writes them to public/. The tab's icon is a PNG because Chromium draws an SVG icon
 * as a document of its own, with its text laid out, on the page's main thread: about 15-30 ms of a
 * phone's CPU in the middle of every first load, where a 48 px PNG is decoded off it. Run it
 * after changing the SVG and commit the PNGs: they change rarely, so the build does not redraw
 * them. The SVG keeps its content inside the middle 80%, so the same picture serves as a
 * "maskable" icon that launchers may crop to a circle.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const publicDir = new URL('../public/', import.meta.url);
const drawings = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['favicon.svg', 48, 'favicon-48.png'],
];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  for (const [source, size, target] of drawings) {
    const svg = await readFile(new URL(source, publicDir), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(new URL(target, publicDir), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${drawings.map(([, , target]) => `public/${target}`).join(', ')}`);
