// Prerenders every page of the wiki into dist/ after `vite build` and the SSR build of
// src/entry-server.tsx: static HTML with the page's content, title, description, canonical URL and
// Open Graph tags, plus the state the browser hydrates from, a sitemap and robots.txt.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  bootOnInteraction,
  escapeHtml,
  fillTemplate,
  inlineStylesheets,
  notFoundPage,
} from './page-template.mjs';
import { loadPages, pageModuleFor, staticClosure } from './route-modules.mjs';

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
// at once and needs the in-page mock API, the dataset and the search engine straight away: they
// are preloaded beside the app instead of after it (none of them in a build for a real backend).
const preloadKeys = [
  'src/mock-api/browser.ts',
  'src/mock-api/dataset.ts',
  'src/mock-api/search/search-engine.ts',
].filter((key) => manifest[key]);
const preload = [
  ...new Set(
    preloadKeys
      .flatMap((key) => staticClosure(manifest, key))
      .filter((key) => key !== 'index.html'),
  ),
].map((key) => `/${manifest[key].file}`);
const template = bootOnInteraction(shell, { bootSrc: `/${bootChunk}`, preload, marks });
entry.startMockApi();
const urls = await entry.listPages();
const pages = await loadPages();
const appChunks = new Set(staticClosure(manifest, 'index.html'));
/** The page's own chunks, preloaded too when the app must start at once (see above). */
const pageChunks = (url) =>
  staticClosure(manifest, pageModuleFor(pages, url))
    .filter((key) => !appChunks.has(key))
    .map((key) => `/${manifest[key].file}`)
    .filter((file) => !preload.includes(file));
const preloadMark = `${marks.appPreloadAttribute}="`;
for (const url of urls) {
  const rendered = await entry.render(url);
  if (rendered.status !== 200) throw new Error(`${url} rendered with status ${rendered.status}`);
  const file = fileFor(url);
  await mkdir(dirname(file), { recursive: true });
  const html = fillTemplate(template, rendered, { siteUrl, marks });
  const own = pageChunks(url);
  await writeFile(
    file,
    own.length > 0 && html.includes(preloadMark)
      ? html.replace(preloadMark, `${preloadMark}${own.join(' ')} `)
      : html,
  );
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
