import { Link } from 'react-router';
import type { Portrayal } from '../api/schemas';
import { airedAttribute, formatHorizon, type Horizon } from '../lib/horizon';
import { paths } from '../lib/paths';
import { roleNowAired, stintAired } from '../lib/person-as-of';
import { asOfText, roleNow, roleNowText } from '../lib/role-now';
import { formatStintYears } from '../lib/stint';
import { InfoRow } from './infobox';

/** "Paras Kalnawat (2020–2022), Sagar Parekh (2022–2023)", each name a link. */
export function PlayedByRow({ portrayals }: { portrayals: readonly Portrayal[] }) {
  return (
    <InfoRow label="Played by">
      {portrayals.length === 0
        ? 'unknown'
        : portrayals.map((p, i) => (
            // The name is known once the stint began, its years once it ended.
            <span key={p.id} {...airedAttribute(p.from)}>
              {i > 0 && ', '}
              <Link to={paths.actor(p.actor.id)}>{p.actor.name}</Link>
              <span {...stintAired(p)}>
                {' ('}
                {p.kind === 'cameo' && 'cameo, '}
                {formatStintYears(p)})
              </span>
            </span>
          ))}
    </InfoRow>
  );
}

/**
 * "Now: Rupali Ganguly (as of Mar 2026)" or "Now: not in the story (died Oct 2023)". With a
 * spoiler horizon (and stints trimmed to it) the row reads "As of 30 Jun 2022: Paras Kalnawat".
 */
export function NowRow({
  portrayals,
  horizon = null,
}: {
  portrayals: readonly Portrayal[];
  horizon?: Horizon;
}) {
  const now = roleNow(portrayals);
  return (
    <InfoRow
      label={horizon ? `As of ${formatHorizon(horizon)}` : 'Now'}
      aired={roleNowAired(portrayals)}
    >
      {now.kind === 'played'
        ? now.current.map(({ actor, asOf }, i) => (
            <span key={actor.id}>
              {i > 0 && ', '}
              <Link to={paths.actor(actor.id)}>{actor.name}</Link>
              {asOf && asOf !== horizon && <> {asOfText(asOf)}</>}
            </span>
          ))
        : roleNowText(now)}
    </InfoRow>
  );
}

/** An actor's roles, one line each: the character, the years, whom they followed and who followed. */
export function RolesRow({
  portrayals,
  empty = 'unknown',
}: {
  portrayals: readonly Portrayal[];
  /** What to say with no role: "unknown", or "none yet" under a spoiler horizon. */
  empty?: string;
}) {
  return (
    <InfoRow label={portrayals.length === 1 ? 'Role' : 'Roles'}>
      {portrayals.length === 0 ? (
        empty
      ) : (
        <ul className="role-lines">
          {portrayals.map((p) => (
            <li key={p.id} {...stintAired(p)}>
              <Link to={paths.character(p.character.id)}>{p.character.name}</Link> (
              {p.kind === 'cameo' && 'cameo, '}
              {formatStintYears(p)})
              {p.replaces && (
                <>
                  , after <Link to={paths.actor(p.replaces.actor.id)}>{p.replaces.actor.name}</Link>
                </>
              )}
              {p.replacedBy && (
                <>
                  ; replaced by{' '}
                  <Link to={paths.actor(p.replacedBy.actor.id)}>{p.replacedBy.actor.name}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </InfoRow>
  );
}
