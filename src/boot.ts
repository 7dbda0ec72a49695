/**
 * The one script of a prerendered page, in place of the app's entry. A prerendered page is
 * complete without script: its links are real links, its search box a GET form, its chart bars
 * links to the actors. So the app (client-side navigation, the search combobox, the chart's
 * keyboard and details, the mock API) starts on the fan's first interaction or after a few seconds
 * of reading, whichever comes first; until then the phone's main thread and connection serve the
 * page alone. Pages that were not prerendered (the 404 page, dev) load the app's entry directly.
 */
import {
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

/** Starts downloading (and compiling) what the app will ask for next, while it loads. */
function preloadData(): void {
  const urls =
    document
      .querySelector(`script[${APP_PRELOAD_ATTRIBUTE}]`)
      ?.getAttribute(APP_PRELOAD_ATTRIBUTE)
      ?.split(' ')
      .filter(Boolean) ?? [];
  for (const href of urls) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
let timer: ReturnType<typeof setTimeout> | undefined;

function boot(): void {
  clearTimeout(timer);
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
  preloadData();
  boot();
} else {
  for (const type of BOOT_EVENTS) addEventListener(type, boot, { capture: true, passive: true });
  timer = setTimeout(boot, BOOT_AFTER_MS);
}
