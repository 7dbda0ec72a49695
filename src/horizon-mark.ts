/**
 * The one script in a page's <head>, loaded as a classic blocking script before anything is
 * painted. When the reader has set a spoiler horizon (in the address or on this device) it marks
 * <html> with it and adds one CSS rule that hides every prerendered fact dated after it, so the
 * first paint holds no spoiler; the app later renders the page with the horizon applied and the
 * rule stops matching. It must stay tiny: it is on every page's critical path.
 */
import {
  HORIZON_ATTRIBUTE,
  HORIZON_FALLBACK_ATTRIBUTE,
  HORIZON_STORAGE_KEY,
  chooseHorizon,
  hiddenFactsSelector,
} from './lib/horizon';

function remembered(): string | null {
  try {
    return localStorage.getItem(HORIZON_STORAGE_KEY);
  } catch {
    // Storage blocked (some in-app browsers, private modes): only a link can carry a horizon.
    return null;
  }
}

const horizon = chooseHorizon(location.search, remembered());
if (horizon) {
  document.documentElement.setAttribute(HORIZON_ATTRIBUTE, horizon);
  const rule = `${hiddenFactsSelector(horizon, new Date().getFullYear() + 1)}{display:none!important}`;
  // A constructed stylesheet: the Content-Security-Policy governs <style> elements and style
  // attributes, not the CSS object model, and it needs no stylesheet to be parsed yet, so this
  // script can sit first in <head> and be fetched while the rest of the page downloads.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed stylesheets (Safari before 16.4): the stylesheet's fallback
    // rule hides every dated fact until the app has applied the horizon.
    document.documentElement.setAttribute(HORIZON_FALLBACK_ATTRIBUTE, '');
  }
}
