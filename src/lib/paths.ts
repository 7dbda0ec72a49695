import { toWellFormed } from './text';

/** The wiki's page URLs, part of its contract with fans' bookmarks: change them never. */
export const paths = {
  home: () => '/',
  characters: () => '/characters',
  character: (id: string) => `/characters/${encodeURIComponent(id)}`,
  actors: () => '/actors',
  actor: (id: string) => `/actors/${encodeURIComponent(id)}`,
  timeline: () => '/timeline',
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(toWellFormed(q))}` : '/search'),
};
