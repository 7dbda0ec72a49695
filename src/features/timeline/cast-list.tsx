import type { TimelineCharacter } from '../../api/timeline-schemas';
import { RoleLine } from '../../components/role-line';
import { stintEndKnownFrom, stintKnownFrom } from '../../lib/as-of';
import { airedAttribute } from '../../lib/horizon';
import { householdLabels } from '../../lib/labels';
import { formatPartialDate } from '../../lib/partial-date';
import type { CastAnswer, CastEntry } from './cast-on-date';

/** Marked for the spoiler horizon's early hiding: by the stint's start, its reason by its end. */
function EntryLine({ entry }: { entry: CastEntry }) {
  const p = entry.portrayal;
  return (
    <li {...airedAttribute(stintKnownFrom(p))}>
      <RoleLine actor={p.actor} character={entry.character} />
      {entry.reason && (
        <span className="cast-reason" {...airedAttribute(stintKnownFrom(p), stintEndKnownFrom(p))}>
          {entry.reason}
        </span>
      )}
    </li>
  );
}

/**
 * The cast on a day in three groups: on screen (by family, as on the chart), probably (each with
 * its reason) and not reported around that day. Nothing is hidden; the doubtful is set apart.
 */
export function CastList({
  answer,
  character,
}: {
  answer: Extract<CastAnswer, { kind: 'cast' }>;
  character: TimelineCharacter | undefined;
}) {
  const date = formatPartialDate(answer.iso);
  const onScreen = answer.onScreen.reduce((n, g) => n + g.entries.length, 0);
  if (onScreen + answer.probably.length + answer.unreported.length === 0) {
    return (
      <p>
        {character
          ? `No actor is known to have played ${character.name} on ${date}.`
          : `No one is known to have been in the cast on ${date}.`}
      </p>
    );
  }
  return (
    <>
      <section aria-labelledby="cast-in-heading" className="cast-group">
        <h3 id="cast-in-heading">On screen that day ({onScreen})</h3>
        {onScreen === 0 ? (
          <p>No source places anyone surely in {character ? 'the role' : 'the cast'} that day.</p>
        ) : (
          answer.onScreen.map((group) => (
            <div key={group.household} className="cast-household">
              {!character && (
                <h4 id={`cast-${group.household}`}>{householdLabels[group.household]}</h4>
              )}
              <ul
                className="cast-list"
                aria-labelledby={character ? 'cast-in-heading' : `cast-${group.household}`}
              >
                {group.entries.map((e) => (
                  <EntryLine key={e.portrayal.id} entry={e} />
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      {answer.probably.length > 0 && (
        <section aria-labelledby="cast-probably-heading" className="cast-group">
          <h3 id="cast-probably-heading">Probably ({answer.probably.length})</h3>
          <p className="muted">
            Likely in the role that day, though no source pins it down: a date known only to the
            month or year, or no report close to that day.
          </p>
          <ul className="cast-list">
            {answer.probably.map((e) => (
              <EntryLine key={e.portrayal.id} entry={e} />
            ))}
          </ul>
        </section>
      )}
      {answer.unreported.length > 0 && (
        <section aria-labelledby="cast-unreported-heading" className="cast-group">
          <h3 id="cast-unreported-heading">
            Not reported around that day ({answer.unreported.length})
          </h3>
          <p className="muted">
            No source places them in the role that day; each line says what is known.
          </p>
          <ul className="cast-list">
            {answer.unreported.map((e) => (
              <EntryLine key={e.portrayal.id} entry={e} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
