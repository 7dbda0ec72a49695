// Writes the offline service worker (dist/sw.js) with Workbox, after scripts/prerender.mjs so that
// its precache lists every prerendered page as well as the app's code and the dataset. A fan who
// has visited once can then open any page, search and use the timeline with no connection.
//
// Each page is precached under its address (`/characters/samar-shah`, not
// `/characters/samar-shah/index.html`), and the worker ignores query strings when it looks a page
// up, as the static host does: `/search?q=…` and `/cast?at=…` get their page, which renders the
// answer in the browser. Any other address gets 404.html, which renders "Page not found".
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const started = performance.now();
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
  globIgnores: ['.vite/**', 'sw.js', 'workbox-*.js'],
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
  navigateFallbackDenylist: [/\.[a-z0-9]+$/i],
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
