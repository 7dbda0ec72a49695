import { Link } from 'react-router';
import type { Portrayal } from '../api/schemas';
import { airedAttribute } from '../lib/horizon';
import { kindLabels } from '../lib/labels';
import { paths } from '../lib/paths';
import { stintNoteAired } from '../lib/as-of';
import { stintAired } from '../lib/person-as-of';
import { howItEnded } from '../lib/stint';
import { ConfidenceBadge, DisputedBadge, DisputeNote } from './badges';
import { StintText } from './date-text';
import { Cite } from './sources';

/**
 * One stint per card, oldest first: who played whom, from when to when, how it ended and who came
 * before and after. Seen from a character's page the actor leads each card, and vice versa.
 * Each part that may lie past a reader's spoiler horizon carries its airing mark, so a
 * prerendered page hides it before the first paint.
 */
export function PortrayalList({
  portrayals,
  perspective,
  empty = 'No actor is known for this role yet.',
}: {
  portrayals: Portrayal[];
  perspective: 'character' | 'actor';
  /** What to say when there is no stint to show. */
  empty?: string;
}) {
  if (portrayals.length === 0) {
    return <p>{empty}</p>;
  }
  const startOf = new Map(portrayals.map((p) => [p.id, p.from]));
  // A successor is known once its stint began; on an actor's page that start is not at hand, so
  // the end of the stint it followed stands in.
  const successorAired = (p: Portrayal) =>
    airedAttribute(
      p.to,
      p.replacedBy && perspective === 'character' ? startOf.get(p.replacedBy.portrayalId) : p.to,
    );
  return (
    <ol className="portrayals">
      {portrayals.map((p) => (
        <li key={p.id} className={`portrayal kind-${p.kind}`} {...airedAttribute(p.from)}>
          <div className="portrayal-head">
            <h3>
              {perspective === 'character' ? (
                <Link to={paths.actor(p.actor.id)}>{p.actor.name}</Link>
              ) : (
                <>
                  as <Link to={paths.character(p.character.id)}>{p.character.name}</Link>
                </>
              )}
            </h3>
            <span className="badge badge-kind">{kindLabels[p.kind]}</span>
            {p.dispute && (
              <span {...stintNoteAired(p)}>
                <DisputedBadge />
              </span>
            )}
            <ConfidenceBadge confidence={p.confidence} />
          </div>
          <dl className="facts">
            <div {...stintAired(p)}>
              <dt>When</dt>
              <dd>
                <StintText from={p.from} to={p.to} status={p.status} asOf={p.asOf} />
              </dd>
            </div>
            {p.status !== 'ongoing' && (
              <div {...airedAttribute(p.to)}>
                <dt>How it ended</dt>
                <dd>
                  {howItEnded(p)}
                  {p.exitDetail && <>: {p.exitDetail}</>}
                </dd>
              </div>
            )}
            {p.replaces && (
              <div>
                <dt>Took over from</dt>
                <dd>
                  <Link to={paths.actor(p.replaces.actor.id)}>{p.replaces.actor.name}</Link>
                </dd>
              </div>
            )}
            {p.replacedBy && (
              <div {...successorAired(p)}>
                <dt>Replaced by</dt>
                <dd>
                  <Link to={paths.actor(p.replacedBy.actor.id)}>{p.replacedBy.actor.name}</Link>
                </dd>
              </div>
            )}
          </dl>
          {p.note ? (
            <p className="note" {...stintNoteAired(p)}>
              {p.note} <Cite sources={p.sources} />
            </p>
          ) : (
            p.sources.length > 0 && (
              <p className="cite-line">
                <span className="muted">Sources:</span> <Cite sources={p.sources} />
              </p>
            )
          )}
          {p.dispute && (
            <div {...stintNoteAired(p)}>
              <DisputeNote dispute={p.dispute} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
