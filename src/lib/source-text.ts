/** How a source is named in a reference list and to screen readers. */
import type { Source } from '../api/schemas';
import { formatPartialDate } from './partial-date';

/** "Pinkvilla, 27 Jul 2022", or "Pinkvilla, date unknown". */
export function outletAndDate(source: Source): string {
  return `${source.outlet}, ${source.published ? formatPartialDate(source.published) : 'date unknown'}`;
}

/** Only web links become anchors; anything else is shown as text, never followed. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
