import { Link } from 'react-router';
import type { Leap } from '../api/schemas';
import { airedAttribute } from '../lib/horizon';
import { paths } from '../lib/paths';
import { DisputeNote } from './badges';
import { DateText } from './date-text';
import { Cite } from './sources';

/**
 * The leaps, oldest first, each linking to its own page of what changed; each marked by its air
 * date so a leap past the reader's spoiler horizon is hidden before the first paint.
 */
export function LeapList({ leaps }: { leaps: Leap[] }) {
  return (
    <ol className="leaps">
      {leaps.map((leap) => (
        <li key={leap.id} {...airedAttribute(leap.aired)}>
          <h3>
            <Link to={paths.leap(leap.id)}>{leap.label}</Link>: <DateText value={leap.aired} />
            {leap.airedNote && <span className="muted"> ({leap.airedNote})</span>}
          </h3>
          <p className="muted">Time skipped: {leap.duration ?? 'unknown'}</p>
          <p>
            {leap.summary} <Cite sources={leap.sources} />
          </p>
          {leap.dispute && <DisputeNote dispute={leap.dispute} />}
        </li>
      ))}
    </ol>
  );
}
