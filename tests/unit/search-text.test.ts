import { describe, expect, it } from 'vitest';
import { transliterateDevanagari } from '../../src/mock-api/search/devanagari';
import {
  boundedEditDistance,
  boundedPrefixDistance,
} from '../../src/mock-api/search/edit-distance';
import {
  foldForSearch,
  phoneticKey,
  phoneticStem,
  searchWords,
} from '../../src/mock-api/search/phonetic-key';
import { paths } from '../../src/lib/paths';
import { hasLetterOrDigit, toWellFormed, withoutControls } from '../../src/lib/text';

describe('transliterateDevanagari', () => {
  it.each([
    ['समर', 'samar'],
    ['अनुपमा', 'anupamaa'],
    ['रुपाली गांगुली', 'rupaalii gaangulii'],
    ['पाखी', 'paakhii'],
    ['सुधांशु पांडे', 'sudhaanshu paande'],
    ['कृष्ण', 'krishn'],
    ['क्षमा', 'kshamaa'],
    ['अनुज कपाड़िया', 'anuj kapaadiyaa'],
    ['ज़ोया', 'joyaa'],
    ['बा', 'baa'],
    ['क', 'ka'],
    ['दुःख', 'duhkh'],
    ['डॉक्टर', 'doktar'],
    ['२०२०', '2020'],
  ])('writes %s as %s', (hindi, latin) => {
    expect(transliterateDevanagari(hindi)).toBe(latin);
  });

  it('drops the inherent vowel only at the end of each word', () => {
    expect(transliterateDevanagari('वनराज शाह')).toBe('vanaraaj shaah');
  });

  it('leaves other scripts and punctuation as they are', () => {
    expect(transliterateDevanagari('Paras (पारस)!')).toBe('Paras (paaras)!');
    expect(transliterateDevanagari('Samar Shah')).toBe('Samar Shah');
  });

  it('ignores joiners inside a conjunct', () => {
    expect(transliterateDevanagari('क्\u200Dष')).toBe(transliterateDevanagari('क्ष'));
  });
});

describe('foldForSearch', () => {
  it('lower-cases, strips diacritics and collapses spaces', () => {
    expect(foldForSearch('  Rūpālī   GANGULY ')).toBe('rupali ganguly');
  });

  it('joins over apostrophes and splits on other punctuation', () => {
    expect(foldForSearch("Prem's uncle")).toBe('prems uncle');
    expect(foldForSearch('Dr. Advait-Khanna')).toBe('dr advait khanna');
  });

  it('writes Devanagari in Latin letters', () => {
    expect(foldForSearch('समर शाह')).toBe('samar shaah');
  });

  it('handles Latin letters that have no decomposition', () => {
    expect(foldForSearch('Øster Straße')).toBe('oster strasse');
  });

  it('removes what cannot be part of a name', () => {
    expect(foldForSearch('<b>\u202Esamar\u0000</b> 😀 \uD800')).toBe('b samar b');
    expect(searchWords('!!! ---')).toEqual([]);
  });
});

describe('phonetic keys make the Latin spellings of one Hindi name alike', () => {
  const same = (a: string, b: string) => expect(phoneticKey(a)).toBe(phoneticKey(b));

  it.each([
    ['kalnawat', 'kalnavat', 'w/v'],
    ['sudhanshu', 'sudhansu', 'sh/s and dh/d'],
    ['pandey', 'pande', '-ey/-e'],
    ['ganguly', 'ganguli', '-y/-i'],
    ['pakhi', 'paakhi', 'aa/a and kh/k'],
    ['anupamaa', 'anupama', 'final -a'],
    ['anupama', 'anupam', 'final -a'],
    ['leela', 'lila', 'ee/i'],
    ['roopali', 'rupali', 'oo/u'],
    ['naggdev', 'nagdev', 'doubled letters'],
    ['bhatnagar', 'batnagar', 'bh/b'],
    ['phool', 'fool', 'ph/f'],
    ['jhalak', 'zalak', 'jh/j and z/j'],
    ['chhavi', 'chavi', 'chh/ch'],
    ['kapadiya', 'kapadia', 'iya/ia'],
    ['dixit', 'dikshit', 'x/ksh'],
  ])('%s and %s (%s)', (a, b) => same(a, b));

  it('keeps apart names that only look alike', () => {
    expect(phoneticKey('samar')).not.toBe(phoneticKey('sagar'));
    expect(phoneticKey('anuj')).not.toBe(phoneticKey('anu'));
  });

  it('keeps a short word whole rather than dropping its final a', () => {
    expect(phoneticKey('baa')).toBe('ba');
    expect(phoneticKey('maya')).toBe('may');
  });

  it('shortens a run of one letter by pairs, so a mash stays long', () => {
    expect(phoneticKey('zzzz')).toBe('jj');
    expect(phoneticKey('a'.repeat(10)).length).toBeGreaterThan(3);
  });

  it('leaves word endings alone in the stem, for prefixes while typing', () => {
    expect(phoneticStem('kavya')).toBe('kavya');
    expect(phoneticKey('kavya')).toBe('kavy');
  });
});

describe('edit distances', () => {
  it.each([
    ['bosle', 'bosale', 1],
    ['kalnavat', 'kalnvaat', 1],
    ['kalnavat', 'kalnvt', 2],
    ['vajnai', 'vajani', 1],
    ['samar', 'samar', 0],
    ['', 'abc', 3],
  ])('%s to %s is %i', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 3)).toBe(distance);
  });

  it('gives up past the bound', () => {
    expect(boundedEditDistance('kalnavat', 'sudansu', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('measures a half-typed word against the start of a name', () => {
    expect(boundedPrefixDistance('kaln', 'kalnavat', 1)).toBe(0);
    expect(boundedPrefixDistance('kalnv', 'kalnavat', 1)).toBe(1);
    expect(boundedPrefixDistance('klanav', 'kalnavat', 2)).toBe(1);
    expect(boundedPrefixDistance('sudans', 'kalnavat', 2)).toBe(3);
  });
});

describe('text from a person', () => {
  it('replaces lone surrogates so the text can go into a URL', () => {
    expect(toWellFormed('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(toWellFormed('😀')).toBe('😀');
    expect(paths.search('samar\uD800')).toBe('/search?q=samar%EF%BF%BD');
  });

  it('strips control and format characters for the title', () => {
    expect(withoutControls('\u202Esamar\u0000\u200D')).toBe('samar');
  });

  it('knows whether there is anything to search for, in any script', () => {
    expect(hasLetterOrDigit('<>!!!')).toBe(false);
    expect(hasLetterOrDigit('समर')).toBe(true);
    expect(hasLetterOrDigit('2020')).toBe(true);
  });
});
