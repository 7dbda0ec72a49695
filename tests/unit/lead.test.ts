import { describe, expect, it } from 'vitest';
import type { Portrayal } from '../../src/api/schemas';
import {
  actorLead,
  characterIntro,
  characterLead,
  joinAnd,
  portrayalSentence,
  stintPhrase,
} from '../../src/lib/lead';
import { loadDb } from '../../src/mock-api/load-db';

function stint(overrides: Partial<Portrayal> & Pick<Portrayal, 'id'>): Portrayal {
  return {
    character: { id: 'samar-shah', name: 'Samar Shah' },
    actor: { id: 'someone', name: 'Someone' },
    kind: 'original',
    from: null,
    to: null,
    status: 'unknown',
    asOf: null,
    exitReason: null,
    exitDetail: null,
    replaces: null,
    replacedBy: null,
    confidence: 'high',
    dispute: null,
    note: null,
    sources: [],
    ...overrides,
  };
}

const paras = stint({
  id: 'samar-shah--paras-kalnawat',
  actor: { id: 'paras-kalnawat', name: 'Paras Kalnawat' },
  from: '2020-07-13',
  to: '2022-07-26',
  status: 'ended',
  exitReason: 'terminated',
});
const sagar = stint({
  id: 'samar-shah--sagar-parekh',
  actor: { id: 'sagar-parekh', name: 'Sagar Parekh' },
  kind: 'recast',
  from: '2022-08',
  to: '2023-10',
  status: 'ended',
  exitReason: 'character-killed-off',
  replaces: {
    portrayalId: paras.id,
    actor: paras.actor,
    character: paras.character,
  },
});

describe('lead sentences', () => {
  it('joins names the way prose does', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['A'])).toBe('A');
    expect(joinAnd(['A', 'B'])).toBe('A and B');
    expect(joinAnd(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('words a stint at month precision, and says what is unknown', () => {
    expect(stintPhrase(paras)).toBe('from July 2020 to July 2022');
    expect(stintPhrase(sagar)).toBe("from August 2022 until the character's death in October 2023");
    expect(stintPhrase({ ...paras, status: 'ongoing', to: null })).toBe('since July 2020');
    expect(stintPhrase({ ...paras, from: null })).toBe('from an unknown date to July 2022');
    expect(stintPhrase({ ...paras, to: null })).toBe('from July 2020 to an unknown date');
    expect(stintPhrase({ ...paras, to: null, status: 'unknown' })).toBe(
      'from July 2020 (whether the role has ended is unknown)',
    );
    expect(stintPhrase({ ...paras, from: null, to: null, status: 'unknown' })).toBe(
      'at a time not known',
    );
    expect(stintPhrase({ ...paras, from: '2021' })).toBe('from 2021 to July 2022');
    expect(stintPhrase({ ...paras, from: '2022-04-02', to: '2022-04' })).toBe('in April 2022');
  });

  it("tells Samar's actors as the issue asks", () => {
    expect(portrayalSentence([paras, sagar])).toBe(
      "The role was played by Paras Kalnawat from July 2020 to July 2022 and by Sagar Parekh from August 2022 until the character's death in October 2023.",
    );
  });

  it('uses the present perfect for a current actor, and says when nobody is known', () => {
    const rupali = stint({
      id: 'a--r',
      actor: { id: 'rupali-ganguly', name: 'Rupali Ganguly' },
      from: '2020-07-13',
      status: 'ongoing',
    });
    expect(portrayalSentence([rupali])).toBe(
      'The role has been played by Rupali Ganguly since July 2020.',
    );
    expect(portrayalSentence([paras, { ...sagar, to: null, status: 'ongoing' }])).toBe(
      'The role was played by Paras Kalnawat from July 2020 to July 2022, and has been played by Sagar Parekh since August 2022.',
    );
    expect(portrayalSentence([])).toBe('Who played the role is unknown.');
  });

  it('says "again" when an actor returns to a role', () => {
    const back = { ...paras, id: 'back', from: '2024-01', to: '2024-03' };
    expect(portrayalSentence([paras, sagar, back])).toMatch(
      /and by Paras Kalnawat again from January 2024 to March 2024\.$/,
    );
  });

  it('introduces a character by parents, else by family, with no pronoun', () => {
    const samar = {
      name: 'Samar Shah',
      lead: false,
      household: 'shah' as const,
      relations: [
        {
          type: 'parent' as const,
          character: { id: 'anupamaa', name: 'Anupamaa' },
          since: '2020-07',
        },
        {
          type: 'parent' as const,
          character: { id: 'vanraj-shah', name: 'Vanraj Shah' },
          since: '2020-07',
        },
        {
          type: 'sibling' as const,
          character: { id: 'pakhi-shah', name: 'Pakhi Shah' },
          since: '2020-07',
        },
      ],
    };
    expect(characterIntro(samar)).toBe(
      'Samar Shah is a character in Anupamaa, the child of Anupamaa and Vanraj Shah.',
    );
    expect(characterIntro({ ...samar, relations: [] })).toBe(
      'Samar Shah is a character in Anupamaa, one of the Shah family.',
    );
    expect(characterIntro({ ...samar, relations: [], household: 'others' })).toBe(
      'Samar Shah is a character in Anupamaa.',
    );
    expect(characterLead({ ...samar, portrayals: [paras, sagar] })).toMatch(
      /^Samar Shah is a character in Anupamaa, the child of Anupamaa and Vanraj Shah\. The role was played by Paras Kalnawat/,
    );
  });

  it("opens an actor's page with the role, the years and whom they followed", () => {
    expect(actorLead({ name: 'Sagar Parekh', portrayals: [sagar] })).toBe(
      "Sagar Parekh played Samar Shah in Anupamaa from August 2022 until the character's death in October 2023, taking over from Paras Kalnawat.",
    );
    const replaced = {
      ...paras,
      replacedBy: { portrayalId: sagar.id, actor: sagar.actor, character: sagar.character },
    };
    expect(actorLead({ name: 'Paras Kalnawat', portrayals: [replaced] })).toBe(
      'Paras Kalnawat played Samar Shah in Anupamaa from July 2020 to July 2022. Sagar Parekh took over the role.',
    );
    const title = stint({
      id: 'a--r',
      character: { id: 'anupamaa', name: 'Anupamaa' },
      from: '2020-07-13',
      status: 'ongoing',
    });
    expect(actorLead({ name: 'Rupali Ganguly', portrayals: [title] })).toBe(
      'Rupali Ganguly has played the title role in Anupamaa since July 2020.',
    );
  });

  it('writes a complete lead for every character and actor in the dataset', async () => {
    const db = await loadDb();
    for (const { id } of db.characters()) {
      const lead = characterLead(db.character(id)!);
      expect(lead).toMatch(/^[^\s].* is (a|the) .*\.$/);
      expect(lead).not.toMatch(/undefined|null|NaN|\s\s|\s[.,]/);
    }
    for (const { id } of db.actors()) {
      const lead = actorLead(db.actor(id)!);
      expect(lead).not.toMatch(/undefined|null|NaN|\s\s|\s[.,]/);
      expect(lead.endsWith('.')).toBe(true);
    }
  });
});
