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
  return (
    <p className="hidden-later">
      <span>
        {count} {count === 1 ? noun[0] : noun[1]} hidden
      </span>{' '}
      <span aria-hidden="true">·</span>{' '}
      <button type="button" className="link-button" onClick={onShow}>
        Show{' '}
        <span className="visually-hidden">
          {count === 1 ? noun[0] : noun[1]} (may spoil what you have not watched)
        </span>
      </button>
    </p>
  );
}
