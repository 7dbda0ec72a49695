/**
 * The attributes through which a prerendered page tells src/boot.ts what it holds. The
 * prerenderer writes them (scripts/prerender.mjs, which reads these names through
 * src/entry-server.tsx). Kept apart from the app's code so that the boot script stays a few
 * hundred bytes with no chunk of the app's to wait for.
 */

/** On `<html>`: the address (path and query) the page was rendered for. */
export const PAGE_URL_ATTRIBUTE = 'data-page';

/** On the boot script's `<script>` element: the URL of the app's entry chunk, to load on boot. */
export const APP_SCRIPT_ATTRIBUTE = 'data-app';

/**
 * On the boot script's `<script>` element: the chunks (space-separated URLs) a page that must start
 * the app at once also needs at once: the in-page mock API, the dataset and the search engine.
 * Fetched in parallel with the app instead of one after the other.
 */
export const APP_PRELOAD_ATTRIBUTE = 'data-app-preload';

/**
 * On the boot script's `<script>` element: the chunks (space-separated URLs) the app's entry
 * imports statically. Vite would put them in `<link rel="modulepreload">` tags, which make a phone
 * download about 38 KB of script while the first paint waits for the same connection; the boot
 * script fetches them itself once the page has loaded, or at once when the app starts.
 */
export const APP_DEPS_ATTRIBUTE = 'data-app-deps';

/**
 * On `<html>`: the reader's spoiler horizon, set by the head script (src/horizon-mark.ts) before
 * the first paint. A page with one starts the app at once, to fold what the horizon hides.
 * src/lib/horizon.ts names the same attribute (a unit test keeps the two equal): importing it
 * from there would tie the boot script to a chunk of the app's.
 */
export const HORIZON_MARK_ATTRIBUTE = 'data-upto';
