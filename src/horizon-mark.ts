/**
 * The one script in a page's <head>, loaded as a classic blocking script before anything is
 * painted. When the reader has set a spoiler horizon (in the address or on this device) it marks
 * <html> with it and adds one CSS rule that hides every prerendered fact dated after it, so the
 * first paint holds no spoiler; the app later renders the page with the horizon applied and the
 * rule stops matching. It must stay tiny: it is on every page's critical path.
 */
import {
  HORIZON_ATTRIBUTE,
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
  // Added through the CSS object model, which the Content-Security-Policy allows (a new <style>
  // element would need a hash). Prerendered pages have their stylesheet inline, before this
  // script; in development Vite adds styles later, and a <style> element is allowed there.
  const sheet = document.styleSheets[0];
  if (sheet) sheet.insertRule(rule, sheet.cssRules.length);
  else document.head.append(Object.assign(document.createElement('style'), { textContent: rule }));
}
