import { describe, expect, it } from 'vitest';
import type { Portrayal } from '../../src/api/schemas';
import { isPastHorizon } from '../../src/lib/horizon';
import { actorLead, characterLead } from '../../src/lib/lead';
import {
  actorAsOf,
  actorSummaryAsOf,
  characterAsOf,
  characterSummaryAsOf,
  rumoursAsOf,
} from '../../src/lib/person-as-of';
import { stintAsOf, stintKnownFrom } from '../../src/lib/as-of';
import { roleNow } from '../../src/lib/role-now';
import { loadDb } from '../../src/mock-api/load-db';

const BEFORE = '2022-06-30';
const AFTER = '2022-09-30';

async function samar() {
  const db = await loadDb();
  return db.character('samar-shah')!;
}

describe('a character as of a spoiler horizon', () => {
  it('before the recast: Paras Kalnawat still plays Samar, and nobody else is named', async () => {
    const { character, hidden } = characterAsOf(await samar(), BEFORE);
    expect(character.portrayals.map((p) => p.actor.name)).toEqual(['Paras Kalnawat']);
    const [paras] = character.portrayals;
    // His contract ended on 26 Jul 2022, after the horizon: still running as of the horizon.
    expect(paras).toMatchObject({
      status: 'ongoing',
      to: null,
      asOf: BEFORE,
      exitReason: null,
      exitDetail: null,
      replacedBy: null,
      dispute: null,
      note: null,
    });
    expect(hidden.portrayals.map((p) => p.actor.name)).toEqual(['Sagar Parekh', 'Sagar Parekh']);
    expect(JSON.stringify(character.portrayals)).not.toContain('Sagar Parekh');
    expect(roleNow(character.portrayals)).toEqual({
      kind: 'played',
      current: [{ actor: { id: 'paras-kalnawat', name: 'Paras Kalnawat' }, asOf: BEFORE }],
    });
    expect(characterLead(character)).toBe(
      'Samar Shah is a character in Anupamaa, the child of Anupamaa and Vanraj Shah. The role has been played by Paras Kalnawat since July 2020.',
    );
    expect(hidden.story).toBe(true);
  });

  it('after the recast: Paras left and Sagar Parekh plays Samar, whose death is still to come', async () => {
    const { character, hidden } = characterAsOf(await samar(), AFTER);
    const [paras, sagar] = character.portrayals;
    expect(paras).toMatchObject({ to: '2022-07-26', exitReason: 'terminated' });
    expect(paras?.replacedBy?.actor.name).toBe('Sagar Parekh');
    expect(sagar).toMatchObject({ status: 'ongoing', to: null, asOf: AFTER, exitReason: null });
    expect(hidden.portrayals).toHaveLength(1);
    expect(characterLead(character)).toContain(
      'was played by Paras Kalnawat from July 2020 to July 2022, and has been played by Sagar Parekh since August 2022.',
    );
    expect(characterLead(character)).not.toContain('death');
  });

  it('drops relations not yet known (marriages are undated) and keeps kinship on screen', async () => {
    const { character, hidden } = characterAsOf(await samar(), BEFORE);
    expect(character.relations.map((r) => r.character.name)).toContain('Vanraj Shah');
    expect(hidden.relations.map((r) => r.type)).toEqual(
      expect.arrayContaining(['spouse', 'partner']),
    );
    for (const r of character.relations) expect(isPastHorizon(r.since, BEFORE)).toBe(false);
  });

  it('hides rumours reported later, and an earlier rumour shows as it stood then', async () => {
    const detail = await samar();
    const before = characterAsOf(detail, BEFORE).character.rumours;
    for (const r of before) expect(isPastHorizon(r.date, BEFORE)).toBe(false);
    // The Jhalak rumour of 22 Jul 2022 came true four days later: after the horizon of 25 Jul
    // it is still a rumour; by the end of September it is confirmed.
    const jhalak = (h: string) =>
      characterAsOf(detail, h).character.rumours.find((r) => r.date === '2022-07-22');
    expect(jhalak('2022-07-25')).toMatchObject({
      status: 'rumoured',
      outcome: null,
      confirmedBy: [],
    });
    // Confirmed by then; the outcome's words are written today and undated, so they stay folded,
    // as the rumour list folds them (one rule: lib/rumour-as-of).
    expect(jhalak(AFTER)).toMatchObject({ status: 'confirmed', outcome: null });
    expect(jhalak(AFTER)?.confirmedBy).not.toEqual([]);
    expect(
      characterAsOf(detail, null).character.rumours.find((r) => r.date === '2022-07-22')?.outcome,
    ).toContain('Sagar Parekh took over');
  });

  it('changes nothing with no horizon', async () => {
    const detail = await samar();
    const { character, hidden } = characterAsOf(detail, null);
    expect(character).toEqual(detail);
    expect(hidden).toEqual({ portrayals: [], relations: [], rumours: [], story: false });
  });

  it('over the whole dataset: no stint, relation or rumour shown is dated past the horizon', async () => {
    const db = await loadDb();
    for (const horizon of ['2020-12-31', BEFORE, AFTER, '2024-01-15']) {
      for (const { id } of db.characters()) {
        const { character, hidden } = characterAsOf(db.character(id)!, horizon);
        for (const p of character.portrayals) {
          expect(isPastHorizon(stintKnownFrom(p), horizon)).toBe(false);
          if (p.to) expect(isPastHorizon(p.to, horizon)).toBe(false);
          if (p.exitReason) expect(p.to === null || !isPastHorizon(p.to, horizon)).toBe(true);
        }
        for (const p of hidden.portrayals)
          expect(isPastHorizon(stintKnownFrom(p), horizon)).toBe(true);
        for (const r of character.rumours) expect(isPastHorizon(r.date, horizon)).toBe(false);
      }
    }
  });
});

describe('one stint as of a horizon', () => {
  const stint: Portrayal = {
    id: 'x--y',
    character: { id: 'x', name: 'X' },
    actor: { id: 'y', name: 'Y' },
    kind: 'original',
    from: '2021-03',
    to: null,
    status: 'ended',
    asOf: '2023',
    exitReason: 'quit',
    exitDetail: null,
    replaces: null,
    replacedBy: null,
    confidence: 'high',
    dispute: null,
    note: 'Left in a huff.',
    sources: [],
  };

  it('counts a start month that may fall after the horizon as after', () => {
    expect(stintAsOf(stint, '2021-03-15')).toBeNull();
    expect(stintAsOf(stint, '2021-03-31')).not.toBeNull();
  });

  it('an end on an unknown day, over by a later date: whether it had ended is not known', () => {
    expect(stintAsOf(stint, '2022-01-01')).toMatchObject({
      status: 'unknown',
      asOf: null,
      exitReason: null,
      note: null,
    });
    expect(stintAsOf(stint, '2024-01-01')).toEqual(stint);
  });

  it('names a successor only once the successor had started', () => {
    const ended = {
      ...stint,
      to: '2022-05',
      replacedBy: {
        portrayalId: 'x--z',
        actor: { id: 'z', name: 'Z' },
        character: stint.character,
      },
    };
    expect(stintAsOf(ended, '2022-06-15', '2022-07')?.replacedBy).toBeNull();
    expect(stintAsOf(ended, '2022-07-31', '2022-07')?.replacedBy?.actor.name).toBe('Z');
  });
});

describe('an actor as of a horizon', () => {
  it('Sagar Parekh has no role before the recast; after it he plays Samar, still alive', async () => {
    const db = await loadDb();
    const sagar = db.actor('sagar-parekh')!;
    const before = actorAsOf(sagar, BEFORE);
    expect(before.actor.portrayals).toEqual([]);
    expect(before.hidden.portrayals).toHaveLength(2);
    expect(before.actor.events).toEqual([]);
    const after = actorAsOf(sagar, AFTER);
    expect(actorLead(after.actor)).toBe(
      'Sagar Parekh has played Samar Shah in Anupamaa since August 2022, taking over from Paras Kalnawat.',
    );
    for (const e of after.actor.events) expect(isPastHorizon(e.date, AFTER)).toBe(false);
    expect(after.hidden.events.length).toBeGreaterThan(0);
  });

  it('Paras Kalnawat before his exit: the exit and his successor are not yet known', async () => {
    const db = await loadDb();
    const { actor } = actorAsOf(db.actor('paras-kalnawat')!, BEFORE);
    expect(actorLead(actor)).toBe(
      'Paras Kalnawat has played Samar Shah in Anupamaa since July 2020.',
    );
    expect(JSON.stringify(actor)).not.toContain('Sagar Parekh');
    // Reports published later are not cited: their headlines may tell what came later.
    const cited = [
      ...actor.sources,
      ...actor.portrayals.flatMap((p) => p.sources),
      ...actor.events.flatMap((e) => e.sources),
      ...actor.rumours.flatMap((r) => r.sources),
    ];
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited) expect(isPastHorizon(source.published, BEFORE)).toBe(false);
  });
});

describe('the lists as of a horizon', () => {
  it("a character card names the actor of the horizon's day", async () => {
    const db = await loadDb();
    const samarCard = db.characters().find((c) => c.id === 'samar-shah')!;
    expect(characterSummaryAsOf(samarCard, BEFORE)).toMatchObject({
      latestActor: { name: 'Paras Kalnawat' },
      latestStatus: 'ongoing',
      actorCount: 1,
    });
    expect(characterSummaryAsOf(samarCard, AFTER)).toMatchObject({
      latestActor: { name: 'Sagar Parekh' },
      latestStatus: 'ongoing',
      actorCount: 2,
    });
    expect(characterSummaryAsOf(samarCard, '2020-01-01')).toBeNull();
  });

  it('an actor whose every role began later is left out; one who joined earlier stays', async () => {
    const db = await loadDb();
    const card = (id: string) => db.actors().find((a) => a.id === id)!;
    expect(actorSummaryAsOf(card('sagar-parekh'), BEFORE)).toBeNull();
    expect(actorSummaryAsOf(card('sagar-parekh'), AFTER)?.roles).toEqual([
      expect.objectContaining({ from: '2022-08', to: null, status: 'ongoing' }),
    ]);
    expect(actorSummaryAsOf(card('paras-kalnawat'), BEFORE)?.roles).toEqual([
      expect.objectContaining({ to: null, status: 'ongoing' }),
    ]);
    expect(actorSummaryAsOf(card('sagar-parekh'), null)).toEqual(card('sagar-parekh'));
  });

  it('rumours with no horizon are all shown, untouched', async () => {
    const detail = await samar();
    expect(rumoursAsOf(detail.rumours, null).shown).toEqual(detail.rumours);
  });
});
