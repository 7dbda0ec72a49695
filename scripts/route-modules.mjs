// Which source module holds each page's code, as in src/app/routes.tsx's lazy imports; the
// build manifest maps these to chunks for the size report and the prerendered preload links.
const PAGE_MODULES = [
  [/^\/$/, 'src/features/show/show-page.tsx'],
  [/^\/characters$/, 'src/features/characters/characters-page.tsx'],
  [/^\/characters\/[^/]+$/, 'src/features/characters/character-page.tsx'],
  [/^\/actors$/, 'src/features/actors/actors-page.tsx'],
  [/^\/actors\/[^/]+$/, 'src/features/actors/actor-page.tsx'],
  [/^\/timeline$/, 'src/features/timeline/timeline-page.tsx'],
  [/^\/cast$/, 'src/features/timeline/cast-page.tsx'],
  [/^\/search$/, 'src/features/search/search-page.tsx'],
];

/** Page code a page loads only once the browser is idle after the first paint. */
const DEFERRED_MODULES = [
  [/^\/timeline$/, ['src/features/timeline/chart/timeline-chart-panel.tsx']],
  [/^\/cast$/, ['src/features/timeline/chart/cast-chart-panel.tsx']],
];

export function deferredModulesFor(pathname) {
  return DEFERRED_MODULES.find(([pattern]) => pattern.test(pathname))?.[1] ?? [];
}

export function pageModuleFor(pathname) {
  return PAGE_MODULES.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

/** A chunk and every chunk it imports statically, each once, entry first. */
export function staticClosure(manifest, key) {
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k) || !manifest[k]) return;
    seen.add(k);
    for (const dep of manifest[k].imports ?? []) visit(dep);
  };
  visit(key);
  return [...seen];
}
