import type { Source } from '../api/schemas';
import { formatPartialDate } from '../lib/partial-date';

function describe(source: Source): string {
  return source.published
    ? `${source.outlet}, ${formatPartialDate(source.published)}`
    : `${source.outlet}, date unknown`;
}

/** Only web links become anchors; anything else is shown as text, never followed. */
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A link to a source. `label` is what shows; what a screen reader also needs (outlet, date, that
 * it opens a new tab) follows as hidden text inside the link, so the accessible name starts with
 * exactly the visible words.
 */
export function SourceLink({ source, label }: { source: Source; label: string }) {
  if (!isWebUrl(source.url)) return <span>{label}</span>;
  const full = describe(source);
  const said = full.startsWith(label) ? full.slice(label.length) : ` (${full})`;
  return (
    <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden">{`${said} (opens in a new tab)`}</span>
    </a>
  );
}

/** Outlet names, with the date added where one outlet is cited twice for the same fact. */
function citeLabels(sources: Source[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.outlet, (counts.get(s.outlet) ?? 0) + 1);
  return sources.map((s) =>
    (counts.get(s.outlet) ?? 0) > 1 && s.published
      ? `${s.outlet}, ${formatPartialDate(s.published)}`
      : s.outlet,
  );
}

/** The sources of one fact, one click away: outlet names linking to the articles. */
export function Cite({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  const labels = citeLabels(sources);
  return (
    <span className="cite">
      <span className="visually-hidden">Sources: </span>
      {sources.map((source, index) => (
        <SourceLink
          key={`${source.url}-${index}`}
          source={source}
          label={labels[index] ?? source.outlet}
        />
      ))}
    </span>
  );
}

function hostAndPath(url: string): string {
  try {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname).replace(/\/$/, '');
    const short = path.length > 48 ? `${path.slice(0, 47)}…` : path;
    return `${parsed.hostname.replace(/^www\./, '')}${short}`;
  } catch {
    return url;
  }
}

/** Every source of a page, deduplicated by URL, newest first. */
export function SourceList({ sources, id = 'sources' }: { sources: Source[]; id?: string }) {
  const unique = [...new Map(sources.map((s) => [s.url, s])).values()].sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? ''),
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="source-list">
      <h2 id={`${id}-heading`}>Sources</h2>
      {unique.length === 0 ? (
        <p>No sources are recorded for this page.</p>
      ) : (
        <ol>
          {unique.map((source) => (
            <li key={source.url}>
              <span className="outlet">{source.outlet}</span>
              <span className="published">
                {source.published ? formatPartialDate(source.published) : 'date unknown'}
              </span>
              <SourceLink source={source} label={hostAndPath(source.url)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
