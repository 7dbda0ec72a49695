import { formatPartialDate } from '../lib/partial-date';
import { formatStint, type StintSpan } from '../lib/stint';

/** A date at its own precision; `null` reads "unknown" rather than vanishing. */
export function DateText({ value }: { value: string | null }) {
  if (value === null) return <span className="unknown">unknown</span>;
  return <time dateTime={value}>{formatPartialDate(value)}</time>;
}

/** "from – to" with "present (as of …)" for ongoing roles and "unknown" for missing ends. */
export function StintText(span: StintSpan) {
  return <span className="stint">{formatStint(span)}</span>;
}

/** A date known only to a window, e.g. "May – Jun 2022". */
export function DateWindow({ date, until }: { date: string; until: string | null }) {
  if (!until) return <DateText value={date} />;
  return (
    <span>
      <DateText value={date} /> – <DateText value={until} />
    </span>
  );
}
