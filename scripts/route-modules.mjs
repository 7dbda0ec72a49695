// Which modules of the build each page needs, for the size report: the page's own module comes
// from the app's page table (src/app/pages.ts), its chunks from Vite's build manifest.
import { fileURLToPath } from 'node:url';
import { matchPath } from 'react-router';
import { runnerImport } from 'vite';

/**
 * The app's page table, read from its TypeScript source through Vite's module runner (Node 20
 * cannot import .ts itself). The table is plain data, so this needs no build.
 */
export async function loadPages() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { module } = await runnerImport(`${root}src/app/pages.ts`, { root, logLevel: 'warn' });
  return Object.values(module.pages);
}

/** The page (its entry in src/app/pages.ts) that shows `pathname`; throws if no page does. */
export function pageFor(pages, pathname) {
  const page = pages.find(({ path }) => matchPath(path, pathname));
  if (!page) throw new Error(`No page in src/app/pages.ts answers ${pathname}`);
  return page;
}

/** The module of the page that shows `pathname`; throws if no page does. */
export function pageModuleFor(pages, pathname) {
  return pageFor(pages, pathname).module;
}

/** A chunk and every chunk it imports statically, each once, entry first. */
export function staticClosure(manifest, key) {
  if (!manifest[key]) throw new Error(`${key} is not in the build manifest`);
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const dep of manifest[k].imports ?? []) visit(dep);
  };
  visit(key);
  return [...seen];
}

/**
 * What a page loads only after its first paint: the modules its own chunks (those the app has
 * not loaded already) import dynamically, such as the timeline's chart. Derived from the build,
 * so a page that defers a module with `React.lazy` needs no entry here.
 */
export function deferredModulesFor(manifest, pageKey, appKeys) {
  const own = staticClosure(manifest, pageKey).filter((key) => !appKeys.has(key));
  return [...new Set(own.flatMap((key) => manifest[key].dynamicImports ?? []))];
}
