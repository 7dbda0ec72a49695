import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { api } from '../../src/api/client';
import { comparePartialDates, firstDay, isPartialDate, lastDay } from '../../src/lib/partial-date';
import { actors } from '../../src/mock-api/data/actors';
import { characters } from '../../src/mock-api/data/characters';
import { events } from '../../src/mock-api/data/events';
import { leaps } from '../../src/mock-api/data/leaps';
import { portrayals } from '../../src/mock-api/data/portrayals';
import { show } from '../../src/mock-api/data/show';
import { sources } from '../../src/mock-api/data/sources';
import {
  ActorRecordSchema,
  CharacterRecordSchema,
  EventRecordSchema,
  LeapRecordSchema,
  PortrayalRecordSchema,
  ShowRecordSchema,
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

describe('the dataset', () => {
  it('holds every record of the research: 50 characters, 59 actors, 59 castings, 39 events, 5 leaps', () => {
    expect(characters).toHaveLength(50);
    expect(actors).toHaveLength(59);
    expect(portrayals).toHaveLength(59);
    // Leaps are their own list; the change log's leap entries are made from it.
    expect(events).toHaveLength(39);
    expect(events.filter((e) => e.type === 'leap')).toEqual([]);
    expect(leaps).toHaveLength(5);
  });

  it('parses: every record matches its schema', () => {
    expectParses(CharacterRecordSchema, characters);
    expectParses(ActorRecordSchema, actors);
    expectParses(PortrayalRecordSchema, portrayals);
    expectParses(EventRecordSchema, events);
    expectParses(LeapRecordSchema, leaps);
    expectParses(SourceRecordSchema, sources);
    expectParses(ShowRecordSchema, [show]);
  });

  it('has unique ids', () => {
    for (const rows of [
      characters,
      actors,
      portrayals,
      events,
      leaps,
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
    const cited = new Set(citedUrls([show, characters, actors, portrayals, events, leaps]));
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

  it('keeps event windows in order', () => {
    for (const e of events)
      if (e.dateUntil) expect(comparePartialDates(e.date, e.dateUntil)).toBeLessThan(0);
  });

  it('keeps dates in YYYY, YYYY-MM or YYYY-MM-DD form', () => {
    const dates = [
      ...portrayals.flatMap((p) => [p.from, p.to, p.asOf]),
      ...events.flatMap((e) => [e.date, e.dateUntil]),
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
    expect((await api.characters()).characters).toHaveLength(50);
    expect((await api.actors()).actors).toHaveLength(59);
    // 39 cast and show events, and one entry for each of the 5 leaps.
    expect((await api.timeline({})).events).toHaveLength(44);
    const shown = await api.show();
    expect(shown.counts).toMatchObject({ characters: 50, actors: 59, portrayals: 59, events: 44 });
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
    expect(samar.portrayals.map((p) => p.actor.name)).toEqual(['Paras Kalnawat', 'Sagar Parekh']);
    expect(samar.events.every((e) => e.characters.some((c) => c.id === 'samar-shah'))).toBe(true);
    const leaps = await api.timeline({ type: 'leap' });
    expect(leaps.events.length).toBeGreaterThan(0);
    expect(leaps.events.every((e) => e.type === 'leap')).toBe(true);
    const in2022 = await api.timeline({ from: '2022', to: '2022' });
    expect(in2022.events.every((e) => e.date.startsWith('2022'))).toBe(true);
  });

  it("gives the chart its rows' characters and its markers", async () => {
    const all = await api.timeline({});
    expect(all.characters).toHaveLength(50);
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
