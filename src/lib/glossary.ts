/**
 * The wiki's key, word for word: the "About this wiki" page explains each symbol with these
 * sentences, and the timeline chart's legend uses the same ones, so both say the same thing.
 */
export const glossary = {
  fadingEnd:
    'Fading end: the date is known only to the month or year, or (marked “unknown”) not at all, and no later report places the actor in the role',
  paleBar:
    'Pale, probably in the role: an ongoing role after its latest report (drawn up to the newest source), or one reported again later with nothing in between',
  leapBand: 'Leap in the story (a shaded band when only the month or year is known)',
  asOfMarker: 'As of: the date of the newest source',
  asOf: '“As of” a date: what the latest report we hold, from that date, says; anything later is not known yet',
  star: '★ before a name: an actor (names without it are characters)',
} as const;

/** Where the key explains each symbol, as fragments of the About page. */
export const aboutSections = {
  sources: 'sources',
  footnotes: 'footnotes',
  confidence: 'confidence',
  disputes: 'disputes',
  dates: 'dates',
  asOf: 'as-of',
  symbols: 'symbols',
} as const;
