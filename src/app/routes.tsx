import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ActorPage } from '../features/actors/actor-page';
import { ActorsPage } from '../features/actors/actors-page';
import { actorLoader, actorsLoader } from '../features/actors/queries';
import { CharacterPage } from '../features/characters/character-page';
import { CharactersPage } from '../features/characters/characters-page';
import { characterLoader, charactersLoader } from '../features/characters/queries';
import { SearchPage } from '../features/search/search-page';
import { searchLoader } from '../features/search/queries';
import { showLoader } from '../features/show/queries';
import { ShowPage } from '../features/show/show-page';
import { keepDataOnSearchChange, timelineLoader } from '../features/timeline/queries';
import { Loading, NotFound } from '../components/states';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/** The route table, shared by the browser router and tests; loaders prefetch into `queryClient`. */
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
            { index: true, element: <ShowPage />, loader: showLoader(queryClient) },
            {
              path: 'characters',
              element: <CharactersPage />,
              loader: charactersLoader(queryClient),
            },
            {
              path: 'characters/:id',
              element: <CharacterPage />,
              loader: characterLoader(queryClient),
            },
            { path: 'actors', element: <ActorsPage />, loader: actorsLoader(queryClient) },
            { path: 'actors/:id', element: <ActorPage />, loader: actorLoader(queryClient) },
            {
              // The chart's code (and d3) loads with the page, in parallel with its data, so
              // no other page's first load grows.
              path: 'timeline',
              loader: timelineLoader(queryClient),
              shouldRevalidate: keepDataOnSearchChange,
              lazy: {
                Component: async () =>
                  (await import('../features/timeline/timeline-page')).TimelinePage,
              },
            },
            {
              path: 'cast',
              loader: timelineLoader(queryClient),
              shouldRevalidate: keepDataOnSearchChange,
              lazy: {
                Component: async () => (await import('../features/timeline/cast-page')).CastPage,
              },
            },
            { path: 'search', element: <SearchPage />, loader: searchLoader(queryClient) },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}
