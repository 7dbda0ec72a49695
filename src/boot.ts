/**
 * The one script of a prerendered page, in place of the app's entry. A prerendered page is
 * complete without script: its links are real links, its search box a GET form, its chart bars
 * links to the actors. So the app (client-side navigation, the search combobox, the chart's
 * keyboard and details, the mock API) starts on the fan's first interaction or after a few seconds
 * of reading, whichever comes first; until then the phone's main thread and connection serve the
 * page alone. Pages that were not prerendered (the 404 page, dev) load the app's entry directly.
 */
import {
  APP_DEPS_ATTRIBUTE,
  APP_PRELOAD_ATTRIBUTE,
  APP_SCRIPT_ATTRIBUTE,
  HORIZON_MARK_ATTRIBUTE,
  PAGE_URL_ATTRIBUTE,
} from './app/boot-attributes';

const BOOT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin'] as const;
const BOOT_AFTER_MS = 5000;

function appScriptUrl(): string {
  const url = document
    .querySelector(`script[${APP_SCRIPT_ATTRIBUTE}]`)
    ?.getAttribute(APP_SCRIPT_ATTRIBUTE);
  if (!url) throw new Error(`The boot script's element has no ${APP_SCRIPT_ATTRIBUTE} attribute`);
  return url;
}

const appScript = appScriptUrl();

/**
 * Starts downloading (and compiling) a chunk, once: not if the page, or an earlier call, already
 * added a preload for it (/cast and /search carry the chunks they need as link tags).
 */
function preload(href: string): void {
  if (document.querySelector(`link[rel="modulepreload"][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

/** The chunks (space-separated URLs) the boot script's element lists in `attribute`. */
const listed = (attribute: string): string[] =>
  document
    .querySelector(`script[${attribute}]`)
    ?.getAttribute(attribute)
    ?.split(' ')
    .filter(Boolean) ?? [];

/**
 * The app's entry and its imports, fetched once the page has loaded and the main thread is idle:
 * after the first paint (which they would delay on a slow connection), and usually before the
 * fan's first tap, which then starts the app without those round trips (the app starts after a few
 * seconds anyway, so nothing is fetched that would not be). Not on Save-Data: they come with the
 * app.
 */
function warmAppWhenIdle(): void {
  // The test of lib/save-data.ts, written out: an import would become a chunk of its own.
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  const warm = () => [appScript, ...listed(APP_DEPS_ATTRIBUTE)].forEach(preload);
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(warm, { timeout: 2000 })
      : setTimeout(warm, 200);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

let timer: ReturnType<typeof setTimeout> | undefined;

function boot(): void {
  clearTimeout(timer);
  listed(APP_DEPS_ATTRIBUTE).forEach(preload);
  for (const type of BOOT_EVENTS) removeEventListener(type, boot, true);
  // A URL known only once the app is built, which the prerenderer hands over in the page.
  void import(/* @vite-ignore */ appScript);
}

// A page served for another address (/search?q=… answered with the bare search page) must show
// what was asked for, which takes the app: start it at once. So must a page read with a spoiler
// horizon: until the app applies it, the head script keeps whole sections folded. That script
// comes first in <head> and blocks the parser, so this one, found after it, always runs later.
const renderedFor = document.documentElement.getAttribute(PAGE_URL_ATTRIBUTE);
if (
  renderedFor !== location.pathname + location.search ||
  document.documentElement.hasAttribute(HORIZON_MARK_ATTRIBUTE)
) {
  listed(APP_PRELOAD_ATTRIBUTE).forEach(preload);
  boot();
} else {
  warmAppWhenIdle();
  for (const type of BOOT_EVENTS) addEventListener(type, boot, { capture: true, passive: true });
  timer = setTimeout(boot, BOOT_AFTER_MS);
}
