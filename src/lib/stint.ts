/** Wording for a stint's span, shared by pages and the mock API's search context lines. */
import { formatPartialDate, yearOf } from './partial-date';

export interface StintSpan {
  from: string | null;
  to: string | null;
  status: 'ongoing' | 'ended' | 'unknown';
  asOf?: string | null;
}

/** "Jul 2020 – 26 Jul 2022", "Jul 2020 – present (as of Mar 2026)", "unknown – 2022". */
export function formatStint(span: StintSpan): string {
  const from = span.from ? formatPartialDate(span.from) : 'unknown';
  let to: string;
  if (span.to) to = formatPartialDate(span.to);
  else if (span.status === 'ongoing')
    to = span.asOf ? `present (as of ${formatPartialDate(span.asOf)})` : 'present';
  else to = 'unknown';
  return `${from} – ${to}`;
}

/** Years only: "2020–2022", "2024–" for ongoing, "?" where unknown. */
export function formatStintYears(span: StintSpan): string {
  const from = span.from ? String(yearOf(span.from)) : '?';
  if (span.to) {
    const to = String(yearOf(span.to));
    return from === to ? from : `${from}–${to}`;
  }
  return span.status === 'ongoing' ? `${from}–` : `${from}–?`;
}
