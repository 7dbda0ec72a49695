// Writes the offline service worker (dist/sw.js) with Workbox, after scripts/prerender.mjs. A fan
// who has visited once can then open any page, search and use the timeline with no connection.
//
// What a first visit downloads in the background (the precache) is the app: its code, the
// dataset, the search engine and the chart, the shell (404.html), and the pages that are not one
// character or one actor (home, lists, timeline, cast, search, leaps, rumours, about). The ~130
// character and actor pages are most of the wiki's HTML (1.4 MB of 2.1 MB gzip) and each is also
// rendered by the precached app from the precached dataset, so they are not precached: each is
// fetched from the network as usual and kept when visited, and offline a page never visited gets
// the shell, which renders it in the browser. Atom feeds, the sitemap and robots.txt are for feed
// readers and crawlers, not for reading offline.
//
// Each page is precached under its address (`/timeline`, not `/timeline/index.html`), and the
// worker ignores query strings when it looks a page up, as the static host does: `/search?q=…` and
// `/cast?at=…` get their page, which renders the answer in the browser. Any other address gets
// 404.html, which renders the page in the browser ("Page not found" for an unknown address).
import { createHash } from 'node:crypto';
import { appendFile, readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** A character's or an actor's page: cached as visited, not precached (see above). */
const PERSON_PAGE = /^\/(?:characters|actors)\/[^/?]+\/?(?:\?|$)/;

// Pages kept as visited go to a cache named after this build's code, so that a page kept under an
// older deployment (whose scripts the new precache no longer holds) is never served offline; the
// new worker deletes such caches when it takes over (the lines appended to sw.js below).
const assets = (await readdir(join(dist, 'assets'))).sort().join('\n');
const PAGES_CACHE_PREFIX = 'visited-pages-';
const pagesCache = `${PAGES_CACHE_PREFIX}${createHash('sha256').update(assets).digest('hex').slice(0, 12)}`;

const started = performance.now();
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
  globIgnores: ['.vite/**', 'sw.js', 'workbox-*.js', 'characters/*/**', 'actors/*/**'],
  swDest: join(dist, 'sw.js'),
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((entry) => ({
        ...entry,
        url:
          entry.url === 'index.html'
            ? '/'
            : entry.url.replace(/(^|\/)index\.html$/, '').replace(/^(?!\/)/, '/'),
      })),
      warnings: [],
    }),
  ],
  // Query strings never pick a different file on this static site.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: null,
  navigateFallback: '/404.html',
  // Files opened directly (sitemap.xml, robots.txt, feeds) are not pages: leave them to the host.
  // Character and actor pages have a route of their own (below).
  navigateFallbackDenylist: [/\.[a-z0-9]+$/i, PERSON_PAGE],
  runtimeCaching: [
    {
      // PERSON_PAGE, spelled out: Workbox copies this function's source into sw.js.
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' &&
        /^\/(?:characters|actors)\/[^/?]+\/?(?:\?|$)/.test(url.pathname),
      // Online, the page as the host serves it now (kept for offline); offline or after 4 s
      // without an answer, the kept copy; never visited, the shell (which renders it from the
      // precached dataset).
      handler: 'NetworkFirst',
      options: {
        cacheName: pagesCache,
        networkTimeoutSeconds: 4,
        expiration: { maxEntries: 200 },
        precacheFallback: { fallbackURL: '/404.html' },
      },
    },
  ],
  // Hashed file names change with their content: no revision needed to tell versions apart.
  dontCacheBustURLsMatching: /^\/assets\//,
  // The new worker waits until the fan chooses to reload (the app's "A newer version is available"
  // notice); the first one takes control at once, so the first visit is already covered.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Workbox's runtime in a file of its own beside sw.js, same origin (the CSP allows only that).
  inlineWorkboxRuntime: false,
  sourcemap: false,
  mode: 'production',
  disableDevLogs: true,
});
for (const warning of warnings) console.warn(warning);
await appendFile(
  join(dist, 'sw.js'),
  `\n// Pages kept under an older deployment: their scripts are gone from the precache.\n` +
    `self.addEventListener('activate', (event) => {\n` +
    `  event.waitUntil(caches.keys().then((keys) => Promise.all(keys\n` +
    `    .filter((key) => key.startsWith(${JSON.stringify(PAGES_CACHE_PREFIX)}) && key !== ${JSON.stringify(pagesCache)})\n` +
    `    .map((key) => caches.delete(key)))));\n` +
    `});\n`,
);

// What a first visit downloads in the background, compressed as a server would send it.
let gzip = 0;
const sw = await readFile(join(dist, 'sw.js'), 'utf8');
for (const [, url] of sw.matchAll(/url:"([^"]+)"/g)) {
  const file =
    url === '/'
      ? 'index.html'
      : /\.[a-z0-9]+$/.test(url)
        ? url.slice(1)
        : `${url.slice(1)}/index.html`;
  gzip += gzipSync(await readFile(join(dist, file))).length;
}
console.log(
  `Service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip) in ${Math.round(performance.now() - started)} ms`,
);
