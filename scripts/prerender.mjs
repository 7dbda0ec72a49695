// Prerenders every page of the wiki into dist/ after `vite build` and the SSR build of
// src/entry-server.tsx: static HTML with the page's content, title, description, canonical URL and
// Open Graph tags, plus the state the browser hydrates from, a sitemap and robots.txt.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  bootOnInteraction,
  entryDependencies,
  escapeHtml,
  fillTemplate,
  inlineStylesheets,
  notFoundPage,
} from './page-template.mjs';
import { loadPages, pageFor, staticClosure } from './route-modules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrDir = join(root, 'build-ssr');
/** Where the wiki is published; canonical and sitemap URLs are absolute. */
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');

function fileFor(url) {
  return url === '/' ? join(dist, 'index.html') : join(dist, url.slice(1), 'index.html');
}

const started = performance.now();
const entry = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
const marks = {
  pageUrlAttribute: entry.PAGE_URL_ATTRIBUTE,
  appScriptAttribute: entry.APP_SCRIPT_ATTRIBUTE,
  appPreloadAttribute: entry.APP_PRELOAD_ATTRIBUTE,
  appDepsAttribute: entry.APP_DEPS_ATTRIBUTE,
  stateElementId: entry.STATE_ELEMENT_ID,
};
for (const [name, value] of Object.entries(marks)) {
  if (typeof value !== 'string') throw new Error(`src/entry-server.tsx exports no ${name}`);
}
const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8'));
const bootChunk = manifest['src/boot.ts']?.file;
if (!bootChunk) throw new Error('src/boot.ts is not in the build manifest');

const shell = await inlineStylesheets(await readFile(join(dist, 'index.html'), 'utf8'), (href) =>
  readFile(join(dist, href), 'utf8'),
);
// A page opened at an address it was not rendered for (/search?q=…, /cast?at=…) starts the app
// at once. What it needs besides the app is preloaded beside the app instead of after it: its own
// chunks and, unless the page computes the answer from its embedded data (the cast on a date),
// what the first API request loads: the in-page mock API, the dataset and its queries, the
// response validators and, for the search, the search engine (none of them in a build for a real
// backend). Pages mostly opened with a query carry them as link tags (see below); on any other
// page boot.ts adds them only when the address differs.
const mockKeys = ['src/mock-api/browser.ts', 'src/mock-api/dataset.ts', 'src/mock-api/db.ts'];
const apiKeys = [...mockKeys, 'src/api/schemas.ts', 'src/api/timeline-schemas.ts'];
const searchKeys = [
  ...mockKeys,
  'src/api/search-schemas.ts',
  'src/mock-api/search/search-service.ts',
];
const template = bootOnInteraction(shell, { bootSrc: `/${bootChunk}`, marks });
entry.startMockApi();
const urls = await entry.listPages();
const pages = await loadPages();
const appChunks = new Set(staticClosure(manifest, 'index.html'));
const filesOf = (keys) => [
  ...new Set(
    keys
      .filter((key) => manifest[key])
      .flatMap((key) => staticClosure(manifest, key))
      .filter((key) => !appChunks.has(key))
      .map((key) => `/${manifest[key].file}`),
  ),
];
/** What the page at `url` preloads when it must start the app at once (see above). */
const preloadFor = (url) => {
  const page = pageFor(pages, url);
  const api = { embedded: [], search: searchKeys }[page.query] ?? apiKeys;
  return filesOf([page.module, ...api]);
};
/**
 * Pages mostly opened with a query string (src/app/pages.ts `query`) fetch the app's entry and its
 * imports, then the page's own chunks and what its first request needs, while their HTML parses:
 * all of it is on the critical path of every such visit. Added by boot.ts, the page's chunks were
 * requested one round trip later, once that script had arrived and run, and on the local server
 * with the CPU slowed 4x /search?q=… showed its results about 40 ms later (median of 14).
 */
const modulePreloads = (hrefs) =>
  hrefs.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`).join('');
const entryPreload = [`/${manifest['index.html'].file}`, ...entryDependencies(shell)];
const preloadMark = `${marks.appPreloadAttribute}="`;
const bootMark = `${marks.appScriptAttribute}="`;
const bootTag = new RegExp(`<script [^>]*src="/${bootChunk}"[^>]*></script>`);
for (const url of urls) {
  const rendered = await entry.render(url);
  if (rendered.status !== 200) throw new Error(`${url} rendered with status ${rendered.status}`);
  const file = fileFor(url);
  await mkdir(dirname(file), { recursive: true });
  let html = fillTemplate(template, rendered, { siteUrl, marks });
  const preload = preloadFor(url);
  if (pageFor(pages, url).query) {
    html = html.replace(bootTag, (tag) => `${tag}${modulePreloads([...entryPreload, ...preload])}`);
  } else if (preload.length > 0) {
    html = html.replace(bootMark, `${preloadMark}${preload.join(' ')}" ${bootMark}`);
  }
  await writeFile(file, html);
}
entry.stopMockApi();

const feeds = await entry.listFeeds(siteUrl);
for (const feed of feeds) {
  const file = join(dist, feed.path.slice(1));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, feed.xml);
}

// Any other path gets the bare shell, which renders in the browser (and says "not found").
// (It has nothing to paint before the app runs, so it loads the app straight away.)
await writeFile(join(dist, '404.html'), notFoundPage(shell));

const indexable = urls.filter((url) => url !== '/search');
await writeFile(
  join(dist, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${indexable
    .map((url) => `  <url><loc>${escapeHtml(siteUrl + url)}</loc></url>`)
    .join('\n')}\n</urlset>\n`,
);
await writeFile(
  join(dist, 'robots.txt'),
  `User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: ${siteUrl}/sitemap.xml\n`,
);
await rm(ssrDir, { recursive: true, force: true });
console.log(
  `Prerendered ${urls.length} pages, ${feeds.length} Atom feeds, sitemap.xml and robots.txt in ${Math.round(performance.now() - started)} ms`,
);
