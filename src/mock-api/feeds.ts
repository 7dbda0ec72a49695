/**
 * Atom feeds, written at build time from the same data the pages show: one for the whole show
 * (every cast change and leap, newest first) and one per character and per actor (their cast
 * changes and the rumours about them). A feed reader polls these files; the wiki needs no server.
 */
import type { Rumour, Show, TimelineEvent } from '../api/schemas';
import { eventTypeLabels, rumourStatusLabels } from '../lib/labels';
import { comparePartialDates, firstDay, formatPartialDate, isoOfDay } from '../lib/partial-date';
import { paths } from '../lib/paths';
import type { Db } from './db';

export interface Feed {
  /** Where the file goes, from the site's root: `/feed.xml`, `/characters/anuj-kapadia/feed.xml`. */
  path: string;
  xml: string;
}

/** The event types a follower of the cast wants to hear of. */
const CAST_CHANGES = new Set<TimelineEvent['type']>([
  'joined',
  'left',
  'replaced',
  'terminated',
  'died-in-story',
  'returned',
]);

/**
 * Ids are tag URIs (RFC 4151): they name the fact, not the address it is served from, so an
 * entry stays the same entry if the wiki moves to another host.
 */
const TAG = 'tag:anupamaa-wiki,2026:';

interface Entry {
  id: string;
  title: string;
  /** When it happened, as far as the sources tell (a partial date). */
  date: string;
  /** The newest date the wiki can vouch for: the event's, or a later report's. */
  updated: string;
  link: string;
  summary: string;
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** RFC 3339 for a partial date: its first day, at midnight UTC (`2022-07` → `2022-07-01T00:00:00Z`). */
export function rfc3339(date: string): string {
  return `${isoOfDay(firstDay(date))}T00:00:00Z`;
}

function newest(dates: (string | null)[]): string {
  const known = dates.filter((d): d is string => d !== null);
  return known.reduce((a, b) => (comparePartialDates(b, a) > 0 ? b : a));
}

function names(event: TimelineEvent): string {
  const people = [...event.characters, ...event.actors].map((p) => p.name);
  return people.length > 0 ? `: ${people.join(', ')}` : '';
}

function eventEntry(event: TimelineEvent, site: string): Entry {
  const character = event.characters[0];
  return {
    id: `${TAG}event/${event.id}`,
    title: `${eventTypeLabels[event.type]}${names(event)} (${formatPartialDate(event.date)})`,
    date: event.date,
    updated: newest([event.dateUntil ?? event.date, ...event.sources.map((s) => s.published)]),
    link: site + (character ? paths.character(character.id) : paths.timeline()),
    summary: event.summary,
  };
}

function leapEntry(leap: Show['leaps'][number], site: string): Entry | null {
  if (leap.aired === null) return null;
  return {
    id: `${TAG}leap/${leap.id}`,
    title: `Leap: ${leap.label} (${formatPartialDate(leap.aired)})`,
    date: leap.aired,
    updated: newest([leap.aired, ...leap.sources.map((s) => s.published)]),
    link: `${site}${paths.timeline(new URLSearchParams({ type: 'leap' }))}`,
    summary: leap.duration ? `${leap.summary} (Length: ${leap.duration}.)` : leap.summary,
  };
}

function rumourEntry(rumour: Rumour, site: string): Entry {
  return {
    id: `${TAG}rumour/${rumour.id}`,
    title: `Rumour, ${rumourStatusLabels[rumour.status].toLowerCase()}: ${rumour.claim}`,
    date: rumour.date,
    updated: newest([
      rumour.date,
      rumour.denial?.date ?? null,
      ...rumour.sources.map((s) => s.published),
    ]),
    link: `${site}${paths.rumours()}#${rumour.id}`,
    summary: rumour.outcome ?? 'No outcome yet.',
  };
}

function atom(
  { id, title, page, self }: { id: string; title: string; page: string; self: string },
  entries: Entry[],
  fallbackUpdated: string,
): string {
  // Newest first; a tie keeps the more precise date first, as the likelier to be the later.
  const sorted = [...entries].sort((a, b) => comparePartialDates(b.date, a.date));
  const updated = sorted.length > 0 ? newest(sorted.map((e) => e.updated)) : fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(id)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    '  <author><name>Anupamaa Wiki</name></author>',
    ...sorted.flatMap((e) => [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <published>${rfc3339(e.date)}</published>`,
      `    <updated>${rfc3339(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/** Every feed of the wiki; `siteUrl` makes the links absolute, as feed readers need. */
export function buildFeeds(db: Db, siteUrl: string): Feed[] {
  const site = siteUrl.replace(/\/$/, '');
  const show = db.show();
  const { events, markers } = db.timeline({});
  const changes = events.filter((e) => CAST_CHANGES.has(e.type));
  const leaps = show.leaps.flatMap((l) => leapEntry(l, site) ?? []);
  const feeds: Feed[] = [
    {
      path: paths.feed(paths.home()),
      xml: atom(
        {
          id: `${TAG}feed`,
          title: 'Anupamaa Wiki: cast changes and leaps',
          page: `${site}/`,
          self: site + paths.feed(paths.home()),
        },
        [...changes.map((e) => eventEntry(e, site)), ...leaps],
        markers.asOf,
      ),
    },
  ];
  for (const { id } of db.characters()) {
    const character = db.character(id);
    if (!character) continue;
    const page = paths.character(id);
    feeds.push({
      path: paths.feed(page),
      xml: atom(
        {
          id: `${TAG}character/${id}`,
          title: `${character.name}: cast changes and rumours · Anupamaa Wiki`,
          page: site + page,
          self: site + paths.feed(page),
        },
        [
          ...changes
            .filter((e) => e.characters.some((c) => c.id === id))
            .map((e) => eventEntry(e, site)),
          ...character.rumours.map((r) => rumourEntry(r, site)),
        ],
        markers.asOf,
      ),
    });
  }
  for (const { id } of db.actors()) {
    const actor = db.actor(id);
    if (!actor) continue;
    const page = paths.actor(id);
    feeds.push({
      path: paths.feed(page),
      xml: atom(
        {
          id: `${TAG}actor/${id}`,
          title: `${actor.name}: cast changes and rumours · Anupamaa Wiki`,
          page: site + page,
          self: site + paths.feed(page),
        },
        [
          ...actor.events.filter((e) => CAST_CHANGES.has(e.type)).map((e) => eventEntry(e, site)),
          ...actor.rumours.map((r) => rumourEntry(r, site)),
        ],
        markers.asOf,
      ),
    });
  }
  return feeds;
}
