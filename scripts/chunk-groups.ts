import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Three chunks for the small modules the content pages share, in place of one chunk per module.
 *
 * Left to itself the bundler gives every set of pages that shares code a chunk of its own, which
 * split an actor page's own code over 17 files of 0.2-2.5 KB. Each is compressed alone, so none
 * profits from the others' repeated words, and each carries its own imports and exports: the same
 * code was 12.3 KB gzip as 17 files and 8.5 KB as one. Grouped, the pages over the 130 KB boot
 * target (issue 13) fell under it: an actor page 131.6 → 129.6 KB, a character page
 * 131.1 → 129.5, `/timeline` 131.1 → 129.7, `/cast` 129.9 → 129.1. Pages that use only part of a
 * group load all of it: `/characters` 124.3 → 127.5, `/` 127.2 → 128.9, still under the target.
 *
 * - `page-kit`: dates, labels, stints and the spoiler fold, which nearly every content page uses
 *   (and the search engine too);
 * - `story-kit`: event lists, badges and glossary terms, for the pages that tell the story (the
 *   show, characters, actors, leaps, the timeline);
 * - `person-kit`: what only the character and actor pages use (the lead sentence, the infobox,
 *   rumours, the feed link).
 *
 * Only the listed modules are moved (`includeDependenciesRecursively: false`): their imports stay
 * where they were, so nothing the app's entry imports is pulled into a group (which would make the
 * entry load the group). A module listed here that the entry comes to import would do just that:
 * `npm run size` shows it.
 */
const GROUPS = {
  'person-kit': [
    'src/components/follow-feed.tsx',
    'src/components/infobox.tsx',
    'src/components/on-this-page.tsx',
    'src/components/rumour-list.tsx',
    'src/lib/lead.ts',
    'src/lib/person-as-of.ts',
    'src/lib/rumour-as-of.ts',
  ],
  'story-kit': [
    'src/components/badges.tsx',
    'src/components/event-list.tsx',
    'src/components/people-chips.tsx',
    'src/lib/glossary.ts',
  ],
  'page-kit': [
    'src/components/date-text.tsx',
    'src/components/spoiler-fold.tsx',
    'src/lib/as-of.ts',
    'src/lib/labels.ts',
    'src/lib/stint.ts',
  ],
};

const root = fileURLToPath(new URL('..', import.meta.url));

/** The groups as the bundler's `codeSplitting` option takes them. */
export function chunkGroups() {
  const groups = Object.entries(GROUPS).map(([name, files]) => {
    // A renamed or moved module would silently fall out of its group: stop the build instead.
    for (const file of files) {
      if (!existsSync(root + file)) throw new Error(`scripts/chunk-groups.ts: no ${file}`);
    }
    const ids = new Set(files.map((file) => root + file));
    return { name, test: (id: string) => ids.has(id) };
  });
  return { includeDependenciesRecursively: false, groups };
}
