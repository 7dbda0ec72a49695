/**
 * How each kind of search result is shown: its group's heading, the word for one of it, how many
 * the header's popup lists, and where it links. The search page and the popup both read this, so
 * a new kind is one entry here (TypeScript asks for it once the contract names the kind).
 */
import type { SearchHit, SearchKind } from '../../api/search-schemas';
import { paths } from '../../lib/paths';

interface KindView {
  label: string;
  noun: string;
  /** Options listed in the header's popup; the search page lists them all. */
  preview: number;
  path: (hit: Pick<SearchHit, 'id'> & Partial<Pick<SearchHit, 'timeline'>>) => string;
}

/** The timeline filtered to an event's type and its first character, where the event is drawn. */
function eventPath(timeline: SearchHit['timeline'] | undefined): string {
  const filter = new URLSearchParams();
  if (timeline?.character) filter.set('character', timeline.character);
  if (timeline) filter.set('type', timeline.type);
  return paths.timeline(filter);
}

export const searchKinds: Record<SearchKind, KindView> = {
  character: {
    label: 'Characters',
    noun: 'character',
    preview: 5,
    path: (hit) => paths.character(hit.id),
  },
  actor: { label: 'Actors', noun: 'actor', preview: 5, path: (hit) => paths.actor(hit.id) },
  leap: { label: 'Leaps', noun: 'leap', preview: 5, path: (hit) => paths.leap(hit.id) },
  event: {
    label: 'Cast changes',
    noun: 'cast change',
    preview: 3,
    path: (hit) => eventPath(hit.timeline),
  },
  // Each rumour is an entry of the rumours page, with its id as the anchor.
  rumour: {
    label: 'Rumours',
    noun: 'rumour',
    preview: 3,
    path: (hit) => `${paths.rumours()}#${hit.id}`,
  },
};
