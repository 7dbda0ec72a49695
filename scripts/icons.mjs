#!/usr/bin/env node
/**
 * `npm run icons`: draws the installable app's PNG icons from public/icon.svg in Chromium (the
 * browser the tests use anyway, so no image library is needed) and writes them to public/. Run it
 * after changing the SVG and commit the PNGs: they change rarely, so the build does not redraw
 * them. The SVG keeps its content inside the middle 80%, so the same picture serves as a
 * "maskable" icon that launchers may crop to a circle.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const publicDir = new URL('../public/', import.meta.url);
const svg = await readFile(new URL('icon.svg', publicDir), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(new URL(`icon-${size}.png`, publicDir), await page.screenshot());
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('Wrote public/icon-192.png and public/icon-512.png');
