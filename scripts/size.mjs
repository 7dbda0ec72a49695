// `npm run size`: each chunk's gzip size after `npm run build`, and the JavaScript a first visit
// to each kind of page loads: the entry and the page's own code (the boot JS; target 130 KB).
// The in-page mock API (MSW and the handlers), the response validators (zod) and the dataset are
// not part of it: src/main.tsx loads them with the first API request, or at the reader's first
// sign of intent (a pointer on a link), so they are reported on a line of their own, and so is
// the boot JS with the mock API's code added, the measure the target was first set against.
// Last, the offline precache: what a first visit downloads in the background once the service
// worker installs (target: under 1.5 MB gzip).
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
const kbOf = (keys) => [...keys].reduce((sum, k) => sum + (sizes.get(manifest[k].file) ?? 0), 0);
const closureOf = (key) => (manifest[key] ? staticClosure(manifest, key) : []);
/** The chunks of `key` (and its static imports) that `loaded` does not hold already. */
const newChunks = (key, loaded) => new Set(closureOf(key).filter((k) => !loaded.has(k)));
const pages = await loadPages();
const firstLoad = (pathname) => {
  const pageKey = pageModuleFor(pages, pathname);
  const keys = new Set([...appKeys, ...staticClosure(manifest, pageKey)]);
  const js = kbOf(keys);
  const mock = kbOf(newChunks('src/mock-api/browser.ts', keys));
  const css = (manifest[entryKey].css ?? []).reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
  // Code the page itself loads after its first paint (the timeline's chart, once idle).
  const deferred = new Set(
    deferredModulesFor(manifest, pageKey, appKeys)
      .flatMap((k) => staticClosure(manifest, k))
      .filter((k) => !keys.has(k)),
  );
  return { js, mock, css, later: kbOf(deferred) };
};

console.log(
  '\nFirst load per page (gzip KB; "+ mock" is the mock API\'s code, which loads with the first\n' +
    'API request; "later" is code the page itself loads after its first paint, such as the chart)',
);
const measured = [
  '/',
  '/characters',
  '/characters/samar-shah',
  '/actors/paras-kalnawat',
  '/timeline',
  '/cast',
  '/search',
];
for (const pathname of measured) {
  const { js, mock, css, later } = firstLoad(pathname);
  const idle = later > 0 ? `  + ${later.toFixed(1)} later` : '';
  console.log(
    `${js.toFixed(1).padStart(8)} JS  + ${mock.toFixed(1).padStart(4)} mock  ${css.toFixed(1).padStart(5)} CSS  ${pathname}${idle}`,
  );
}
let worst = 0;
let worstWithMock = 0;
for (const pathname of measured) {
  const { js, mock } = firstLoad(pathname);
  worst = Math.max(worst, js);
  worstWithMock = Math.max(worstWithMock, js + mock);
}
console.log(`\nBoot JS, largest of the pages above: ${worst.toFixed(1)} KB (target 130 KB)`);
console.log(`The same with the mock API's code added: ${worstWithMock.toFixed(1)} KB`);
// What the first API request adds to an entry that has booted: the mock API (MSW, handlers), the
// dataset and its queries, the response validators; a search also loads the search engine.
const booted = new Set(appKeys);
const firstRequest = [
  ['mock API', 'src/mock-api/browser.ts'],
  ['dataset queries', 'src/mock-api/db.ts'],
  ['validators', 'src/api/schemas.ts'],
  ['timeline validators', 'src/api/timeline-schemas.ts'],
  ['dataset', 'src/mock-api/dataset.ts'],
  ['search engine and its validators', 'src/mock-api/search/search-service.ts'],
].flatMap(([label, key]) => {
  if (!manifest[key]) return [];
  const chunks = newChunks(key, booted);
  for (const k of chunks) booted.add(k);
  return [`${label} ${kbOf(chunks).toFixed(1)}`];
});
console.log(`Loaded by the first API request (KB): ${firstRequest.join(', ')}`);

// The precache: every URL sw.js lists, each as the file the host serves for it, plus the worker
// and the Workbox runtime it imports; all of it downloads once, in the background, after the first
// visit. Character and actor pages are not in it: they are kept as they are visited, and offline a
// page never visited is rendered by the precached app from the precached dataset.
const sw = await readFile(join(dist, 'sw.js'), 'utf8').catch(() => null);
if (sw === null) {
  console.log('No dist/sw.js: no offline precache in this build.');
} else {
  const fileFor = (url) =>
    url === '/'
      ? 'index.html'
      : /\.[a-z0-9]+$/i.test(url)
        ? url.slice(1)
        : `${url.slice(1)}/index.html`;
  const dataKey = 'src/mock-api/dataset.ts';
  const datasetUrl = manifest[dataKey] ? `/${manifest[dataKey].file}` : null;
  const kindOf = (url) =>
    url === datasetUrl
      ? 'the dataset'
      : url.startsWith('/assets/')
        ? 'code and styles'
        : /\.(png|svg|webmanifest)$/.test(url)
          ? 'icons and manifest'
          : 'pages';
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const runtime = [...sw.matchAll(/["'](\.\/workbox-[\w-]+)["']/g)].map(
    (m) => `${m[1].slice(2)}.js`,
  );
  const kinds = new Map();
  const add = (kind, raw, gzip) => {
    const sum = kinds.get(kind) ?? { files: 0, raw: 0, gzip: 0 };
    kinds.set(kind, { files: sum.files + 1, raw: sum.raw + raw, gzip: sum.gzip + gzip });
  };
  for (const url of urls) {
    const body = await readFile(join(dist, fileFor(url)));
    add(kindOf(url), body.length, gzipSync(body, { level: 9 }).length);
  }
  for (const file of ['sw.js', ...runtime]) {
    const body = await readFile(join(dist, file));
    add('the worker and Workbox', body.length, gzipSync(body, { level: 9 }).length);
  }
  const total = [...kinds.values()].reduce(
    (sum, k) => ({ files: sum.files + k.files, raw: sum.raw + k.raw, gzip: sum.gzip + k.gzip }),
    { files: 0, raw: 0, gzip: 0 },
  );
  console.log(
    `\nOffline precache, downloaded in the background after a first visit: ${total.files} files, ` +
      `${(total.raw / 1024).toFixed(0)} KB, ${(total.gzip / 1024).toFixed(0)} KB gzip ` +
      `(target under 1,536 KB)`,
  );
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].gzip - a[1].gzip)) {
    console.log(
      `${(k.gzip / 1024).toFixed(0).padStart(8)} KB gzip  ${k.files} file${k.files === 1 ? '' : 's'}: ${kind}`,
    );
  }
  const people = (await readdir(join(dist, 'characters'), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => `characters/${d.name}`)
    .concat(
      (await readdir(join(dist, 'actors'), { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => `actors/${d.name}`),
    );
  let peopleGzip = 0;
  for (const dir of people) {
    peopleGzip += gzipSync(await readFile(join(dist, dir, 'index.html')), { level: 9 }).length;
  }
  console.log(
    `Not precached: ${people.length} character and actor pages (${(peopleGzip / 1024).toFixed(0)} KB gzip), ` +
      'kept as visited; offline, the app renders any of them from the dataset.',
  );
}
