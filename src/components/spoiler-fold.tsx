/**
 * What a page shows of a list when the reader has set a spoiler horizon: the items that aired by
 * then, and a line saying how many later ones are hidden, with a button that shows them.
 */
import { useMemo, useState } from 'react';
import { splitByHorizon } from '../lib/horizon';
import { useHorizon } from '../lib/use-horizon';

export interface SpoilerFold<T> {
  /** What to render: the items before the horizon, or all of them once the reader asks. */
  items: T[];
  /** How many are hidden now (0 once shown, or with no horizon). */
  hiddenCount: number;
  show: () => void;
}

export function useSpoilerFold<T>(
  items: readonly T[],
  dateOf: (item: T) => string | null | undefined,
): SpoilerFold<T> {
  const horizon = useHorizon();
  const [open, setOpen] = useState(false);
  const { shown, hidden } = useMemo(
    () => splitByHorizon(items, dateOf, horizon),
    // dateOf is a rule of the caller's, not data: a new function each render must not resplit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, horizon],
  );
  return open
    ? { items: [...items], hiddenCount: 0, show: () => undefined }
    : { items: shown, hiddenCount: hidden.length, show: () => setOpen(true) };
}

/**
 * The one line that stands in for what a spoiler horizon hides: what is hidden and why, then a
 * Show button whose name says what it shows ("Show later roles (may spoil what you have not
 * watched)").
 */
export function HiddenNotice({
  text,
  shows,
  onShow,
}: {
  text: React.ReactNode;
  /** What the button shows, as its name goes on: "later roles", "every result". */
  shows: string;
  onShow: () => void;
}) {
  return (
    <p className="hidden-later">
      <span>{text}</span> <span aria-hidden="true">·</span>{' '}
      <button type="button" className="link-button" onClick={onShow}>
        Show <span className="visually-hidden">{shows} (may spoil what you have not watched)</span>
      </button>
    </p>
  );
}

/** "2 later changes hidden · Show", or nothing when nothing is hidden. */
export function HiddenLater({
  count,
  noun = ['later change', 'later changes'],
  onShow,
}: {
  count: number;
  /** Singular and plural: ["later role", "later roles"]. */
  noun?: readonly [string, string];
  onShow: () => void;
}) {
  if (count === 0) return null;
  const what = count === 1 ? noun[0] : noun[1];
  return <HiddenNotice text={`${count} ${what} hidden`} shows={what} onShow={onShow} />;
}
