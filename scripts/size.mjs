// `npm run size`: each chunk's gzip size after `npm run build`, and the JavaScript a first visit
// to each kind of page loads: the entry, the page's own code and the mock API, which starts once
// the page has painted. The dataset is loaded by the first API request, not by the first visit.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deferredModulesFor, loadPages, pageModuleFor, staticClosure } from './route-modules.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8'));
const gzipKb = async (file) =>
  gzipSync(await readFile(join(dist, file)), { level: 9 }).length / 1024;

const assets = (await readdir(join(dist, 'assets'))).filter((f) => /\.(js|css)$/.test(f));
const sizes = new Map();
for (const file of assets) sizes.set(`assets/${file}`, await gzipKb(`assets/${file}`));

console.log('Chunks (gzip KB)');
for (const [file, kb] of [...sizes].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb.toFixed(1).padStart(8)}  ${file}`);
}

// The app's entry, and the boot script that prerendered pages load in its place (src/boot.ts).
const entryKey = 'index.html';
const bootKey = 'src/boot.ts';
for (const key of [entryKey, bootKey]) {
  if (!manifest[key]?.isEntry) throw new Error(`${key} is not an entry of the build manifest`);
}
const appKeys = new Set([
  ...staticClosure(manifest, bootKey),
  ...staticClosure(manifest, entryKey),
]);
const mockKey = 'src/mock-api/browser.ts';
const pages = await loadPages();
const firstLoad = (pathname) => {
  const pageKey = pageModuleFor(pages, pathname);
  const keys = new Set([
    ...appKeys,
    ...staticClosure(manifest, pageKey),
    ...(manifest[mockKey] ? staticClosure(manifest, mockKey) : []),
  ]);
  const files = [...keys].map((k) => manifest[k].file);
  const js = files.reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
  const css = (manifest[entryKey].css ?? []).reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
  // Code the page itself loads after its first paint (the timeline's chart, once idle).
  const deferred = new Set(
    deferredModulesFor(manifest, pageKey, appKeys)
      .flatMap((k) => staticClosure(manifest, k))
      .filter((k) => !keys.has(k)),
  );
  const later = [...deferred].reduce((sum, k) => sum + (sizes.get(manifest[k].file) ?? 0), 0);
  return { js, css, later };
};

console.log(
  '\nFirst load per page (gzip KB; JS includes the mock API, which starts once the page has\n' +
    'painted; "later" is code the page itself loads after its first paint, such as the chart)',
);
for (const pathname of [
  '/',
  '/characters',
  '/characters/samar-shah',
  '/actors/paras-kalnawat',
  '/timeline',
  '/cast',
  '/search',
]) {
  const { js, css, later } = firstLoad(pathname);
  const idle = later > 0 ? `  + ${later.toFixed(1)} later` : '';
  console.log(
    `${js.toFixed(1).padStart(8)} JS  ${css.toFixed(1).padStart(5)} CSS  ${pathname}${idle}`,
  );
}
const dataKey = Object.keys(manifest).find((k) => k.endsWith('mock-api/dataset.ts'));
if (dataKey) {
  console.log(
    `\nDataset, loaded by the first API request: ${sizes.get(manifest[dataKey].file)?.toFixed(1)} KB`,
  );
}
