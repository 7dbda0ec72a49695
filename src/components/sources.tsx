import { createContext, useContext, useId } from 'react';
import type { Source } from '../api/schemas';
import { citeId, referenceId, type ReferenceRegistry } from '../lib/reference-registry';
import { isWebUrl, outletAndDate } from '../lib/source-text';

/**
 * The page's footnotes. The root layout provides a fresh registry on every render of the page
 * and renders <References /> after it, so any page that uses <Cite> gets numbered footnotes.
 */
export const ReferencesContext = createContext<ReferenceRegistry | null>(null);

/**
 * A link to a source. `label` is what shows; what a screen reader also needs (outlet, date, that
 * it opens a new tab) follows as hidden text inside the link, so the accessible name starts with
 * exactly the visible words.
 */
export function SourceLink({ source, label }: { source: Source; label: string }) {
  if (!isWebUrl(source.url)) return <span>{label}</span>;
  const full = outletAndDate(source);
  const said = full.startsWith(label) ? full.slice(label.length) : ` (${full})`;
  return (
    <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden">{`${said} (opens in a new tab)`}</span>
    </a>
  );
}

/**
 * The sources of one fact as footnote markers, [1][4], each a link to its reference at the end of
 * the page; screen readers hear "reference 1". A source cited anywhere else on the page keeps its
 * number. Outside a page (no registry) the outlets are linked in place instead.
 */
export function Cite({ sources }: { sources: Source[] }) {
  const registry = useContext(ReferencesContext);
  const place = useId();
  if (sources.length === 0) return null;
  if (!registry) {
    return (
      <span className="cite">
        {sources.map((source, index) => (
          <SourceLink key={`${source.url}-${index}`} source={source} label={source.outlet} />
        ))}
      </span>
    );
  }
  const unique = [...new Map(sources.map((s) => [s.url, s])).values()];
  const marks = unique.map((source) => registry.cite(place, source)).sort((a, b) => a.n - b.n);
  return (
    <span className="refs">
      {marks.map((mark) => (
        <sup key={mark.n} className="ref">
          <a id={citeId(mark)} href={`#${referenceId(mark.n)}`} aria-label={`reference ${mark.n}`}>
            [{mark.n}]
          </a>
        </sup>
      ))}
    </span>
  );
}
