// The edits that turn the built index.html into the template of every prerendered page, and the
// template into each page. Each edit throws when the piece of HTML it edits is missing: should
// index.html (or what Vite writes into it) change, the build stops instead of shipping pages that
// silently lack their content, state, styles or Content-Security-Policy hash.
import { createHash } from 'node:crypto';

export const SITE_NAME = 'Anupamaa Wiki';

/**
 * `html` with `target` (a string, or a RegExp matching once) replaced; throws if it is not there.
 * The replacement is inserted verbatim: `$&` and the like in page text are not patterns.
 */
export function replaceOnce(html, target, replacement) {
  const found = typeof target === 'string' ? html.includes(target) : target.test(html);
  if (!found) throw new Error(`The page template has no ${String(target)} to edit`);
  return html.replace(target, () => replacement);
}

export const escapeHtml = (text) =>
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

/** The Content-Security-Policy source that admits exactly this inline script or style. */
export const hashSource = (text) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;
const STYLE_SRC = "style-src 'self'";

/**
 * The stylesheet is small, so each page carries it inline: the first paint then waits for no
 * second request. The Content-Security-Policy admits exactly these styles by their hashes.
 * `readStylesheet(href)` returns the text of the file a link points to.
 *
 * The link stays, disabled (a disabled stylesheet is not fetched): Vite's loader for lazy chunks
 * looks for it before adding the stylesheet of a chunk that imports from the entry, and without it
 * the first API request waited for a second copy of these styles and a restyle of the page.
 */
export async function inlineStylesheets(html, readStylesheet) {
  const links = [...html.matchAll(STYLESHEET_LINK)];
  if (links.length === 0) throw new Error('The page template links no stylesheet to inline');
  const hashes = [];
  let page = html;
  for (const [link, href] of links) {
    const css = await readStylesheet(href);
    hashes.push(hashSource(css));
    page = replaceOnce(
      page,
      link,
      `<style>${css}</style><link rel="stylesheet" href="${href}" disabled>`,
    );
  }
  return replaceOnce(page, STYLE_SRC, `${STYLE_SRC} ${hashes.join(' ')}`);
}

const APP_ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/;
const MODULE_PRELOAD =
  /[ \t]*<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)">\n?/g;

/** The chunks the app's entry imports statically, which Vite lists as modulepreload links. */
export const entryDependencies = (html) => [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]);

/**
 * Prerendered pages load the boot script (src/boot.ts) in place of the app's entry, and hand it
 * the entry's URL to load when the fan first interacts, and the entry's own imports. Vite's
 * modulepreload links for those imports are taken out: on a phone they download while the first
 * paint waits (Lighthouse's mobile LCP went from about 1.1 s to 1.55 s with them), for an app that
 * starts later; the boot script fetches them once the page has loaded.
 */
export function bootOnInteraction(html, { bootSrc, preload = [], marks }) {
  const entry = APP_ENTRY_SCRIPT.exec(html);
  if (!entry) throw new Error(`The page template has no ${String(APP_ENTRY_SCRIPT)} to edit`);
  const deps = entryDependencies(html);
  return replaceOnce(
    html.replace(MODULE_PRELOAD, ''),
    entry[0],
    `<script type="module" async src="${bootSrc}" ${marks.appScriptAttribute}="${entry[1]}"${
      deps.length > 0 ? ` ${marks.appDepsAttribute}="${deps.join(' ')}"` : ''
    }${preload.length > 0 ? ` ${marks.appPreloadAttribute}="${preload.join(' ')}"` : ''}></script>`,
  );
}

/** React hoists a page's <title>, <meta> and <link> tags to the front of its markup. */
function splitHoisted(html) {
  const match = /^(?:<(?:title>[^<]*<\/title|meta [^>]*|link [^>]*)>)+/.exec(html);
  const head = match ? match[0] : '';
  return { head, body: html.slice(head.length) };
}

function headTags(url, hoisted, siteUrl) {
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

/**
 * One page: its markup in #root, its head tags (its own title and description in place of the
 * site's, canonical URL, Open Graph), the address it was rendered for on <html>, and the state the
 * browser hydrates from in a JSON script element. `marks` are the names the browser code reads
 * them by (exported by src/entry-server.tsx).
 */
export function fillTemplate(template, { url, html, state }, { siteUrl, marks }) {
  const { head, body } = splitHoisted(html);
  const { tags, hasDescription } = headTags(url, head, siteUrl);
  let page = replaceOnce(template, /<title>[^<]*<\/title>/, '');
  // A page's own description replaces the site-wide one.
  if (hasDescription) page = replaceOnce(page, /<meta\s+name="description"[^>]*>/, '');
  page = replaceOnce(
    page,
    '<html lang="en">',
    `<html lang="en" ${marks.pageUrlAttribute}="${escapeHtml(url)}">`,
  );
  page = replaceOnce(page, '</head>', `${tags}</head>`);
  return replaceOnce(
    page,
    '<div id="root"></div>',
    `<div id="root">${body}</div><script type="application/json" id="${marks.stateElementId}">${scriptSafeJson(state)}</script>`,
  );
}

/** The page for any other address: the bare shell, kept out of search engines. */
export function notFoundPage(shell) {
  return replaceOnce(shell, '</head>', '<meta name="robots" content="noindex"/></head>');
}
