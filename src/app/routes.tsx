import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { actorLoader, actorsLoader } from '../features/actors/queries';
import { characterLoader, charactersLoader } from '../features/characters/queries';
import { searchLoader } from '../features/search/queries';
import { showLoader } from '../features/show/queries';
import { keepDataOnSearchChange, timelineLoader } from '../features/timeline/queries';
import { Loading, NotFound } from '../components/states';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

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
            {
              index: true,
              loader: showLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/show/show-page')).ShowPage,
              }),
            },
            {
              path: 'characters',
              loader: charactersLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/characters/characters-page')).CharactersPage,
              }),
            },
            {
              path: 'characters/:id',
              loader: characterLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/characters/character-page')).CharacterPage,
              }),
            },
            {
              path: 'actors',
              loader: actorsLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/actors/actors-page')).ActorsPage,
              }),
            },
            {
              path: 'actors/:id',
              loader: actorLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/actors/actor-page')).ActorPage,
              }),
            },
            {
              // The chart's code (and d3) loads with the page, in parallel with its data.
              path: 'timeline',
              loader: timelineLoader(queryClient),
              shouldRevalidate: keepDataOnSearchChange,
              lazy: async () => ({
                Component: (await import('../features/timeline/timeline-page')).TimelinePage,
              }),
            },
            {
              path: 'search',
              loader: searchLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/search/search-page')).SearchPage,
              }),
            },
            {
              path: 'cast',
              loader: timelineLoader(queryClient),
              shouldRevalidate: keepDataOnSearchChange,
              lazy: async () => ({
                Component: (await import('../features/timeline/cast-page')).CastPage,
              }),
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}
