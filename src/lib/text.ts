/**
 * Text that came from a person (a search query) made safe to pass on: into a URL, a page title.
 * The text itself is always rendered as text; these only handle what text alone cannot.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates become U+FFFD: `encodeURIComponent` throws on them, and no name has one. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Without control and format characters (bidi overrides, zero-width joiners, NUL), for places
 * that cannot isolate them, such as the document title, where a right-to-left override would
 * turn the rest of the title around.
 */
export function withoutControls(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, '');
}

/** True when `text` has a letter or a digit, in any script: something a search can match. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Typed text quoted in a message, cut short so a pasted essay cannot push the page apart. */
export function quoteInput(value: string, max = 40): string {
  return `“${value.length > max ? `${value.slice(0, max)}…` : value}”`;
}

/** Ends a phrase used as a lead-in ("Who left at the leap?") with a full stop, unless it has one. */
export function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.?!…:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
