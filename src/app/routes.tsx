import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { actorLoader, actorsLoader } from '../features/actors/queries';
import { characterLoader, charactersLoader } from '../features/characters/queries';
import { leapLoader } from '../features/leaps/queries';
import { rumoursLoader } from '../features/rumours/queries';
import { searchLoader } from '../features/search/queries';
import { showLoader } from '../features/show/queries';
import { castLoader, keepDataOnSearchChange, timelineLoader } from '../features/timeline/queries';
import { Loading, NotFound } from '../components/states';
import { DATA_NOT_EMBEDDED } from './hydration';
import { pages, type Page } from './pages';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/** Every page module, each loaded on demand as a chunk of its own; keyed by path from the root. */
const pageModules = import.meta.glob<Record<string, ComponentType | undefined>>(
  '/src/features/*/*-page.tsx',
);

/**
 * A page's place in the route table: its path (the home page is the index route) and its code,
 * loaded on demand.
 */
function pageRoute(page: Page) {
  const load = pageModules[`/${page.module}`];
  if (!load) throw new Error(`No page module at ${page.module}`);
  const lazy = async () => {
    const Component = (await load())[page.component];
    if (!Component) throw new Error(`${page.module} has no export ${page.component}`);
    return { Component };
  };
  return page.path === '/' ? { index: true as const, lazy } : { path: page.path, lazy };
}

/**
 * The route table, shared by the browser router, the prerenderer and tests. Loaders are small
 * and load eagerly, prefetching into `queryClient`; each page's code is a chunk of its own, fetched
 * alongside its data, so no page makes another's first load heavier.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: (
        <RootLayout>
          <RouteError />
        </RootLayout>
      ),
      hydrateFallbackElement: (
        <RootLayout>
          <Loading />
        </RootLayout>
      ),
      children: [
        {
          // Page errors render inside the layout, so the header and search stay usable.
          errorElement: <RouteError />,
          children: [
            { ...pageRoute(pages.show), loader: showLoader(queryClient) },
            { ...pageRoute(pages.characters), loader: charactersLoader(queryClient) },
            { ...pageRoute(pages.character), loader: characterLoader(queryClient) },
            { ...pageRoute(pages.actors), loader: actorsLoader(queryClient) },
            { ...pageRoute(pages.actor), loader: actorLoader(queryClient) },
            {
              ...pageRoute(pages.timeline),
              loader: timelineLoader(queryClient),
              shouldRevalidate: keepDataOnSearchChange,
              handle: DATA_NOT_EMBEDDED,
            },
            { ...pageRoute(pages.leap), loader: leapLoader(queryClient) },
            { ...pageRoute(pages.search), loader: searchLoader(queryClient) },
            pageRoute(pages.about),
            { ...pageRoute(pages.rumours), loader: rumoursLoader(queryClient) },
            {
              ...pageRoute(pages.cast),
              loader: castLoader(queryClient),
              shouldRevalidate: keepDataOnSearchChange,
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}
