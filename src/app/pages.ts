/**
 * Every page of the wiki: the path it answers and the module that holds its code, a chunk of its
 * own. The route table (routes.tsx) loads each page from here, and the build scripts
 * (scripts/route-modules.mjs) look a page's chunks up in Vite's manifest by the same module path.
 */
export interface Page {
  /** The path React Router matches, from the site's root. */
  path: string;
  /** The page's module, from the repository's root (as Vite's manifest names it). */
  module: string;
  /** The module's export that renders the page. */
  component: string;
  /**
   * How the page answers an address with a query string (`/cast?at=…`, `/search?q=…`), which is
   * served the page's prerendered HTML and starts the app at once: `embedded`, computed from the
   * data embedded for the bare address (no request); `search`, by asking the API's search. Such
   * pages are shared with a query more often than without, so their HTML fetches the app's entry
   * while it parses (scripts/prerender.mjs). Absent: any other request to the API.
   */
  query?: 'embedded' | 'search';
}

export const pages = {
  show: { path: '/', module: 'src/features/show/show-page.tsx', component: 'ShowPage' },
  characters: {
    path: '/characters',
    module: 'src/features/characters/characters-page.tsx',
    component: 'CharactersPage',
  },
  character: {
    path: '/characters/:id',
    module: 'src/features/characters/character-page.tsx',
    component: 'CharacterPage',
  },
  actors: {
    path: '/actors',
    module: 'src/features/actors/actors-page.tsx',
    component: 'ActorsPage',
  },
  actor: {
    path: '/actors/:id',
    module: 'src/features/actors/actor-page.tsx',
    component: 'ActorPage',
  },
  timeline: {
    path: '/timeline',
    module: 'src/features/timeline/timeline-page.tsx',
    component: 'TimelinePage',
  },
  leap: { path: '/leaps/:id', module: 'src/features/leaps/leap-page.tsx', component: 'LeapPage' },
  cast: {
    path: '/cast',
    module: 'src/features/timeline/cast-page.tsx',
    component: 'CastPage',
    query: 'embedded',
  },
  about: {
    path: '/about',
    module: 'src/features/about/about-page.tsx',
    component: 'AboutPage',
  },
  rumours: {
    path: '/rumours',
    module: 'src/features/rumours/rumours-page.tsx',
    component: 'RumoursPage',
  },
  search: {
    path: '/search',
    module: 'src/features/search/search-page.tsx',
    component: 'SearchPage',
    query: 'search',
  },
} as const satisfies Record<string, Page>;
