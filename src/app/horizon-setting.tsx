/**
 * "I've watched up to …" in the header: the reader's spoiler horizon, chosen as a leap, a month or
 * a day, remembered on this device and carried by `?upto=` in links they share.
 */
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  HORIZON_APPLIED_ATTRIBUTE,
  HORIZON_ATTRIBUTE,
  HORIZON_PARAM,
  formatHorizon,
  parseHorizon,
  type Horizon,
} from '../lib/horizon';
import { rememberHorizon, useHorizon, useIsClient } from '../lib/use-horizon';

// The panel's code and styles load when a reader opens it: every page carries the button only.
const HorizonPanel = lazy(async () => ({
  default: (await import('./horizon-panel')).HorizonPanel,
}));

/** Keeps <html> telling CSS and tests which horizon the rendered page applies. */
function useMarkDocument(horizon: Horizon, isClient: boolean): void {
  useEffect(() => {
    if (!isClient) return;
    const html = document.documentElement;
    if (horizon) html.setAttribute(HORIZON_ATTRIBUTE, horizon);
    else html.removeAttribute(HORIZON_ATTRIBUTE);
    // The page now renders with the horizon itself: the head script's early hiding can stop.
    html.setAttribute(HORIZON_APPLIED_ATTRIBUTE, '');
  }, [horizon, isClient]);
}

/**
 * A horizon that arrives in a link becomes this device's setting, so that the pages the reader
 * opens next (whose links carry no `?upto=`) stay spoiler-safe.
 */
function useAdoptLinkHorizon(isClient: boolean): string | null {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(HORIZON_PARAM);
  const parsed = parseHorizon(fromUrl);
  const adopt = isClient && fromUrl !== null && parsed.ok ? parsed.horizon : undefined;
  useEffect(() => {
    if (adopt === undefined) return;
    if (rememberHorizon(adopt)) {
      // Remembered: the address no longer needs it (and a copied link gets it from the button).
      setParams(
        (next) => {
          next.delete(HORIZON_PARAM);
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    }
  }, [adopt, setParams]);
  return isClient && !parsed.ok ? parsed.message : null;
}

/**
 * Closes the panel on Escape (focus back on its button), on a tap or click outside it, and when
 * keyboard focus moves on past it.
 */
function useDismiss(details: React.RefObject<HTMLDetailsElement | null>, open: boolean) {
  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      const element = details.current;
      if (element && event.target instanceof Node && !element.contains(event.target)) {
        element.open = false;
      }
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [details, open]);

  return {
    onKeyDown(event: React.KeyboardEvent<HTMLDetailsElement>) {
      if (event.key !== 'Escape' || !event.currentTarget.open) return;
      event.preventDefault();
      event.currentTarget.open = false;
      event.currentTarget.querySelector('summary')?.focus();
    },
    onBlur(event: React.FocusEvent<HTMLDetailsElement>) {
      // Focus that goes nowhere (a native date picker, another window) leaves the panel open.
      const next = event.relatedTarget;
      if (next instanceof Node && !event.currentTarget.contains(next)) {
        event.currentTarget.open = false;
      }
    },
  };
}

/** How long the line that confirms a new setting stays up. */
const FEEDBACK_MS = 6000;

export function HorizonSetting() {
  const isClient = useIsClient();
  const horizon = useHorizon();
  const linkError = useAdoptLinkHorizon(isClient);
  useMarkDocument(horizon, isClient);
  const [, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const dismiss = useDismiss(details, open);
  const [copied, setCopied] = useState(false);
  const [feedback, setFeedback] = useState<string | null>(null);

  useEffect(() => {
    if (feedback === null) return;
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  function apply(next: Horizon) {
    if (!rememberHorizon(next)) {
      // Storage is blocked here: the address carries the horizon instead.
      setParams(
        (params) => {
          if (next) params.set(HORIZON_PARAM, next);
          else params.delete(HORIZON_PARAM);
          return params;
        },
        { replace: true, preventScrollReset: true },
      );
    }
    setCopied(false);
    setFeedback(
      next
        ? `Done: every page now hides what aired after ${formatHorizon(next)}.`
        : 'Done: every page shows everything again, the latest episodes included.',
    );
    const element = details.current;
    if (element) {
      element.open = false;
      // The control that was used goes away with the panel: focus returns to its button.
      element.querySelector('summary')?.focus();
    }
  }

  async function copyLink() {
    const url = new URL(location.href);
    if (horizon) url.searchParams.set(HORIZON_PARAM, horizon);
    try {
      await navigator.clipboard.writeText(url.href);
      setCopied(true);
    } catch {
      // No clipboard in this browser (or no permission): the reader can copy from the prompt.
      window.prompt('Copy this spoiler-safe link:', url.href);
    }
  }

  return (
    <>
      <div className="horizon-setting">
        <details
          ref={details}
          onToggle={(event) => setOpen(event.currentTarget.open)}
          onKeyDown={dismiss.onKeyDown}
          onBlur={dismiss.onBlur}
          className="horizon-details"
        >
          <summary>
            <span className="horizon-kicker">I&rsquo;ve watched</span>{' '}
            <span className="horizon-value">
              {horizon ? `to ${formatHorizon(horizon)}` : 'everything'}
            </span>
            <span className="visually-hidden">: change what is hidden</span>
          </summary>
          {/* Built when opened: the panel's controls stay out of every page's markup until asked. */}
          {open && (
            <Suspense fallback={<p className="horizon-loading">Loading…</p>}>
              <HorizonPanel
                horizon={horizon}
                apply={apply}
                copied={copied}
                onCopy={() => void copyLink()}
              />
            </Suspense>
          )}
        </details>
      </div>
      {/* A row of its own under the header's controls, so a message never squeezes them. */}
      <p className="horizon-message" role="status">
        {linkError ?? feedback}
      </p>
    </>
  );
}
