import { Link } from 'react-router';
import type { Portrayal } from '../../api/schemas';
import type { TimelineCharacter } from '../../api/timeline-schemas';
import { DateText } from '../../components/date-text';
import { stintEndKnownFrom, stintKnownFrom } from '../../lib/as-of';
import { airedAttribute } from '../../lib/horizon';
import { groupByHousehold } from '../../lib/households';
import { householdLabels, kindLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { formatStintEnd, howItEnded } from '../../lib/stint';

/** A dated end stays a `<time>`; an open one reads "present (as of …)" or "unknown". */
function EndCell({ p }: { p: Portrayal }) {
  if (p.status === 'ongoing' && !p.to) return <>{formatStintEnd(p)}</>;
  return <DateText value={p.to} />;
}

/**
 * The chart's stints as a table, the same rows in the same order: what a screen reader or a
 * keyboard user can read cell by cell, and what anyone can search with the browser's find.
 */
export function StintTable({
  rows,
  portrayals,
}: {
  rows: TimelineCharacter[];
  portrayals: Portrayal[];
}) {
  const stintsOf = new Map<string, Portrayal[]>();
  for (const p of portrayals)
    stintsOf.set(p.character.id, [...(stintsOf.get(p.character.id) ?? []), p]);
  const groups = groupByHousehold(rows);
  return (
    <div className="tl-table-wrap">
      <table className="tl-table">
        <caption>
          {portrayals.length === 1 ? '1 stint' : `${portrayals.length} stints`} of{' '}
          {rows.length === 1 ? '1 character' : `${rows.length} characters`}, by family
        </caption>
        <thead>
          <tr>
            <th scope="col">Character</th>
            <th scope="col">Actor</th>
            <th scope="col">Kind</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">How it ended</th>
          </tr>
        </thead>
        {groups.map(({ household, members }) => (
          <tbody key={household}>
            <tr>
              <th scope="rowgroup" colSpan={6}>
                {householdLabels[household]}
              </th>
            </tr>
            {members.flatMap((c) =>
              (stintsOf.get(c.id) ?? []).map((p) => (
                // Marked for the spoiler horizon's early hiding: the row by the stint's start,
                // the end cells' text (a spoiler's, not the cell: columns must stay) by its end.
                <tr key={p.id} {...airedAttribute(stintKnownFrom(p))}>
                  <th scope="row">
                    <Link to={paths.character(c.id)}>{c.name}</Link>
                  </th>
                  <td>
                    <Link to={paths.actor(p.actor.id)}>{p.actor.name}</Link>
                  </td>
                  <td>{kindLabels[p.kind]}</td>
                  <td>
                    <DateText value={p.from} />
                  </td>
                  <td>
                    <span {...airedAttribute(stintKnownFrom(p), stintEndKnownFrom(p))}>
                      <EndCell p={p} />
                    </span>
                  </td>
                  <td>
                    <span {...airedAttribute(stintKnownFrom(p), stintEndKnownFrom(p))}>
                      {howItEnded(p)}
                    </span>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}
