import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bootOnInteraction,
  entryDependencies,
  fillTemplate,
  inlineStylesheets,
  notFoundPage,
} from '../../scripts/page-template.mjs';

/** What `vite build` makes of index.html, cut down to the parts the prerenderer edits. */
const BUILT_SHELL = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  `    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'" />`,
  '    <meta name="description" content="The whole wiki." />',
  '    <title>Anupamaa Wiki</title>',
  '    <script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-1.js">',
  '    <link rel="modulepreload" crossorigin href="/assets/page-heading-2.js">',
  '    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">',
  '  </head>',
  '  <body>',
  '    <div id="root"></div>',
  '  </body>',
  '</html>',
].join('\n');

const marks = {
  pageUrlAttribute: 'data-page',
  appScriptAttribute: 'data-app',
  appDepsAttribute: 'data-app-deps',
  stateElementId: 'wiki-state',
};
const options = { siteUrl: 'https://wiki.example', marks };
const samar = {
  url: '/characters/samar-shah',
  html: '<title>Samar Shah</title><meta name="description" content="Anupamaa\'s son."/><h1>Samar Shah</h1>',
  state: { url: '/characters/samar-shah' },
};

const THROWS = /^The page template (has|links) no /;

describe('fillTemplate', () => {
  it('puts the page, its head tags, its address and its state into the template', () => {
    const html = fillTemplate(BUILT_SHELL, samar, options);

    expect(html).toContain('<html lang="en" data-page="/characters/samar-shah">');
    expect(html).toContain(
      '<div id="root"><h1>Samar Shah</h1></div><script type="application/json" id="wiki-state">{"url":"/characters/samar-shah"}</script>',
    );
    expect(html).toContain('<title>Samar Shah</title>');
    expect(html).not.toContain('<title>Anupamaa Wiki</title>');
    expect(html).not.toContain('The whole wiki.');
    expect(html).toContain(
      '<link rel="canonical" href="https://wiki.example/characters/samar-shah"/>',
    );
  });

  it('keeps text that looks like a replacement pattern as it is', () => {
    const page = { ...samar, html: '<p>Prices: $& and $1, or $$</p>' };

    expect(fillTemplate(BUILT_SHELL, page, options)).toContain(
      '<div id="root"><p>Prices: $& and $1, or $$</p></div>',
    );
  });

  it.each([
    '<title>Anupamaa Wiki</title>',
    '<meta name="description" content="The whole wiki." />',
    '<html lang="en">',
    '</head>',
    '<div id="root"></div>',
  ])('throws when the template no longer holds %s', (piece) => {
    const template = BUILT_SHELL.replace(piece, '');

    expect(() => fillTemplate(template, samar, options)).toThrow(THROWS);
  });

  it("fits the repository's index.html", () => {
    // Vitest runs from the repository's root.
    const source = readFileSync('index.html', 'utf8');

    expect(fillTemplate(source, samar, options)).toContain('<h1>Samar Shah</h1>');
  });
});

describe('inlineStylesheets', () => {
  const css = 'body{margin:0}';
  const read = async () => css;

  it('inlines the stylesheet and admits exactly it in the Content-Security-Policy', async () => {
    const html = await inlineStylesheets(BUILT_SHELL, read);
    const hash = createHash('sha256').update(css).digest('base64');

    expect(html).toContain(`<style>${css}</style>`);
    // Kept disabled (never fetched), so that Vite's loader for lazy chunks finds the styles in
    // place instead of fetching a second copy.
    expect(html).toContain('<link rel="stylesheet" href="/assets/index-abc.css" disabled>');
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(html).toContain(`style-src 'self' 'sha256-${hash}'`);
  });

  it('throws when the template links no stylesheet', async () => {
    const template = BUILT_SHELL.replace(/<link rel="stylesheet"[^>]*>/, '');

    await expect(inlineStylesheets(template, read)).rejects.toThrow(THROWS);
  });

  it('throws when the policy has no style-src to add the hash to', async () => {
    const template = BUILT_SHELL.replace("; style-src 'self'", '');

    await expect(inlineStylesheets(template, read)).rejects.toThrow(THROWS);
  });
});

describe('bootOnInteraction', () => {
  const bootSrc = '/assets/boot-xyz.js';

  it("loads the boot script in place of the app's entry, and tells it the entry", () => {
    const html = bootOnInteraction(BUILT_SHELL, { bootSrc, marks });

    // Async: a page that must start the app at once does not wait for the rest of its HTML.
    expect(html).toContain(
      '<script type="module" async src="/assets/boot-xyz.js" data-app="/assets/index-abc.js"',
    );
    expect(html).not.toContain('<script type="module" crossorigin');
  });

  it("hands the entry's imports to the boot script instead of preloading them before the first paint", () => {
    const html = bootOnInteraction(BUILT_SHELL, { bootSrc, marks });

    expect(html).toContain('data-app-deps="/assets/jsx-runtime-1.js /assets/page-heading-2.js"');
    expect(html).not.toContain('rel="modulepreload"');
    expect(entryDependencies(BUILT_SHELL)).toEqual([
      '/assets/jsx-runtime-1.js',
      '/assets/page-heading-2.js',
    ]);
  });

  it('lists the chunks to preload when the app must start at once', () => {
    const html = bootOnInteraction(BUILT_SHELL, {
      bootSrc,
      preload: ['/assets/browser-1.js', '/assets/dataset-2.js'],
      marks: { ...marks, appPreloadAttribute: 'data-app-preload' },
    });

    expect(html).toContain('data-app-preload="/assets/browser-1.js /assets/dataset-2.js"');
  });

  it("throws when the template has no app's entry script", () => {
    const template = BUILT_SHELL.replace(/<script type="module"[^>]*><\/script>/, '');

    expect(() => bootOnInteraction(template, { bootSrc, marks })).toThrow(THROWS);
  });
});

describe('notFoundPage', () => {
  it('keeps the page out of search engines', () => {
    expect(notFoundPage(BUILT_SHELL)).toContain('<meta name="robots" content="noindex"/></head>');
  });

  it('throws when the template has no </head>', () => {
    expect(() => notFoundPage(BUILT_SHELL.replace('</head>', ''))).toThrow(THROWS);
  });
});
