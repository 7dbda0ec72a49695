import { useState } from 'react';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; url: string };

/**
 * Copies the address of `path` (the view as shown, without any value that could not be used).
 * Where the clipboard is out of reach (an old browser, a page not served over HTTPS, a denied
 * permission) it shows the link in a box to copy by hand instead. The outcome is announced
 * politely.
 */
export function CopyLinkButton({ path, label = 'Copy link' }: { path: string; label?: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function copy() {
    const url = new URL(path, window.location.origin).href;
    try {
      if (!navigator.clipboard) throw new Error('No clipboard in this browser');
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'fallback', url });
    }
  }

  return (
    <div className="tl-actions">
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {label}
      </button>
      <p role="status" className="muted tl-copy-status">
        {outcome.kind === 'copied' && 'Link copied: whoever opens it sees this same view.'}
        {outcome.kind === 'fallback' &&
          'Your browser would not let the wiki copy the link. Copy it from the box below.'}
      </p>
      {outcome.kind === 'fallback' && (
        <label className="tl-copy-fallback">
          Link to this view
          <input readOnly value={outcome.url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
