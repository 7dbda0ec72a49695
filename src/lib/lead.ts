/**
 * The opening sentences of character and actor pages, written from the data in the style of a
 * Wikipedia lead. Each wording rule is one function here; what the data does not say stays
 * "unknown" and nothing is guessed (no pronouns, since the data records no gender).
 */
import type { CharacterDetail, Household, Portrayal } from '../api/schemas';
import { formatMonthYear } from './partial-date';

/** The show every page is about; the lead names it the way the wiki's title does. */
export const SHOW_TITLE = 'Anupamaa';
const PREQUEL = `${SHOW_TITLE}'s prequel, Anupama – Namaste America`;

type Stint = Pick<Portrayal, 'from' | 'to' | 'status' | 'exitReason' | 'kind'>;

/** "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * When a stint ran, as a phrase after the actor's name: "from July 2020 to July 2022",
 * "since July 2020", "from August 2022 until the character's death in October 2023",
 * "from an unknown date to 2021", "from July 2020 (when it ended is unknown)", "at a time not known".
 */
export function stintPhrase(stint: Stint): string {
  const from = stint.from ? formatMonthYear(stint.from) : null;
  if (stint.status === 'ongoing') return from ? `since ${from}` : 'since a date not known';
  const start = from ? `from ${from}` : 'from an unknown date';
  if (stint.to) {
    const to = formatMonthYear(stint.to);
    if (to === from && stint.exitReason !== 'character-killed-off') return `in ${to}`;
    if (stint.exitReason === 'character-killed-off')
      return `${start} until the character's death in ${to}`;
    if (stint.exitReason === 'actor-died') return `${start} until the actor's death in ${to}`;
    return `${start} to ${to}`;
  }
  if (!from) return 'at a time not known';
  return stint.status === 'ended'
    ? `${start} to an unknown date`
    : `${start} (whether the role has ended is unknown)`;
}

const householdPhrases: Record<Household, string | null> = {
  shah: 'one of the Shah family',
  joshi: "one of Anupamaa's own family, the Joshis",
  kapadia: 'one of the Kapadias',
  kothari: 'one of the Kotharis, who arrive after the 15-year leap',
  others: null,
  prequel: null,
};

type CharacterFacts = Pick<CharacterDetail, 'name' | 'lead' | 'household' | 'relations'>;

/**
 * Who the character is: "Samar Shah is a character in Anupamaa, the child of Anupamaa and
 * Vanraj Shah." Parents come from the recorded relations; without them, the family.
 */
export function characterIntro(character: CharacterFacts): string {
  const role =
    character.name === SHOW_TITLE
      ? 'the title character'
      : character.lead
        ? 'a lead character'
        : 'a character';
  const show = character.household === 'prequel' ? PREQUEL : SHOW_TITLE;
  const parents = character.relations.filter((r) => r.type === 'parent').map((r) => r.character);
  const tail =
    parents.length > 0
      ? `, the child of ${joinAnd(parents.map((p) => p.name))}`
      : householdPhrases[character.household]
        ? `, ${householdPhrases[character.household]}`
        : '';
  return `${character.name} is ${role} in ${show}${tail}.`;
}

function byActor(p: Pick<Portrayal, 'actor'> & Stint, seen: Set<string>): string {
  const again = seen.has(p.actor.id) ? ' again' : '';
  seen.add(p.actor.id);
  return `by ${p.actor.name}${again} ${stintPhrase(p)}`;
}

/**
 * Who played the role, oldest first: "The role was played by Paras Kalnawat from July 2020 to
 * July 2022 and by Sagar Parekh from August 2022 until the character's death in October 2023."
 * Current actors take the present perfect: "… and has been played by Rupali Ganguly since …".
 */
export function portrayalSentence(portrayals: readonly Portrayal[]): string {
  // A cameo (a flashback, a spirit, a visit) is told after the runs of the role, not as one.
  const runs = portrayals.filter((p) => p.kind !== 'cameo');
  const cameos = portrayals
    .filter((p) => p.kind === 'cameo')
    .map((p) => `${p.actor.name} appeared in a cameo ${stintPhrase(p)}.`);
  if (runs.length === 0)
    return cameos.length > 0 ? cameos.join(' ') : 'Who played the role is unknown.';
  const seen = new Set<string>();
  const past: string[] = [];
  const present: string[] = [];
  for (const p of runs) (p.status === 'ongoing' ? present : past).push(byActor(p, seen));
  const parts = [
    past.length > 0 ? `was played ${joinAnd(past)}` : null,
    present.length > 0 ? `has been played ${joinAnd(present)}` : null,
  ].filter((part): part is string => part !== null);
  return [`The role ${parts.join(', and ')}.`, ...cameos].join(' ');
}

/** A character page's lead: who the character is, then who played the role and when. */
export function characterLead(character: CharacterFacts & Pick<CharacterDetail, 'portrayals'>) {
  return `${characterIntro(character)} ${portrayalSentence(character.portrayals)}`;
}

function roleName(p: Pick<Portrayal, 'character'>): string {
  return p.character.name === SHOW_TITLE ? 'the title role' : p.character.name;
}

/**
 * An actor page's lead: "Sagar Parekh played Samar Shah in Anupamaa from August 2022 to October
 * 2023, taking over from Paras Kalnawat." Each later successor gets a sentence of its own:
 * "Sagar Parekh took over the role."
 */
export function actorLead(actor: { name: string; portrayals: readonly Portrayal[] }): string {
  if (actor.portrayals.length === 0)
    return `No role of ${actor.name} in ${SHOW_TITLE} is recorded.`;
  const clauses = actor.portrayals.map((p, i) => {
    const verb =
      p.kind === 'cameo'
        ? 'appeared in a cameo as'
        : p.status === 'ongoing'
          ? 'has played'
          : 'played';
    const where = p.kind === 'prequel' ? ` in ${PREQUEL},` : i === 0 ? ` in ${SHOW_TITLE}` : '';
    const after = p.replaces ? `, taking over from ${p.replaces.actor.name}` : '';
    return `${verb} ${roleName(p)}${where} ${stintPhrase(p)}${after}`;
  });
  const several = new Set(actor.portrayals.map((p) => p.character.id)).size > 1;
  const successors = actor.portrayals.flatMap((p) =>
    p.replacedBy
      ? [
          `${p.replacedBy.actor.name} took over the role${several ? ` of ${p.character.name}` : ''}.`,
        ]
      : [],
  );
  const joined = clauses.length > 2 ? clauses.join('; ') : clauses.join(', and ');
  return [`${actor.name} ${joined}.`, ...successors].join(' ');
}

/**
 * An actor page's lead when every role begins after the reader's spoiler horizon (`asOf`, words
 * such as "30 Jun 2022"): "Sagar Parekh's first role in Anupamaa comes after 30 Jun 2022, where
 * you have watched up to."
 */
export function actorLaterLead(name: string, asOf: string): string {
  return `${name}'s first role in ${SHOW_TITLE} comes after ${asOf}, where you have watched up to.`;
}
