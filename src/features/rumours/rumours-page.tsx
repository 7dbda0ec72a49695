import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { Rumour, RumourStatus } from '../../api/schemas';
import { RUMOUR_STATUSES, isOneOf } from '../../api/vocabulary';
import { PageHeading } from '../../components/page-heading';
import { RumourList } from '../../components/rumour-list';
import { isPastHorizon } from '../../lib/horizon';
import { rumourStatusLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { rumourAsOf } from '../../lib/rumour-as-of';
import { useHorizon } from '../../lib/use-horizon';
import { rumourQueries } from './queries';

/** What each status means, shown under the filter so the words are never a guess. */
const STATUS_HELP: Record<RumourStatus, string> = {
  rumoured: 'reported, with nothing yet to confirm or deny it',
  confirmed: 'it happened; the cast change that bore it out is linked',
  denied: 'someone named denied it, or later events contradicted it',
  open: 'time has passed and neither has happened',
};

export function RumoursPage() {
  const { data } = useSuspenseQuery(rumourQueries.list());
  const [params] = useSearchParams();
  const asked = params.get('status');
  const status = isOneOf(RUMOUR_STATUSES, asked) ? asked : null;
  const horizon = useHorizon();
  // With a spoiler horizon the filter goes by each rumour's status as it stood then, and counts
  // only those reported by then (later ones are folded in the list, which says how many).
  const statusOf = (rumour: Rumour) => rumourAsOf(rumour, horizon).status;
  const reported = data.rumours.filter((r) => !isPastHorizon(r.date, horizon));
  const shown = status ? data.rumours.filter((r) => statusOf(r) === status) : data.rumours;
  const count = (s: RumourStatus) => reported.filter((r) => statusOf(r) === s).length;
  return (
    <article className="page">
      <title>{`${status ? `${rumourStatusLabels[status]} rumours` : 'Rumours'} · Anupamaa Wiki`}</title>
      <meta
        name="description"
        content={`${data.rumours.length} cast rumours about Anupamaa, newest first, each followed to its outcome: confirmed, denied or still open.`}
      />
      <PageHeading>Rumours</PageHeading>
      <p className="lead">
        Fan news is full of &ldquo;X to quit&rdquo; and &ldquo;Y to enter&rdquo;. Here is every cast
        rumour the wiki has found, newest first, and what came of it, with the reports on both
        sides.
      </p>
      <nav aria-label="Rumours by outcome" className="status-filter">
        <ul>
          <li>
            <Link to={paths.rumours()} aria-current={status === null ? 'page' : undefined}>
              All ({reported.length})
            </Link>
          </li>
          {RUMOUR_STATUSES.map((s) => (
            <li key={s}>
              <Link to={paths.rumours(s)} aria-current={status === s ? 'page' : undefined}>
                {rumourStatusLabels[s]} ({count(s)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {asked !== null && status === null && (
        <p className="callout" role="alert">
          &ldquo;{asked}&rdquo; is not an outcome; showing every rumour.
        </p>
      )}
      {status && (
        <p>
          <strong>{rumourStatusLabels[status]}:</strong> {STATUS_HELP[status]}.
        </p>
      )}
      {shown.length === 0 ? <p>No rumour has this outcome.</p> : <RumourList rumours={shown} />}
    </article>
  );
}
