// Prerenders every page of the wiki into dist/ after `vite build` and the SSR build of
// src/entry-server.tsx: static HTML with the page's content, title, description, canonical URL and
// Open Graph tags, plus the state the browser hydrates from, a sitemap and robots.txt.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrDir = join(root, 'build-ssr');
/** Where the wiki is published; canonical and sitemap URLs are absolute. */
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');
const SITE_NAME = 'Anupamaa Wiki';

const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** JSON that can sit inside a <script> element without ending it early. */
const scriptSafeJson = (value) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const decodeEntities = (text) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** React hoists a page's <title>, <meta> and <link> tags to the front of its markup. */
function splitHoisted(html) {
  const match = /^(?:<(?:title>[^<]*<\/title|meta [^>]*|link [^>]*)>)+/.exec(html);
  const head = match ? match[0] : '';
  return { head, body: html.slice(head.length) };
}

function headTags(url, hoisted) {
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(hoisted)?.[1] ?? SITE_NAME);
  const description = /<meta name="description" content="([^"]*)"/.exec(hoisted)?.[1];
  const canonical = `${siteUrl}${url === '/' ? '/' : url}`;
  const tags = [
    hoisted,
    `<link rel="canonical" href="${escapeHtml(canonical)}"/>`,
    `<meta property="og:site_name" content="${SITE_NAME}"/>`,
    `<meta property="og:type" content="website"/>`,
    `<meta property="og:title" content="${escapeHtml(title)}"/>`,
    `<meta property="og:url" content="${escapeHtml(canonical)}"/>`,
  ];
  if (description) tags.push(`<meta property="og:description" content="${description}"/>`);
  return { tags: tags.join(''), hasDescription: Boolean(description) };
}

function fillTemplate(template, { url, html, state }) {
  const { head, body } = splitHoisted(html);
  const { tags, hasDescription } = headTags(url, head);
  let page = template.replace(/<title>[^<]*<\/title>/, '');
  // A page's own description replaces the site-wide one.
  if (hasDescription) page = page.replace(/<meta\s+name="description"[^>]*>/, '');
  return page
    .replace('<html lang="en">', `<html lang="en" data-page="${escapeHtml(url)}">`)
    .replace('</head>', `${tags}</head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${body}</div><script type="application/json" id="wiki-state">${scriptSafeJson(state)}</script>`,
    );
}

function fileFor(url) {
  return url === '/' ? join(dist, 'index.html') : join(dist, url.slice(1), 'index.html');
}

/**
 * The stylesheet is small, so each page carries it inline: the first paint then waits for no
 * second request. The Content-Security-Policy admits exactly this stylesheet by its hash.
 */
async function inlineStylesheet(html) {
  const link = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(html);
  if (!link) return html;
  const css = await readFile(join(dist, link[1]), 'utf8');
  const hash = createHash('sha256').update(css).digest('base64');
  return html
    .replace(link[0], () => `<style>${css}</style>`)
    .replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
}

/**
 * A prerendered page is complete without script: its links are real links, its search box a GET
 * form, its chart bars links to the actors. So the app (client-side navigation, the search
 * combobox, the chart's keyboard and details, the mock API) boots on the fan's first interaction,
 * or after a few seconds of reading, whichever comes first; until then the phone's main thread and
 * connection serve the page alone. A tiny same-origin module (the CSP allows it) does this.
 */
const BOOT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin'];
const BOOT_AFTER_MS = 5000;

async function bootOnInteraction(html) {
  const tag = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(html);
  if (!tag) throw new Error('No entry script found in index.html');
  const code = [
    `const events = ${JSON.stringify(BOOT_EVENTS)};`,
    'let timer = 0;',
    'const boot = () => {',
    '  clearTimeout(timer);',
    '  for (const type of events) removeEventListener(type, boot, true);',
    `  import(${JSON.stringify(tag[1])});`,
    '};',
    // A page served for another address (say /search?q=… gets the bare search page) must show
    // what was asked for, which takes the app: boot at once.
    'if (document.documentElement.dataset.page !== location.pathname + location.search) boot();',
    'else {',
    '  for (const type of events) addEventListener(type, boot, { capture: true, passive: true });',
    `  timer = setTimeout(boot, ${BOOT_AFTER_MS});`,
    '}',
    '',
  ].join('\n');
  const name = `assets/boot-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  await writeFile(join(dist, name), code);
  return html.replace(tag[0], () => `<script type="module" src="/${name}"></script>`);
}

const started = performance.now();
const shell = await inlineStylesheet(await readFile(join(dist, 'index.html'), 'utf8'));
const template = await bootOnInteraction(shell);
const entry = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
entry.startMockApi();
const urls = await entry.listPages();
for (const url of urls) {
  const rendered = await entry.render(url);
  if (rendered.status !== 200) throw new Error(`${url} rendered with status ${rendered.status}`);
  const file = fileFor(url);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, fillTemplate(template, rendered));
}
entry.stopMockApi();

// Any other path gets the bare shell, which renders in the browser (and says "not found").
// (It has nothing to paint before the app runs, so it loads the app straight away.)
await writeFile(
  join(dist, '404.html'),
  shell.replace('</head>', '<meta name="robots" content="noindex"/></head>'),
);

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
  `Prerendered ${urls.length} pages, sitemap.xml and robots.txt in ${Math.round(performance.now() - started)} ms`,
);
