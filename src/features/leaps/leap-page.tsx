import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { LeapDetail } from '../../api/schemas';
import { ConfidenceBadge, DisputeNote } from '../../components/badges';
import { CastChanges } from '../../components/cast-changes';
import { DateText } from '../../components/date-text';
import { InfoRow, Infobox } from '../../components/infobox';
import { PageHeading } from '../../components/page-heading';
import { Cite } from '../../components/sources';
import { LEAP_MARGIN_DAYS } from '../../lib/cast-changes';
import { airedAttribute, formatHorizon, isPastHorizon } from '../../lib/horizon';
import { useHorizon } from '../../lib/use-horizon';
import { formatPartialDate, precisionOf } from '../../lib/partial-date';
import { paths } from '../../lib/paths';
import { leapQueries } from './queries';

/** One line for search engines and link previews. */
function describeLeap({ leap, comparison }: LeapDetail): string {
  const when = leap.aired ? `, ${formatPartialDate(leap.aired)}` : '';
  if (!comparison) return `${leap.label}${when} in Anupamaa, with sources.`;
  const { left, joined, recast } = comparison;
  return `${leap.label}${when} in Anupamaa: ${left.length} left, ${recast.length} recast, ${joined.length} joined. Who stayed and which roles were aged up, with sources.`;
}

/** What is hidden of a leap past the reader's spoiler horizon, with the button that shows it. */
function PastHorizon({
  horizon,
  what,
  onShow,
}: {
  horizon: string;
  what: string;
  onShow: () => void;
}) {
  return (
    <p className="tl-notice callout">
      {what} after the point you’ve watched ({formatHorizon(horizon)}), so the wiki does not say
      here who left or joined. <span aria-hidden="true">·</span>{' '}
      <button type="button" className="link-button" onClick={onShow}>
        Show
        <span className="visually-hidden"> what changed (may spoil what you have not watched)</span>
      </button>
    </p>
  );
}

export function LeapPage() {
  const { id = '' } = useParams();
  const { data } = useSuspenseQuery(leapQueries.detail(id));
  const { leap, comparison, previous, next } = data;
  const horizon = useHorizon();
  const [showLater, setShowLater] = useState(false);
  const limit = showLater ? null : horizon;
  const leapLater = limit !== null && isPastHorizon(leap.aired, limit);
  // A leap that aired in time may still be compared with a day past the horizon.
  const changesLater =
    limit !== null && !leapLater && comparison !== null && isPastHorizon(comparison.to, limit);
  const show = () => setShowLater(true);
  return (
    <article className="page leap-page">
      <title>{`${leap.label} · Leaps · Anupamaa Wiki`}</title>
      <meta name="description" content={describeLeap(data)} />
      <p className="breadcrumb">
        <Link to={`${paths.home()}#leaps-heading`}>Leaps</Link>
      </p>
      <PageHeading>{leap.label}</PageHeading>
      {leapLater && <PastHorizon horizon={limit} what="This leap aired" onShow={show} />}
      {/* Marked for the spoiler horizon's early hiding: the leap by its air date, what changed
          by the last day compared. */}
      {!leapLater && (
        <div className="with-infobox" {...airedAttribute(leap.aired)}>
          <Infobox title={leap.label}>
            <InfoRow label="Aired">
              <DateText value={leap.aired} />
              {leap.airedNote && <> ({leap.airedNote})</>}
            </InfoRow>
            <InfoRow label="Time skipped">{leap.duration ?? 'unknown'}</InfoRow>
            {leap.confidence !== 'high' && (
              <InfoRow label="Confidence">
                <ConfidenceBadge confidence={leap.confidence} />
              </InfoRow>
            )}
          </Infobox>
          <div className="prose">
            <p className="lead">
              {leap.summary} <Cite sources={leap.sources} />
            </p>
            {leap.dispute && <DisputeNote dispute={leap.dispute} />}
          </div>
        </div>
      )}

      {!leapLater && (
        <section aria-labelledby="leap-changes-heading">
          <h2 id="leap-changes-heading">What changed in the cast</h2>
          {changesLater && comparison && limit ? (
            <PastHorizon
              horizon={limit}
              what={`The cast it is compared with, on ${formatPartialDate(comparison.to)}, is`}
              onShow={show}
            />
          ) : comparison ? (
            <div {...airedAttribute(leap.aired, comparison.to)}>
              <p>
                The cast on <DateText value={comparison.from} /> compared with the cast on{' '}
                <DateText value={comparison.to} />: about {LEAP_MARGIN_DAYS} days either side of{' '}
                {leap.aired && precisionOf(leap.aired) === 'year'
                  ? `${leap.aired}, the year the leap aired (no source gives the month)`
                  : 'the leap’s air date'}
                , worked out from each actor’s dates in the role.{' '}
                <Link to={paths.cast({ at: comparison.from, vs: comparison.to })}>
                  Compare other days
                </Link>
                .
              </p>
              <CastChanges
                changes={{
                  ...comparison,
                  leaps: comparison.leaps.filter((l) => l.id !== leap.id),
                }}
                level={3}
                idPrefix="leap"
              />
            </div>
          ) : (
            <p>
              The leap’s air date is unknown, so the wiki cannot say who left or joined around it.
            </p>
          )}
        </section>
      )}

      <nav aria-label="Other leaps" className="leap-nav">
        <ul>
          {previous && (
            <li>
              <span className="muted">Earlier: </span>
              <Link to={paths.leap(previous.id)}>{previous.label}</Link>
            </li>
          )}
          {next && !(limit !== null && isPastHorizon(next.aired, limit)) && (
            <li {...airedAttribute(next.aired)}>
              <span className="muted">Later: </span>
              <Link to={paths.leap(next.id)}>{next.label}</Link>
            </li>
          )}
        </ul>
      </nav>
    </article>
  );
}
