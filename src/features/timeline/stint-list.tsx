import { Link } from 'react-router';
import type { Portrayal } from '../../api/schemas';
import type { TimelineCharacter } from '../../api/timeline-schemas';
import { firstAired, stintEndKnownFrom, stintKnownFrom } from '../../lib/as-of';
import { airedAttribute } from '../../lib/horizon';
import { comparePartialDates, daySpan } from '../../lib/partial-date';
import { groupByHousehold } from '../../lib/households';
import { householdLabels, kindLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { formatStint, howItEnded } from '../../lib/stint';

/**
 * The proportional bar's drawing width, in whole units: the SVG stretches it to the line's width,
 * and short coordinates keep the prerendered page small.
 */
const BAR_UNITS = 200;

/** Oldest first; a stint with no known start goes last. */
function byStart(a: Portrayal, b: Portrayal): number {
  if (a.from === null || b.from === null) return a.from === b.from ? 0 : a.from === null ? 1 : -1;
  return comparePartialDates(a.from, b.from);
}

/**
 * Who took the part after this stint: the recorded successor, else the next stint of the role;
 * with the date that successor is known from (their start), for the spoiler horizon.
 */
function nextActor(
  p: Portrayal,
  stints: Portrayal[],
): { id: string; name: string; knownFrom: string | null } | null {
  if (p.replacedBy) {
    const { portrayalId, actor } = p.replacedBy;
    const successor = stints.find((s) => s.id === portrayalId);
    return { ...actor, knownFrom: successor ? stintKnownFrom(successor) : null };
  }
  const index = stints.findIndex((s) => s.id === p.id);
  const next = stints.slice(index + 1).find((s) => s.actor.id !== p.actor.id);
  return p.status !== 'ongoing' && next ? { ...next.actor, knownFrom: stintKnownFrom(next) } : null;
}

/**
 * Where a stint falls in the years shown, in BAR_UNITS: from its first possible day to its last
 * known one (an ongoing one to the newest source). Null when nothing dates it.
 */
function barSpan(
  p: Portrayal,
  years: { from: number; to: number },
  asOf: string,
): { x0: number; x1: number } | null {
  const start = daySpan(String(years.from)).first;
  const end = daySpan(String(years.to)).last + 1;
  const first = p.from ?? p.to;
  if (first === null) return null;
  const last = p.to ?? (p.status === 'ongoing' ? asOf : first);
  const scale = (day: number) =>
    Math.min(BAR_UNITS, Math.max(0, ((day - start) / (end - start)) * BAR_UNITS));
  const x0 = Math.min(Math.round(scale(daySpan(first).first)), BAR_UNITS - 2);
  const x1 = Math.max(x0 + 2, Math.round(scale(daySpan(last).last + 1)));
  return { x0, x1: Math.min(x1, BAR_UNITS) };
}

function StintLine({
  p,
  stints,
  years,
  asOf,
}: {
  p: Portrayal;
  stints: Portrayal[];
  years: { from: number; to: number };
  asOf: string;
}) {
  const next = nextActor(p, stints);
  const span = barSpan(p, years, asOf);
  // Marked for the spoiler horizon's early hiding: the line by the stint's start, its dates, bar
  // and ending by its end, "Next" by the successor's start.
  const ending = airedAttribute(stintKnownFrom(p), stintEndKnownFrom(p));
  return (
    <li className="tl-v-stint" {...airedAttribute(stintKnownFrom(p))}>
      <span className="tl-v-who">
        <Link to={paths.actor(p.actor.id)}>{p.actor.name}</Link>
        <span className="tl-v-kind">{kindLabels[p.kind]}</span>
      </span>
      <span className="tl-v-dates" {...ending}>
        {formatStint(p)}
      </span>
      {span && (
        // The track is the SVG's own background (timeline.css); its size is set there too.
        <svg
          {...ending}
          className={p.status === 'ongoing' ? 'tl-v-bar tl-v-ongoing' : 'tl-v-bar'}
          viewBox={`0 0 ${BAR_UNITS} 8`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <rect x={span.x0} width={span.x1 - span.x0} height="8" />
        </svg>
      )}
      <span className="tl-v-end" {...ending}>
        {howItEnded(p)}
        {next && (
          <span {...airedAttribute(next.knownFrom)}>
            {' · Next: '}
            <Link to={paths.actor(next.id)}>{next.name}</Link>
          </span>
        )}
      </span>
    </li>
  );
}

/**
 * Who played whom as a list, for screens too narrow for the chart's years: each character with
 * its actors in order, each stint a line with its dates, a small bar showing where it falls in
 * the years shown, how it ended and who came next.
 */
function byCharacter(portrayals: Portrayal[]): Map<string, Portrayal[]> {
  const stintsOf = new Map<string, Portrayal[]>();
  for (const p of portrayals) {
    const list = stintsOf.get(p.character.id);
    if (list) list.push(p);
    else stintsOf.set(p.character.id, [p]);
  }
  for (const list of stintsOf.values()) list.sort(byStart);
  return stintsOf;
}

export function StintList({
  rows,
  portrayals,
  everyStint,
  years,
  asOf,
}: {
  rows: TimelineCharacter[];
  portrayals: Portrayal[];
  /** Every stint of the timeline, unfiltered: who came next is told even when not shown. */
  everyStint: Portrayal[];
  years: { from: number; to: number };
  asOf: string;
}) {
  const stintsOf = byCharacter(portrayals);
  const everyStintOf = byCharacter(everyStint);
  const period = years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
  return (
    <div className="tl-v">
      <p className="tl-v-note">Each bar shows where the stint falls in {period}.</p>
      {groupByHousehold(rows).map(({ household, members }) => (
        <section
          key={household}
          className="tl-v-group"
          aria-labelledby={`tl-v-${household}`}
          {...airedAttribute(
            firstAired(members.flatMap((c) => (stintsOf.get(c.id) ?? []).map(stintKnownFrom))),
          )}
        >
          <h3 id={`tl-v-${household}`}>{householdLabels[household]}</h3>
          {members.map((c) => {
            const stints = stintsOf.get(c.id) ?? [];
            return (
              <div
                key={c.id}
                className="tl-v-character"
                {...airedAttribute(firstAired(stints.map(stintKnownFrom)))}
              >
                <h4>
                  <Link to={paths.character(c.id)}>{c.name}</Link>
                </h4>
                <ol className="tl-v-stints" aria-label={`Who played ${c.name}`}>
                  {stints.map((p) => (
                    <StintLine
                      key={p.id}
                      p={p}
                      stints={everyStintOf.get(c.id) ?? stints}
                      years={years}
                      asOf={asOf}
                    />
                  ))}
                </ol>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
