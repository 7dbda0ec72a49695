/**
 * Queries the way fans type them, over the real dataset, each with the person it must find
 * first among its kind. The engine is the one the mock API loads; no HTTP in between.
 */
import { describe, expect, it } from 'vitest';
import type { SearchKind } from '../../src/api/schemas';
import { createDb } from '../../src/mock-api/db';
import { dataset } from '../../src/mock-api/dataset';
import { createSearchEngine } from '../../src/mock-api/search/search-engine';

const engine = createSearchEngine(createDb(dataset).searchDocuments());

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
];

describe('search finds people the way fans type them', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('“%s” finds the %s %s first', (query, kind, id, matched) => {
    const found = engine.search(query, 50);
    const group = kind === 'actor' ? found.actors : found.characters;
    expect(group[0]?.id).toBe(id);
    expect(group[0]?.matched).toBe(matched ?? null);
    expect(found.suggestions).toEqual([]);
  });
});

describe('search ranks exact over prefix over phonetic over fuzzy', () => {
  const names = (query: string, kind: SearchKind) => {
    const found = engine.search(query, 50);
    return (kind === 'actor' ? found.actors : found.characters).map((h) => h.name);
  };

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
    expect(found.actors).toHaveLength(5);
    expect(found.total.actors).toBeGreaterThan(5);
    expect(found.characters).toHaveLength(5);
    expect(found.total.characters).toBeGreaterThan(5);
  });
});

describe('search suggests the nearest names when nothing matches', () => {
  it('offers the people each word is near', () => {
    const found = engine.search('samar kalnawat', 50);
    expect(found.actors).toEqual([]);
    expect(found.characters).toEqual([]);
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
      expect(engine.search(query, 50)).toEqual({
        actors: [],
        characters: [],
        total: { actors: 0, characters: 0 },
        suggestions: [],
      });
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
    expect(engine.search(query, 50)).toEqual({
      actors: [],
      characters: [],
      total: { actors: 0, characters: 0 },
      suggestions: [],
    });
  });

  it('ignores bidi marks and control characters around a name', () => {
    expect(engine.search('\u202Esamar\u0000', 50).characters[0]?.id).toBe('samar-shah');
    expect(engine.search('\u200Fपाखी\u200E', 50).characters[0]?.id).toBe('pakhi-shah');
  });

  it('reads HTML as the words in it', () => {
    expect(engine.search('<b>samar</b>', 50).characters).toEqual([]);
    expect(engine.search('<samar>', 50).characters[0]?.id).toBe('samar-shah');
  });

  it('answers a 10,000-character query without trouble', () => {
    const found = engine.search('anupamaa '.repeat(1200), 50);
    expect(found.characters[0]?.id).toBe('anupamaa');
  });
});
