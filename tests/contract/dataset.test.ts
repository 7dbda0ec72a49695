import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { api } from '../../src/api/client';
import { comparePartialDates, firstDay, isPartialDate, lastDay } from '../../src/lib/partial-date';
import { actors } from '../../src/mock-api/data/actors';
import { characters } from '../../src/mock-api/data/characters';
import { events } from '../../src/mock-api/data/events';
import { leaps } from '../../src/mock-api/data/leaps';
import { portrayals } from '../../src/mock-api/data/portrayals';
import { rumours } from '../../src/mock-api/data/rumours';
import { show } from '../../src/mock-api/data/show';
import { sources } from '../../src/mock-api/data/sources';
import { corrections } from '../../src/mock-api/data/corrections';
import { disputeChecks, urlChecks } from '../../src/mock-api/data/source-checks';
import {
  ActorRecordSchema,
  CharacterRecordSchema,
  EventRecordSchema,
  LeapRecordSchema,
  CorrectionRecordSchema,
  DisputeCheckRecordSchema,
  PortrayalRecordSchema,
  RumourRecordSchema,
  ShowRecordSchema,
  UrlCheckRecordSchema,
  SourceRecordSchema,
} from '../../src/mock-api/records';

function expectParses<T>(schema: z.ZodMiniType<T>, rows: readonly unknown[]) {
  for (const row of rows) {
    const result = schema.safeParse(row);
    expect(result.success ? null : { row, issues: result.error.issues }).toBeNull();
  }
}

/** Every source URL cited anywhere in a value, however deep. */
function citedUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedUrls);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === 'sources' && Array.isArray(inner) ? inner.map(String) : citedUrls(inner),
    );
  }
  return [];
}

const characterIds = new Set(characters.map((c) => c.id));
const actorIds = new Set(actors.map((a) => a.id));
const portrayalById = new Map(portrayals.map((p) => [p.id, p]));

/** Stints beside a role's main line of actors: they hand nothing over. */
const SIDE_KINDS = new Set(['returning', 'cameo', 'prequel']);
/** Event types about what is still to come, which may precede the stints they name. */
const FORWARD_LOOKING = new Set(['announcement', 'production', 'rumour']);

/**
 * A URL whose last path segment is a long slug (at least 150 characters once percent-encoded)
 * with no ending: no trailing slash, no `.html`, no numeric id. Such slugs were cut off.
 */
function looksCutOff(url: string): boolean {
  const { pathname, search } = new URL(url);
  if (search !== '' || pathname.endsWith('/')) return false;
  const last = pathname.split('/').at(-1) ?? '';
  const encoded = encodeURI(decodeURI(last));
  return encoded.length >= 150 && !/(\.html?|\d{4,})$/.test(encoded);
}

/**
 * The publication date some outlets write into the address: `/2024/03/23/`, `-2021-09-09`, or
 * TellyChakkar's `-220429` (YYMMDD). Null when the address carries none.
 */
function dateInUrl(url: string): string | null {
  const path =
    /\/(20\d\d)\/(\d\d)\/(\d\d)(?:\/|$)/.exec(url) ??
    /-(20\d\d)-(\d\d)-(\d\d)(?:\.html)?$/.exec(url);
  if (path) return path.slice(1).join('-');
  const yymmdd = url.includes('tellychakkar.com') ? /-(\d\d)(\d\d)(\d\d)$/.exec(url) : null;
  if (!yymmdd) return null;
  const iso = `20${yymmdd[1]}-${yymmdd[2]}-${yymmdd[3]}`;
  return isPartialDate(iso) ? iso : null;
}

describe('the dataset', () => {
  it('holds every record: 62 characters, 69 actors, 72 castings, 64 events, 5 leaps, 41 rumours', () => {
    expect(characters).toHaveLength(62);
    expect(actors).toHaveLength(69);
    expect(portrayals).toHaveLength(72);
    // Leaps are their own list; the change log's leap entries are made from it.
    expect(events).toHaveLength(64);
    expect(events.filter((e) => e.type === 'leap')).toEqual([]);
    expect(leaps).toHaveLength(5);
    expect(rumours).toHaveLength(41);
  });

  it('parses: every record matches its schema', () => {
    expectParses(CharacterRecordSchema, characters);
    expectParses(ActorRecordSchema, actors);
    expectParses(PortrayalRecordSchema, portrayals);
    expectParses(EventRecordSchema, events);
    expectParses(LeapRecordSchema, leaps);
    expectParses(SourceRecordSchema, sources);
    expectParses(ShowRecordSchema, [show]);
    expectParses(RumourRecordSchema, rumours);
    expectParses(CorrectionRecordSchema, corrections);
    expectParses(DisputeCheckRecordSchema, disputeChecks);
    expectParses(UrlCheckRecordSchema, urlChecks);
  });

  it('has unique ids', () => {
    for (const rows of [
      characters,
      actors,
      portrayals,
      events,
      leaps,
      rumours,
      sources.map((s) => ({ id: s.url })),
    ]) {
      const ids = rows.map((r) => r.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('resolves every reference between records', () => {
    const broken: string[] = [];
    for (const c of characters)
      for (const r of c.relations)
        if (!characterIds.has(r.character)) broken.push(`${c.id} → ${r.character}`);
    for (const p of portrayals) {
      if (!characterIds.has(p.character)) broken.push(`${p.id} → character ${p.character}`);
      if (!actorIds.has(p.actor)) broken.push(`${p.id} → actor ${p.actor}`);
      for (const other of [p.replaces, p.replacedBy])
        if (other !== null && !portrayalById.has(other)) broken.push(`${p.id} → ${other}`);
    }
    for (const e of events) {
      for (const id of e.characters) if (!characterIds.has(id)) broken.push(`${e.id} → ${id}`);
      for (const id of e.actors) if (!actorIds.has(id)) broken.push(`${e.id} → ${id}`);
    }
    expect(broken).toEqual([]);
  });

  it('cites only sources it knows, and keeps no source unused', () => {
    const known = new Set(sources.map((s) => s.url));
    const cited = new Set(
      citedUrls([show, characters, actors, portrayals, events, leaps, rumours, corrections]),
    );
    expect([...cited].filter((url) => !known.has(url))).toEqual([]);
    expect([...known].filter((url) => !cited.has(url))).toEqual([]);
  });

  it('never ends a stint before it starts', () => {
    const backwards = portrayals.filter(
      // `2022-04` may end a stint that began `2022-04-25`: only an end wholly before the start is wrong.
      (p) => p.from !== null && p.to !== null && lastDay(p.to) < firstDay(p.from),
    );
    expect(backwards.map((p) => p.id)).toEqual([]);
  });

  it('records recasts in both directions: A replaced by B exactly when B replaces A', () => {
    const mismatched: string[] = [];
    for (const p of portrayals) {
      if (p.replacedBy !== null && portrayalById.get(p.replacedBy)?.replaces !== p.id)
        mismatched.push(`${p.id} says it was replaced by ${p.replacedBy}`);
      if (p.replaces !== null && portrayalById.get(p.replaces)?.replacedBy !== p.id)
        mismatched.push(`${p.id} says it replaces ${p.replaces}`);
      const other = p.replaces === null ? undefined : portrayalById.get(p.replaces);
      if (other && other.character !== p.character)
        mismatched.push(`${p.id} replaces a stint of another character`);
    }
    expect(mismatched).toEqual([]);
  });

  it('labels ongoing roles with the date of their latest source, and only ended ones with an end', () => {
    for (const p of portrayals) {
      if (p.status === 'ongoing') {
        expect({ id: p.id, asOf: p.asOf !== null, to: p.to }).toEqual({
          id: p.id,
          asOf: true,
          to: null,
        });
      }
      if (p.to !== null)
        expect({ id: p.id, status: p.status }).toEqual({ id: p.id, status: 'ended' });
    }
  });

  it('ends a stint only with an end date, or the date by which it had ended', () => {
    // "Ended" with neither `to` nor `asOf` tells a fan nothing about when: say "unknown", or say
    // by when it is known to have ended (asOf), or find the date.
    const undated = portrayals.filter(
      (p) => p.status === 'ended' && p.to === null && p.asOf === null,
    );
    expect(undated.map((p) => p.id)).toEqual([]);
  });

  it('links every handover between two actors of one role both ways', () => {
    // One actor's stint ends where another's begins in the same role (a recast, or a child aged up
    // at a leap): that is a handover, and the wiki must say who replaced whom.
    const unlinked: string[] = [];
    const handovers = portrayals.filter((p) => !SIDE_KINDS.has(p.kind));
    for (const a of handovers) {
      if (a.to === null) continue;
      for (const b of handovers) {
        if (b === a || b.character !== a.character || b.actor === a.actor || b.from === null)
          continue;
        const gap = firstDay(b.from) - lastDay(a.to);
        // Linked either way is the both-directions rule's business; here neither side says a word.
        if (gap >= -31 && gap <= 31 && a.replacedBy === null && b.replaces === null)
          unlinked.push(`${a.id} → ${b.id}`);
      }
    }
    expect(unlinked).toEqual([]);
  });

  it('never dates an event before the stints it describes', () => {
    // An event that names an actor in a role must not end before that actor's first stint in the
    // role begins: a recast dated a month before the new actor's first day reads, on the timeline,
    // as a handover that had not happened yet. News about the future (announcements) is exempt.
    const early: string[] = [];
    for (const e of events) {
      if (FORWARD_LOOKING.has(e.type)) continue;
      const end = lastDay(e.dateUntil ?? e.date);
      for (const actor of e.actors)
        for (const character of e.characters) {
          const starts = portrayals
            .filter((p) => p.actor === actor && p.character === character)
            .map((p) => (p.from === null ? -Infinity : firstDay(p.from)));
          if (starts.length > 0 && end < Math.min(...starts))
            early.push(`${e.id} (${actor} as ${character})`);
        }
    }
    expect(early).toEqual([]);
  });

  it('keeps no credit that a correction has shown to be wrong', () => {
    const wrong: string[] = [];
    for (const c of corrections) {
      const pairs = portrayals.map((p) => `${p.actor} as ${p.character}`);
      if (c.wrong && pairs.includes(`${c.wrong.actor} as ${c.wrong.character}`))
        wrong.push(`${c.id}: ${c.wrong.actor} is still credited as ${c.wrong.character}`);
      if (c.wrong && characterIds.has(c.wrong.character) && c.wrong.character !== c.right.character)
        wrong.push(`${c.id}: the wrong character ${c.wrong.character} still exists`);
      if (!pairs.includes(`${c.right.actor} as ${c.right.character}`))
        wrong.push(`${c.id}: ${c.right.actor} is not credited as ${c.right.character}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lists as "unplaced" only actors whose role is not yet known', () => {
    const placed = new Set(
      portrayals.map((p) => actors.find((a) => a.id === p.actor)?.name).filter(Boolean),
    );
    expect(show.unplacedCast.map((u) => u.name).filter((name) => placed.has(name))).toEqual([]);
  });

  it('cites for a dispute only articles checked to support it', () => {
    // Each source of a dispute has a check in source-checks.ts, made against a stored copy of the
    // article; a dispute source nobody checked, or one the check found silent, fails.
    const disputes = [
      ...characters.map((c) => [c.id, c.dispute] as const),
      ...portrayals.map((p) => [p.id, p.dispute] as const),
    ];
    const failing: string[] = [];
    for (const [id, dispute] of disputes) {
      for (const url of dispute?.sources ?? []) {
        const check = disputeChecks.find((c) => c.record === id && c.url === url);
        if (!check) failing.push(`${id}: ${url} was never checked`);
        else if (check.verdict === 'does-not-support')
          failing.push(`${id}: ${url} does not support it`);
      }
    }
    expect(failing).toEqual([]);
  });

  it('cites no URL that has lost its ending, unless a check says so', () => {
    // WordPress cuts slugs at 200 characters, and copy-paste cuts them anywhere: a long slug that
    // stops mid-word is likely a broken link. Each one must be confirmed whole or noted as cut.
    const flagged = sources
      .filter((s) => looksCutOff(s.url))
      .filter((s) => !urlChecks.some((c) => c.url === s.url))
      .map((s) => s.url);
    expect(flagged).toEqual([]);
  });

  it('follows every rumour to its outcome, with its links', () => {
    // A leap's entry in the change log carries the leap's id, so a rumour of a leap can point to it.
    const eventIds = new Set([...events, ...leaps].map((e) => e.id));
    const wrong: string[] = [];
    for (const r of rumours) {
      const links = [...(r.confirmedBy?.portrayals ?? []), ...(r.confirmedBy?.events ?? [])];
      if (r.status === 'confirmed' && links.length === 0)
        wrong.push(`${r.id}: confirmed, but by no cast change`);
      if (r.status !== 'confirmed' && r.confirmedBy !== null)
        wrong.push(`${r.id}: ${r.status}, yet linked to a cast change`);
      if (r.status === 'denied' && r.denial === null) wrong.push(`${r.id}: denied, by nobody`);
      if ((r.status === 'confirmed' || r.status === 'denied') && r.outcome === null)
        wrong.push(`${r.id}: ${r.status} with no outcome told`);
      for (const id of r.confirmedBy?.portrayals ?? [])
        if (!portrayalById.has(id)) wrong.push(`${r.id} → ${id}`);
      for (const id of r.confirmedBy?.events ?? [])
        if (!eventIds.has(id)) wrong.push(`${r.id} → ${id}`);
      for (const id of r.characters) if (!characterIds.has(id)) wrong.push(`${r.id} → ${id}`);
      for (const id of r.actors) if (!actorIds.has(id)) wrong.push(`${r.id} → ${id}`);
      if (r.characters.length + r.actors.length === 0) wrong.push(`${r.id}: about nobody`);
    }
    expect(wrong).toEqual([]);
  });

  it('dates each source as its own address does (no day and month swapped)', () => {
    const wrong = sources
      .map((s) => ({ url: s.url, published: s.published, inUrl: dateInUrl(s.url) }))
      .filter(
        (s) =>
          s.inUrl !== null &&
          s.published !== null &&
          !s.inUrl.startsWith(s.published) &&
          !s.published.startsWith(s.inUrl),
      );
    expect(wrong).toEqual([]);
  });

  it('keeps event windows in order', () => {
    for (const e of events)
      if (e.dateUntil) expect(comparePartialDates(e.date, e.dateUntil)).toBeLessThan(0);
  });

  it('keeps dates in YYYY, YYYY-MM or YYYY-MM-DD form', () => {
    const dates = [
      ...portrayals.flatMap((p) => [p.from, p.to, p.asOf]),
      ...events.flatMap((e) => [e.date, e.dateUntil]),
      ...rumours.flatMap((r) => [r.date, r.denial?.date ?? null]),
      ...sources.map((s) => s.published),
    ].filter((d): d is string => d !== null);
    expect(dates.filter((d) => !isPartialDate(d))).toEqual([]);
  });

  it('shows disputes two-sided: each names its own sources', () => {
    const disputes = [
      ...characters.map((c) => c.dispute),
      ...portrayals.map((p) => p.dispute),
      ...leaps.map((l) => l.dispute),
    ].filter((d) => d !== null);
    expect(disputes.length).toBeGreaterThan(5);
    for (const d of disputes) expect(d.sources.length).toBeGreaterThan(0);
  });
});

describe('the API over the dataset', () => {
  it('serves every character and actor page in the contract shape', async () => {
    // The client validates each response with the contract schema, so a drift throws here.
    for (const c of characters) expect((await api.character(c.id)).id).toBe(c.id);
    for (const a of actors) expect((await api.actor(a.id)).id).toBe(a.id);
    expect((await api.characters()).characters).toHaveLength(characters.length);
    expect((await api.actors()).actors).toHaveLength(actors.length);
    // The cast and show events, and one entry for each leap.
    expect((await api.timeline({})).events).toHaveLength(events.length + leaps.length);
    const shown = await api.show();
    expect(shown.counts).toMatchObject({
      characters: characters.length,
      actors: actors.length,
      portrayals: portrayals.length,
      events: events.length + leaps.length,
      rumours: rumours.length,
    });
  });

  it('answers the cast timeline: every stint, character and marker of the timeline, no log', async () => {
    const cast = await api.castTimeline();
    const { events: log, ...rest } = await api.timeline({});
    expect(log.length).toBeGreaterThan(0);
    expect(cast).toEqual(rest);
    expect(cast).not.toHaveProperty('events');
    expect(cast.portrayals).toHaveLength(portrayals.length);
  });

  it('sorts the timeline by date', async () => {
    const { events: served } = await api.timeline({});
    const dates = served.map((e) => e.date);
    expect([...dates].sort(comparePartialDates)).toEqual(dates);
  });

  it('answers bad timeline filters with a 400 and a message', async () => {
    await expect(api.timeline({ character: 'nobody' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('no character'),
    });
    await expect(api.timeline({ from: '2022-13' })).rejects.toMatchObject({ status: 400 });
    await expect(api.timeline({ from: '2024', to: '2020' })).rejects.toMatchObject({ status: 400 });
    await expect(api.timeline({ type: 'exploded' as unknown as 'leap' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('not an event type'),
    });
  });

  it('filters the timeline by character, type and dates', async () => {
    const samar = await api.timeline({ character: 'samar-shah' });
    // Sagar Parekh twice: his recast stint, and his brief return as Samar's spirit in Oct 2025.
    expect(samar.portrayals.map((p) => p.actor.name)).toEqual([
      'Paras Kalnawat',
      'Sagar Parekh',
      'Sagar Parekh',
    ]);
    expect(samar.events.every((e) => e.characters.some((c) => c.id === 'samar-shah'))).toBe(true);
    const leaps = await api.timeline({ type: 'leap' });
    expect(leaps.events.length).toBeGreaterThan(0);
    expect(leaps.events.every((e) => e.type === 'leap')).toBe(true);
    const in2022 = await api.timeline({ from: '2022', to: '2022' });
    expect(in2022.events.every((e) => e.date.startsWith('2022'))).toBe(true);
  });

  it("gives the chart its rows' characters and its markers", async () => {
    const all = await api.timeline({});
    expect(all.characters).toHaveLength(characters.length);
    expect(all.characters[0]).toEqual({ id: 'anupamaa', name: 'Anupamaa', household: 'shah' });
    expect(all.markers.premiere).toBe('2020-07-13');
    expect(all.markers.leaps.map((l) => l.aired)).toEqual([
      '2023-12',
      '2024',
      '2024-10',
      '2025-05',
      '2026-03',
    ]);
    // The newest dated source: nothing later can be known.
    const newest = sources
      .map((s) => s.published)
      .filter((d): d is string => d !== null)
      .sort(comparePartialDates)
      .at(-1);
    expect(all.markers.asOf).toBe(newest);
    const samar = await api.timeline({ character: 'samar-shah' });
    expect(samar.characters.map((c) => c.id)).toEqual(['samar-shah']);
    const gaurav = await api.timeline({ actor: 'gaurav-khanna' });
    expect(gaurav.characters.map((c) => c.id)).toEqual(['anuj-kapadia']);
  });

  it('answers unknown ids with a 404 and a JSON message', async () => {
    await expect(api.character('nobody')).rejects.toMatchObject({ status: 404, isNotFound: true });
    await expect(api.actor('nobody')).rejects.toMatchObject({ status: 404 });
    await expect(api.leap('nobody')).rejects.toMatchObject({ status: 404 });
  });

  it('serves one list of leaps, read the same by the show, the chart and the change log', async () => {
    const ids = leaps.map((l) => l.id);
    expect((await api.leaps()).leaps.map((l) => l.id)).toEqual(ids);
    expect((await api.show()).leaps.map((l) => l.id)).toEqual(ids);
    expect((await api.timeline({})).markers.leaps.map((l) => l.id)).toEqual(ids);
    expect((await api.timeline({ type: 'leap' })).events.map((e) => e.id)).toEqual(ids);
    for (const id of ids) expect((await api.leap(id)).leap.id).toBe(id);
  });

  it('tells, for a leap, who left, who was recast or aged up, and who joined', async () => {
    const { comparison } = await api.leap('leap-2023');
    expect(comparison).toMatchObject({ from: '2023-10-31', to: '2024-01-31' });
    const recast = comparison?.recast.map(
      (r) =>
        `${r.character.name}: ${r.before.map((s) => s.actor.name).join()} → ${r.after.map((s) => s.actor.name).join()}${r.agedUp ? ' (aged up)' : ''}`,
    );
    expect(recast).toContain('Aadhya Kapadia: Asmi Deo → Aurra Bhatnagar (aged up)');
    expect(comparison?.joined.map((s) => s.actor.name)).toContain('Sukirti Kandpal');
    expect(comparison?.stayed.map((s) => s.actor.name)).toContain('Rupali Ganguly');
  });
});
