/**
 * How a result is put together from the engine's matches, over one view of the dataset (all of
 * it, or as it stood on a reader's spoiler horizon; see search-horizon.ts): a line of context for
 * each hit and, when the query asked a question ("who plays samar", "new pakhi", "who replaced
 * paras"), an answer read from the portrayals.
 */
import {
  SearchKindSchema,
  type SearchAnswer,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
} from '../../api/search-schemas';
import { eventTypeLabels, rumourStatusLabels } from '../../lib/labels';
import { formatPartialDate, yearOf } from '../../lib/partial-date';
import { formatStintYears } from '../../lib/stint';
import type { EventRecord, PortrayalRecord } from '../records';
import type { SearchIntent } from './search-intent';
import type { SearchHitRef } from './search-query';
import { isSearchedEvent, type LeapRecord, type SearchSource } from './search-source';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

interface Answered {
  answer: SearchAnswer;
  /** Hits to put first in their groups, in this order. */
  pins: SearchHit[];
}

export function createSearchView(source: SearchSource) {
  const characterById = new Map(source.characters.map((c) => [c.id, c]));
  const actorById = new Map(source.actors.map((a) => [a.id, a]));
  const eventById = new Map(source.events.map((e) => [e.id, e]));
  const leapById = new Map(source.leaps.map((l) => [l.id, l]));
  const rumourById = new Map(source.rumours.map((r) => [r.id, r]));
  const characterName = (id: string) => characterById.get(id)?.name ?? id;
  const actorName = (id: string) => actorById.get(id)?.name ?? id;
  const searchedEvents = source.events.filter(isSearchedEvent);

  function characterContext(id: string): string {
    const stints = source.stintsOfCharacter(id);
    if (stints.length === 0) return 'Actor not known';
    const played = stints.map((s) => `${actorName(s.actor)} ${formatStintYears(s)}`).join(', ');
    return `Played by ${played}`;
  }

  function actorContext(id: string): string {
    return source
      .stintsOfActor(id)
      .map(
        (s) =>
          `${s.status === 'ongoing' ? 'Plays' : 'Played'} ${characterName(s.character)} ${formatStintYears(s)}`,
      )
      .join('; ');
  }

  /** Every name of the people an event or rumour is about: they find it only with its words. */
  function namesOf(about: { characters: readonly string[]; actors: readonly string[] }): string[] {
    return [
      ...about.characters.flatMap((id) => {
        const row = characterById.get(id);
        return row ? [row.name, ...row.otherNames, ...row.nicknames] : [];
      }),
      ...about.actors.flatMap((id) => {
        const row = actorById.get(id);
        return row ? [row.name, ...row.alsoKnownAs] : [];
      }),
    ];
  }

  function eventTitle(event: EventRecord): string {
    const names = event.characters.length
      ? event.characters.map(characterName)
      : event.actors.map(actorName);
    return `${eventTypeLabels[event.type]}: ${names.join(', ')}`;
  }

  function leapContext(leap: LeapRecord): string {
    const aired = leap.aired ? `Aired ${formatPartialDate(leap.aired)}` : 'Air date not known';
    const note = leap.airedNote ? ` (${leap.airedNote})` : '';
    return `${aired}${note}${leap.duration ? `; ${leap.duration}` : ''}`;
  }

  function hitOf(ref: SearchHitRef): SearchHit {
    switch (ref.kind) {
      case 'character':
        return { ...ref, context: characterContext(ref.id), timeline: null };
      case 'actor':
        return { ...ref, context: actorContext(ref.id), timeline: null };
      case 'leap': {
        const leap = leapById.get(ref.id);
        return { ...ref, matched: null, context: leap ? leapContext(leap) : '', timeline: null };
      }
      case 'event': {
        const event = eventById.get(ref.id);
        return {
          ...ref,
          matched: null,
          context: event ? `${formatPartialDate(event.date)}: ${event.summary}` : '',
          timeline: event ? { type: event.type, character: event.characters[0] ?? null } : null,
        };
      }
      case 'rumour': {
        const rumour = rumourById.get(ref.id);
        const context = rumour
          ? `${formatPartialDate(rumour.date)}: ${rumourStatusLabels[rumour.status]}${rumour.outcome ? `. ${rumour.outcome}` : ''}`
          : '';
        return { ...ref, matched: null, context, timeline: null };
      }
    }
  }

  const personHit = (kind: 'actor' | 'character', id: string): SearchHit =>
    hitOf({ kind, id, name: kind === 'actor' ? actorName(id) : characterName(id), matched: null });

  const eventHit = (event: EventRecord): SearchHit =>
    hitOf({ kind: 'event', id: event.id, name: eventTitle(event), matched: null });

  /** The recast events that report `stint` taking over its role. */
  function recastEvents(stint: PortrayalRecord): SearchHit[] {
    return searchedEvents
      .filter(
        (e) =>
          e.type === 'replaced' &&
          e.characters.includes(stint.character) &&
          e.actors.includes(stint.actor),
      )
      .map(eventHit);
  }

  function playsAnswer(characterId: string): Answered {
    const name = characterName(characterId);
    const all = source.stintsOfCharacter(characterId);
    // A cameo (a flashback, a spirit, a wedding visit) is not who plays the role: it is told apart.
    const stints = all.filter((s) => s.kind !== 'cameo');
    const cameos = all.filter((s) => s.kind === 'cameo');
    const character: SearchAnswer['target'] = { kind: 'character', id: characterId, name };
    const latest = stints.find((s) => s.status === 'ongoing') ?? stints.at(-1);
    if (!latest) {
      return {
        answer: { text: `Who plays ${name} is not known.`, target: character },
        pins: [personHit('character', characterId)],
      };
    }
    const ongoing = stints.filter((s) => s.status === 'ongoing');
    const sentences = ongoing.map((s) =>
      s.from
        ? `${actorName(s.actor)} has played ${name} since ${yearOf(s.from)}.`
        : `${actorName(s.actor)} plays ${name}.`,
    );
    if (ongoing.length === 0) {
      const years = formatStintYears(latest);
      sentences.push(
        latest.status === 'ended'
          ? `${name} was last played by ${actorName(latest.actor)} (${years}).`
          : `${name} was last reported played by ${actorName(latest.actor)} (${years}); whether the role goes on is not known.`,
      );
    }
    const shown = ongoing.length ? ongoing : [latest];
    const before = stints.filter((s) => !shown.includes(s)).reverse();
    if (before.length) {
      sentences.push(
        `Earlier: ${list(before.map((s) => `${actorName(s.actor)} (${formatStintYears(s)})`))}.`,
      );
    }
    if (cameos.length) {
      sentences.push(
        `In cameos: ${list(cameos.map((s) => `${actorName(s.actor)} (${formatStintYears(s)})`))}.`,
      );
    }
    const actors = [...new Set([...shown, ...before].map((s) => s.actor))];
    return {
      answer: {
        text: sentences.join(' '),
        target: { kind: 'actor', id: latest.actor, name: actorName(latest.actor) },
      },
      pins: [...actors.map((id) => personHit('actor', id)), personHit('character', characterId)],
    };
  }

  function actorRolesAnswer(actorId: string): Answered {
    const name = actorName(actorId);
    const stints = source.stintsOfActor(actorId);
    const roles = stints.map(
      (s) =>
        `${s.status === 'ongoing' ? 'plays' : 'played'} ${characterName(s.character)} (${formatStintYears(s)})`,
    );
    const text = roles.length ? `${name} ${list(roles)}.` : `Whom ${name} plays is not known.`;
    return {
      answer: { text, target: { kind: 'actor', id: actorId, name } },
      pins: [
        personHit('actor', actorId),
        ...[...new Set(stints.map((s) => s.character))].map((id) => personHit('character', id)),
      ],
    };
  }

  function newAnswer(characterId: string): Answered {
    const name = characterName(characterId);
    const stints = source.stintsOfCharacter(characterId);
    const latest = stints.filter((s) => s.replaces !== null).at(-1);
    const previous = latest?.replaces ? source.portrayal(latest.replaces) : undefined;
    if (!latest || !previous) {
      const plays = playsAnswer(characterId);
      return {
        ...plays,
        answer: { ...plays.answer, text: `No recast of ${name} is recorded. ${plays.answer.text}` },
      };
    }
    const text = `${actorName(latest.actor)} took over as ${name} from ${actorName(previous.actor)} (${formatStintYears(latest)}).`;
    return {
      answer: {
        text,
        target: { kind: 'actor', id: latest.actor, name: actorName(latest.actor) },
      },
      pins: [
        personHit('actor', latest.actor),
        personHit('actor', previous.actor),
        personHit('character', characterId),
        ...recastEvents(latest),
      ],
    };
  }

  function replacedAnswer(actorId: string): Answered {
    const name = actorName(actorId);
    const sentences: string[] = [];
    const counterparts: string[] = [];
    const events: SearchHit[] = [];
    const when = (s: PortrayalRecord) => (s.from ? ` in ${formatPartialDate(s.from)}` : '');
    // Who replaced them first ("who replaced paras"), then whom they replaced.
    for (const stint of source.stintsOfActor(actorId)) {
      const next = stint.replacedBy ? source.portrayal(stint.replacedBy) : undefined;
      if (!next) continue;
      sentences.push(
        `${actorName(next.actor)} replaced ${name} as ${characterName(next.character)}${when(next)}.`,
      );
      counterparts.push(next.actor);
      events.push(...recastEvents(next));
    }
    for (const stint of source.stintsOfActor(actorId)) {
      const previous = stint.replaces ? source.portrayal(stint.replaces) : undefined;
      if (!previous) continue;
      sentences.push(
        `${name} replaced ${actorName(previous.actor)} as ${characterName(stint.character)}${when(stint)}.`,
      );
      counterparts.push(previous.actor);
      events.push(...recastEvents(stint));
    }
    const first = counterparts[0];
    if (first === undefined) {
      return {
        answer: {
          text: `No recast is recorded in ${name}'s roles.`,
          target: { kind: 'actor', id: actorId, name },
        },
        pins: [personHit('actor', actorId)],
      };
    }
    return {
      answer: {
        text: sentences.join(' '),
        target: { kind: 'actor', id: first, name: actorName(first) },
      },
      pins: [
        ...[...new Set([...counterparts, actorId])].map((id) => personHit('actor', id)),
        ...events,
      ],
    };
  }

  /** Answers the question from the best character or actor the other words found. */
  function answer(intent: SearchIntent, groups: readonly SearchGroup[]): Answered | null {
    const best = (kind: SearchKind) => groups.find((g) => g.kind === kind)?.hits[0]?.id;
    const character = best('character');
    const actor = best('actor');
    switch (intent) {
      case 'plays':
        if (character) return playsAnswer(character);
        return actor ? actorRolesAnswer(actor) : null;
      case 'new':
        return character ? newAnswer(character) : null;
      case 'replaced':
        if (actor) return replacedAnswer(actor);
        return character ? newAnswer(character) : null;
    }
  }

  /** The pinned hits first in their groups; the answer's kind first among the groups. */
  function arrange(groups: SearchGroup[], { answer: { target }, pins }: Answered): SearchGroup[] {
    const byKind = new Map(groups.map((g) => [g.kind, { ...g, hits: [...g.hits] }]));
    for (const pin of [...pins].reverse()) {
      const group = byKind.get(pin.kind) ?? { kind: pin.kind, hits: [], total: 0 };
      const at = group.hits.findIndex((h) => h.id === pin.id);
      if (at === -1) group.total += 1;
      else group.hits.splice(at, 1);
      group.hits.unshift(pin);
      byKind.set(pin.kind, group);
    }
    const order = (kind: SearchKind) =>
      kind === target.kind ? -1 : SearchKindSchema.options.indexOf(kind);
    return [...byKind.values()].sort((a, b) => order(a.kind) - order(b.kind));
  }
  return { namesOf, eventTitle, searchedEvents, hitOf, answer, arrange };
}

export type SearchView = ReturnType<typeof createSearchView>;
