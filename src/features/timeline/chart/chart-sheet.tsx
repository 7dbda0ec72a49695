import { useEffect, useId, useRef } from 'react';
import { paths } from '../../../lib/paths';
import { StintDetails } from './chart-tooltip';
import type { ChartBar } from './chart-types';

/**
 * A stint's details after a tap on its bar: on a touch screen there is no hover, and a tap that
 * opened the actor at once would leave the dates and the ending unseen. A sheet along the foot of
 * the screen, out of the scrolling frame's way, with a link to the actor and a Close button; it
 * also closes with Escape or a tap elsewhere. It takes focus when it opens, so a screen reader
 * reads it next, and hands it back to the bar when it closes.
 */
export function ChartSheet({
  bar,
  onClose,
  onOpen,
}: {
  bar: ChartBar;
  onClose: (restoreFocus: boolean) => void;
  onOpen: (href: string) => void;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const p = bar.portrayal;
  const href = paths.actor(p.actor.id);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [bar]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const sheet = ref.current;
      if (sheet && event.target instanceof Node && !sheet.contains(event.target)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  return (
    <div
      ref={ref}
      className="tl-sheet"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose(true);
      }}
    >
      <StintDetails portrayal={p} titleId={titleId} hint={false} />
      <div className="tl-sheet-actions">
        <a
          className="button"
          href={href}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(href);
          }}
        >
          Open {p.actor.name}’s page
        </a>
        <button type="button" className="button button-secondary" onClick={() => onClose(true)}>
          Close
        </button>
      </div>
    </div>
  );
}
