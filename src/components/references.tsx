import { startTransition, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { airedAttribute } from '../lib/horizon';
import { useIsClient } from '../lib/use-horizon';
import { citeId, referenceId, type Reference } from '../lib/reference-registry';
import { isWebUrl, outletAndDate } from '../lib/source-text';
import { ReferencesContext } from './sources';

/** Lists longer than this start folded, so a long page stays short on a phone. */
const FOLD_AFTER = 8;

const useLetters = 'abcdefghijklmnopqrstuvwxyz';

function BackLinks({ reference }: { reference: Reference }) {
  const { n, uses } = reference;
  if (uses === 1) {
    return (
      <a
        className="ref-back"
        href={`#${citeId({ n, use: 1 })}`}
        aria-label={`Back to where reference ${n} is cited`}
      >
        ↑
      </a>
    );
  }
  return (
    <span className="ref-backs">
      <span aria-hidden="true">↑</span>
      {Array.from({ length: uses }, (_, i) => {
        const letter = useLetters[i] ?? String(i + 1);
        return (
          <a
            key={letter}
            className="ref-back"
            href={`#${citeId({ n, use: i + 1 })}`}
            aria-label={`Back to citation ${letter} of reference ${n}`}
          >
            {letter}
          </a>
        );
      })}
    </span>
  );
}

/** "Headline. Outlet, date." linking to the article; with no known headline, "Outlet, date". */
function ReferenceText({ reference: { source } }: { reference: Reference }) {
  const title = source.headline ?? outletAndDate(source);
  const link = isWebUrl(source.url) ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer" className="ref-title">
      {title}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  ) : (
    <span className="ref-title">{title}</span>
  );
  return (
    <span className="ref-text">
      {link}
      {source.headline && <span className="ref-meta"> {outletAndDate(source)}</span>}
    </span>
  );
}

/**
 * Opens the folded list when a footnote marker is followed (browsers without that built in), and
 * when the page was opened at a reference: looked for again each time the list's items change,
 * since a page the app renders itself lists them only once its data has come.
 */
function useOpenOnReferenceLink(listed: number) {
  useEffect(() => {
    if (listed === 0) return;
    const open = () => {
      const id = window.location.hash.slice(1);
      const target = id ? document.getElementById(id) : null;
      const details = target?.closest('details');
      if (target && details && !details.open) {
        details.open = true;
        target.scrollIntoView();
      }
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [listed]);
}

/**
 * Whether the folded list's items may render yet. When the app starts on a page it renders itself
 * (`/cast?at=…`, `/search?q=…`), the first paint has the fold closed and empty, and a transition
 * fills it right after: on `/cast?at=…&vs=…` the list was 476 of the page's 1,070 elements, all
 * rendered before anything was shown, though none can be seen until the fold is opened. The
 * server renders it at once, and so does hydration, which must match the prerendered page; the
 * list stays in the layout, so later pages fill it at once too.
 */
function useFoldFilled(): boolean {
  const isClient = useIsClient();
  const [filled, setFilled] = useState(!isClient);
  useEffect(() => {
    if (!filled) startTransition(() => setFilled(true));
  }, [filled]);
  return filled;
}

/**
 * The page's numbered references, each linking to its article and back to where it is cited.
 * Renders after every <Cite> of the page, so the list is complete when it renders.
 */
export function References() {
  const registry = useContext(ReferencesContext);
  if (!registry) throw new Error('<References> needs a ReferencesContext');
  useSyncExternalStore(registry.subscribe, registry.getVersion, registry.getVersion);
  const filled = useFoldFilled();
  const references = registry.references();
  useOpenOnReferenceLink(filled ? references.length : 0);
  if (references.length === 0) return null;
  const list = (
    <ol className="reference-list">
      {references.map((reference) => (
        <li
          key={reference.n}
          id={referenceId(reference.n)}
          value={reference.n}
          // A report published after a reader's spoiler horizon may tell later events in its
          // headline: prerendered pages hide it until the app lists only what the page cites.
          {...airedAttribute(reference.source.published)}
        >
          <BackLinks reference={reference} /> <ReferenceText reference={reference} />
        </li>
      ))}
    </ol>
  );
  return (
    <section aria-labelledby="references-heading" className="references">
      <h2 id="references-heading">References</h2>
      {references.length > FOLD_AFTER ? (
        <details className="fold">
          <summary>Show all {references.length} references</summary>
          {filled && list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
