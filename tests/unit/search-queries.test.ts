/**
 * Queries the way fans type them, over the real dataset, each with what it must find first among
 * its kind: a person, a leap or a cast change. The engine is the one the mock API loads, and the
 * answers are the API's (search-results.ts, which answers "who plays …"); no HTTP in between.
 */
import { describe, expect, it } from 'vitest';
import type { SearchKind } from '../../src/api/search-schemas';
import { createDb } from '../../src/mock-api/db';
import { dataset } from '../../src/mock-api/dataset';
import { createSearchEngine } from '../../src/mock-api/search/search-engine';
import { createSearchResults } from '../../src/mock-api/search/search-results';

const results = createSearchResults(createDb(dataset).searchSource());
const engine = createSearchEngine(results.documents());
const search = (query: string) => results.result(query, engine, 50);
/** The hits of one kind, best first, as the API lists them. */
const hitsOf = (query: string, kind: SearchKind) =>
  search(query).groups.find((g) => g.kind === kind)?.hits ?? [];
/** Nothing at all: no hits, no suggestions, no answer. */
const NOTHING = { groups: [], suggestions: [], hidden: 0, intent: null };

/** [what the fan types, the kind, the id that must come first, the alias it matched (if any)] */
const CASES: [query: string, kind: SearchKind, id: string, matched?: string][] = [
  // The examples of the issue.
  ['kalnavat', 'actor', 'paras-kalnawat'],
  ['sudhansu pande', 'actor', 'sudhanshu-pandey'],
  ['anagha bhosle', 'actor', 'anagha-bhosale'],
  ['paakhi', 'character', 'pakhi-shah'],
  ['anupama', 'character', 'anupamaa', 'Anupama'],
  // Nicknames and aliases.
  ['Toshu', 'character', 'paritosh-shah', 'Toshu'],
  ['Baa', 'character', 'leela-shah', 'Baa'],
  ['Bapuji', 'character', 'hasmukh-shah', 'Bapuji'],
  ['AK', 'character', 'anuj-kapadia', 'AK'],
  ['Choti Anu', 'character', 'aadhya-kapadia', 'Choti Anu'],
  ['chhoti anu', 'character', 'aadhya-kapadia', 'Choti Anu'],
  ['Kinju', 'character', 'kinjal-shah', 'Kinju'],
  ['mukku', 'character', 'malvika-kapadia', 'Mukku'],
  ['GK', 'character', 'gopi-kaka', 'GK'],
  ['guru maa', 'character', 'malti-devi', 'Guru Maa'],
  ['sweety', 'character', 'pakhi-shah', 'Sweety'],
  ['raahi', 'character', 'aadhya-kapadia', 'Raahi'],
  ['motiba', 'character', 'moti-baa-kothari', 'Motiba'],
  ['dr advait', 'character', 'advait-khanna'],
  // Maiden and married names.
  ['anupamaa joshi', 'character', 'anupamaa', 'Anupamaa Joshi'],
  ['anupamaa kapadia', 'character', 'anupamaa', 'Anupamaa Kapadia'],
  ['kinjal dave', 'character', 'kinjal-shah', 'Kinjal Dave'],
  ['kavya gandhi', 'character', 'kavya-shah', 'Kavya Gandhi'],
  ['kavya zaveri', 'character', 'kavya-shah', 'Kavya Zaveri'],
  ['dolly shah', 'character', 'dolly', 'Dolly Shah'],
  // An actor's other names.
  ['madalsa sharma chakraborty', 'actor', 'madalsa-sharma', 'Madalsa Sharma Chakraborty'],
  ['kunwar amarjeet singh', 'actor', 'kunwar-amarjeet-singh', 'Kunwar Amarjeet Singh'],
  ['tassnim nerurkar', 'actor', 'tassnim-sheikh', 'Tassnim Nerurkar'],
  // Words in any order.
  ['kalnawat paras', 'actor', 'paras-kalnawat'],
  ['ganguly rupali', 'actor', 'rupali-ganguly'],
  ['shah pakhi', 'character', 'pakhi-shah'],
  ['kapadia anupamaa', 'character', 'anupamaa', 'Anupamaa Kapadia'],
  // Prefixes while typing.
  ['sudh', 'actor', 'sudhanshu-pandey'],
  ['rupali g', 'actor', 'rupali-ganguly'],
  ['anuj kap', 'character', 'anuj-kapadia'],
  ['paras k', 'actor', 'paras-kalnawat'],
  ['vanr', 'character', 'vanraj-shah'],
  // Case and diacritics.
  ['SAMAR SHAH', 'character', 'samar-shah'],
  ['Rūpālī Gāngulī', 'actor', 'rupali-ganguly'],
  // Transliteration variants: aa/a, ee/i, oo/u, w/v, sh/s, z/j, doubled letters, aspirates.
  ['vanraaj', 'character', 'vanraj-shah'],
  ['leela', 'character', 'leela-shah'],
  ['lila shah', 'character', 'leela-shah'],
  ['nandeeni', 'character', 'nandini'],
  ['roopali', 'actor', 'rupali-ganguly'],
  ['apoorva agnihotri', 'actor', 'apurva-agnihotri'],
  ['jasvir kaur', 'actor', 'jaswir-kaur'],
  ['sekhar sukla', 'actor', 'shekhar-shukla'],
  ['paritos', 'character', 'paritosh-shah'],
  ['jalak desai', 'actor', 'jhalak-desai'],
  ['manish nagdev', 'actor', 'manish-naggdev', 'Manish Nagdev'],
  ['manish naggdev', 'actor', 'manish-naggdev'],
  ['tasnim sheikh', 'actor', 'tassnim-sheikh'],
  ['gaurav khana', 'actor', 'gaurav-khanna'],
  ['nidi shah', 'actor', 'nidhi-shah'],
  ['anaga bosale', 'actor', 'anagha-bhosale'],
  ['aura batnagar', 'actor', 'aurra-bhatnagar'],
  ['muskaan bamney', 'actor', 'muskan-bamne'],
  ['chavi pandey', 'actor', 'chhavi-pandey'],
  ['deepak ghiwala', 'actor', 'deepak-gheewala'],
  ['anupam', 'character', 'anupamaa'],
  // Typos: one edit for short words, two for long ones.
  ['rupali gangoly', 'actor', 'rupali-ganguly'],
  ['aneri vajnai', 'actor', 'aneri-vajani'],
  ['madlasa sharma', 'actor', 'madalsa-sharma'],
  ['sagar pareek', 'actor', 'sagar-parekh'],
  ['kalnawta', 'actor', 'paras-kalnawat'],
  ['sudhanshoo pandaey', 'actor', 'sudhanshu-pandey'],
  ['kalnwa', 'actor', 'paras-kalnawat'],
  // Devanagari.
  ['अनुपमा', 'character', 'anupamaa'],
  ['समर', 'character', 'samar-shah'],
  ['रुपाली गांगुली', 'actor', 'rupali-ganguly'],
  ['पाखी', 'character', 'pakhi-shah'],
  ['बापूजी', 'character', 'hasmukh-shah', 'Bapuji'],
  ['तोशु', 'character', 'paritosh-shah', 'Toshu'],
  ['सुधांशु पांडे', 'actor', 'sudhanshu-pandey'],
  ['पारस कलनावत', 'actor', 'paras-kalnawat'],
  ['अनुज कपाड़िया', 'character', 'anuj-kapadia'],
  ['वनराज शाह', 'character', 'vanraj-shah'],
  ['किंजल', 'character', 'kinjal-shah'],
  ['गौरव खन्ना', 'actor', 'gaurav-khanna'],
  // Mixed scripts.
  ['paras कलनावत', 'actor', 'paras-kalnawat'],
  // Leaps (issue 12): by the word, the year, the length, in time order.
  ['leap', 'leap', 'leap-2023'],
  ['leaps', 'leap', 'leap-2023'],
  ['2024 leap', 'leap', 'leap-2024-6-month'],
  ['leap 2024 october', 'leap', 'leap-2024-15-year'],
  ['15 year leap', 'leap', 'leap-2024-15-year'],
  ['generation leap', 'leap', 'leap-2024-15-year'],
  ['six month leap', 'leap', 'leap-2024-6-month'],
  ['time jump', 'leap', 'leap-2023'],
  ['goa', 'leap', 'leap-2026-goa'],
  // Cast changes: a name with what happened, or when.
  ['samar recast', 'event', '2022-07-31-replaced-samar-shah'],
  ['pakhi recast', 'event', '2023-12-23-replaced-pakhi-shah'],
  ['toshu recast', 'event', '2024-05-09-replaced-paritosh-shah'],
  ['kavya left', 'event', '2024-09-16-left-kavya-shah'],
  ['madalsa quit', 'event', '2024-09-16-left-kavya-shah'],
  ['paras terminated', 'event', '2022-07-26-terminated-samar-shah'],
  ['samar died', 'event', '2023-10-04-died-in-story-samar-shah'],
  ['recast 2024', 'event', '2024-05-09-replaced-paritosh-shah'],
  ['anuj joined', 'event', '2021-09-02-joined-anuj-kapadia'],
  // Questions: the actor (or character) they ask for comes first.
  ['who plays samar', 'actor', 'sagar-parekh'],
  ['who played samar', 'actor', 'sagar-parekh'],
  ['samar actor', 'actor', 'sagar-parekh'],
  ['Who plays Samar?', 'actor', 'sagar-parekh'],
  ['who plays anupamaa', 'actor', 'rupali-ganguly'],
  ['who is playing vanraj', 'actor', 'sudhanshu-pandey'],
  ['pakhi actress', 'actor', 'kruttika-desai'],
  ['new pakhi', 'actor', 'kruttika-desai'],
  ['new samar', 'actor', 'sagar-parekh'],
  // Toshu was recast in May 2024, then aged up by the 15-year leap: the newest is the latter.
  ['latest toshu', 'actor', 'manish-naggdev'],
  ['new aadhya', 'actor', 'adrija-roy'],
  ['who replaced paras', 'actor', 'sagar-parekh'],
  ['paras replacement', 'actor', 'sagar-parekh'],
  ['who replaced muskan', 'actor', 'chandni-bhagwanani'],
  ['who replaced aashish mehrotra', 'actor', 'gaurav-sharma'],
  ['who did sagar replace', 'actor', 'paras-kalnawat'],
  ['who replaced samar', 'actor', 'sagar-parekh'],
  ['who is pakhi', 'character', 'pakhi-shah'],
  // Rumours: a person's name finds one only together with a rumour word, newest first.
  ['randeep rai rumour', 'rumour', 'rumour-2025-05-randeep-rai-was-abruptly-removed-made'],
  ['toshu rumours', 'rumour', 'rumour-2025-manish-naggdev-toshu-to-quit-anupamaa'],
];

describe('search finds people the way fans type them', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('“%s” finds the %s %s first', (query, kind, id, matched) => {
    const found = search(query);
    const group = found.groups.find((g) => g.kind === kind)?.hits ?? [];
    expect(group[0]?.id).toBe(id);
    expect(group[0]?.matched).toBe(matched ?? null);
    expect(found.suggestions).toEqual([]);
  });
});

describe('search finds rumours', () => {
  it('lists rumours by a rumour word, with the outcome as context, never for a name alone', () => {
    const rumours = hitsOf('rumours', 'rumour');
    expect(rumours.length).toBeGreaterThan(10);
    const removed = hitsOf('randeep rai rumour', 'rumour')[0];
    expect(removed?.name).toBe(
      'Randeep Rai was abruptly removed / made a sudden exit from Anupamaa',
    );
    expect(removed?.context).toMatch(/^May 2025: (Confirmed|Denied|Still open|Rumoured)/);
    expect(hitsOf('randeep rai', 'rumour')).toEqual([]);
  });
});

describe('search ranks exact over prefix over phonetic over fuzzy', () => {
  const names = (query: string, kind: SearchKind) => hitsOf(query, kind).map((h) => h.name);

  it('puts the whole nickname before names that only contain it', () => {
    expect(names('baa', 'character')).toEqual(['Leela Shah', 'Moti Baa Kothari', 'Moti Baa Shah']);
  });

  it('puts an exact word before a name that only starts with it', () => {
    // Both have "Anuj" as a whole word; the shorter name is more of a match.
    expect(names('anuj', 'character')).toEqual(['Anuj Kapadia', "Anuj's father"]);
    expect(names('anu', 'character')).toEqual([
      'Anupamaa',
      'Aadhya Kapadia',
      'Anuj Kapadia',
      "Anuj's father",
    ]);
  });

  it('tries typos only when nothing matches without them', () => {
    // "Sagar" is one edit from "Samar", but Samar matches exactly.
    expect(names('samar', 'actor')).toEqual([]);
    expect(names('samar', 'character')).toEqual(['Samar Shah']);
  });

  it('needs every word to match', () => {
    expect(names('gaurav', 'actor')).toEqual(['Gaurav Khanna', 'Gaurav Sharma']);
    expect(names('gaurav sharma', 'actor')).toEqual(['Gaurav Sharma']);
  });

  it('caps each group and reports the full count', () => {
    const found = engine.search('a', 5);
    const [characters, actors] = found.groups;
    expect(characters?.kind).toBe('character');
    expect(characters?.hits).toHaveLength(5);
    expect(characters?.total).toBeGreaterThan(5);
    expect(actors?.kind).toBe('actor');
    expect(actors?.hits).toHaveLength(5);
    expect(actors?.total).toBeGreaterThan(5);
  });
});

describe('search suggests the nearest names when nothing matches', () => {
  it('offers the people each word is near', () => {
    const found = engine.search('samar kalnawat', 50);
    expect(found.groups).toEqual([]);
    expect(found.suggestions.slice(0, 2)).toEqual([
      { kind: 'actor', id: 'paras-kalnawat', name: 'Paras Kalnawat' },
      { kind: 'character', id: 'samar-shah', name: 'Samar Shah' },
    ]);
  });

  it('offers a name with a stray word after it', () => {
    expect(engine.search('anupamaa serial', 50).suggestions).toEqual([
      { kind: 'character', id: 'anupamaa', name: 'Anupamaa' },
    ]);
  });

  it('offers nothing when nothing is near', () => {
    for (const query of ['zzzz', 'qwxv', '<img src=x onerror=alert(1)>', 'a'.repeat(100)]) {
      expect(engine.search(query, 50)).toEqual(NOTHING);
    }
  });
});

describe('search takes hostile input in its stride', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'spaces'],
    ['<>!!! ---', 'punctuation only'],
    ['\u0000\u0007\u001b', 'control characters'],
    ['\uD800\uDFFF\uDC00', 'lone surrogates'],
    ['😀🎬', 'emoji'],
    ['\u200F\u202E\u2066', 'bidi marks'],
  ])('answers nothing for %j (%s)', (query) => {
    expect(engine.search(query, 50)).toEqual(NOTHING);
  });

  it('ignores bidi marks and control characters around a name', () => {
    expect(hitsOf('\u202Esamar\u0000', 'character')[0]?.id).toBe('samar-shah');
    expect(hitsOf('\u200Fपाखी\u200E', 'character')[0]?.id).toBe('pakhi-shah');
  });

  it('reads HTML as the words in it', () => {
    expect(hitsOf('<b>samar</b>', 'character')).toEqual([]);
    expect(hitsOf('<samar>', 'character')[0]?.id).toBe('samar-shah');
  });

  it('answers a 10,000-character query without trouble', () => {
    expect(hitsOf('anupamaa '.repeat(1200), 'character')[0]?.id).toBe('anupamaa');
  });
});

describe('search answers questions from the portrayals', () => {
  const answer = (query: string) => search(query).answer;

  it('says who plays a character now, or who played it last and before', () => {
    expect(answer('who plays anupamaa')).toEqual({
      text: 'Rupali Ganguly has played Anupamaa since 2020.',
      target: { kind: 'actor', id: 'rupali-ganguly', name: 'Rupali Ganguly' },
    });
    expect(answer('samar actor')?.text).toBe(
      'Samar Shah was last played by Sagar Parekh (2022–2023). Earlier: Paras Kalnawat (2020–2022). In cameos: Sagar Parekh (2025).',
    );
  });

  it('names the latest recast, and says so when there was none', () => {
    expect(answer('new pakhi')?.text).toBe(
      'Kruttika Desai took over as Pakhi Shah from Chandni Bhagwanani (2024–?).',
    );
    expect(answer('new anuj')?.text).toBe(
      'No recast of Anuj Kapadia is recorded. Anuj Kapadia was last played by Gaurav Khanna (2021–2024).',
    );
  });

  it('tells who replaced whom, either way round', () => {
    const text = 'Sagar Parekh replaced Paras Kalnawat as Samar Shah in Aug 2022.';
    expect(answer('who replaced paras')?.text).toBe(text);
    expect(answer('who did sagar replace')?.text).toBe(text);
    expect(answer('who replaced rupali')?.text).toBe(
      "No recast is recorded in Rupali Ganguly's roles.",
    );
  });

  it('puts the kind of the answer first, and the recast among the cast changes', () => {
    const found = search('who replaced paras');
    expect(found.groups.map((g) => g.kind)).toEqual(['actor', 'event']);
    expect(found.groups[1]?.hits[0]?.id).toBe('2022-07-31-replaced-samar-shah');
  });

  it('answers nothing, and suggests nothing, for a question with no name yet', () => {
    for (const query of ['who', 'who plays', 'actor', 'new']) {
      expect(search(query)).toEqual({
        query,
        answer: null,
        groups: [],
        suggestions: [],
        hidden: 0,
      });
    }
  });

  it('answers nothing while the name is one letter long, but lists its hits', () => {
    const found = search('who plays a');
    expect(found.answer).toBeNull();
    expect(found.groups[0]?.kind).toBe('character');
    expect(search('who plays ak').answer?.target.name).toBe('Gaurav Khanna');
  });

  it('answers nothing when the name matches nobody', () => {
    const found = search('who plays zzzz');
    expect(found.answer).toBeNull();
    expect(found.groups).toEqual([]);
  });
});
