/**
 * How a name is reduced for matching. Three forms per word:
 *  - folded: lower case, no diacritics, Devanagari written in Latin letters ("Rūpali" → "rupali");
 *  - stem: the folded word with the spelling variants of Hindi names in Latin letters made alike
 *    (aa/a, ee/i, oo/u, w/v, sh/s, z/j, doubled letters, aspirates dh/d, bh/b, ph/f ...);
 *  - key: the stem with word endings made alike too (final -a, -y/-i, -ey/-e).
 * Whole words compare by key; a word still being typed compares as a prefix of the stem, because
 * the endings are not there yet ("kavy" is on its way to "kavya", whose key is "kavy").
 */
import { hasDevanagari, transliterateDevanagari } from './devanagari';

/** Latin letters that NFD does not take apart into a base letter and a mark. */
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Lower case, no diacritics, Devanagari transliterated, apostrophes dropped ("Prem's" → "prems")
 * and everything that is not a Latin letter or a digit turned into a space: control characters,
 * bidi marks, HTML, emoji and lone surrogates cannot reach the matcher.
 */
export function foldForSearch(text: string): string {
  const latin = hasDevanagari(text) ? transliterateDevanagari(text) : text;
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN_SPECIALS[c] ?? c)
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The words of plain ASCII text, in one pass: most names are plain ASCII, and building the index
 * folds every name, so skipping Unicode normalisation for them matters. Null when the text has
 * anything beyond ASCII, which then takes the full path.
 */
function asciiWords(text: string): string[] | null {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code > 127) return null;
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      word += String.fromCharCode(code);
    } else if (code !== 39 && code !== 96) {
      // Anything but an apostrophe or a backtick ends a word.
      if (word !== '') words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  return words;
}

/** The words of a name or a query, folded. */
export function searchWords(text: string): string[] {
  const ascii = asciiWords(text);
  if (ascii) return ascii;
  const folded = foldForSearch(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * One letter for each doubled pair: "naggdev" → "nagdev", "aa" → "a". Pairs, not runs, so that a
 * keyboard-mash such as "aaaaaaaa" stays long and does not shrink into a prefix of every name.
 */
function collapsePairs(word: string): string {
  return word.replace(/([a-z])\1/g, '$1');
}

const ASPIRATES: Readonly<Record<string, string>> = {
  kh: 'k',
  gh: 'g',
  ch: 'c',
  jh: 'j',
  th: 't',
  dh: 'd',
  ph: 'f',
  bh: 'b',
  sh: 's',
};

/** The folded word with Hindi-in-Latin spelling variants made alike; see the module comment. */
export function phoneticStem(folded: string): string {
  const letters = folded
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/z/g, 'j')
    .replace(/w/g, 'v')
    // A "c" that does not start "ch" is a hard c, as in "Vicky"; "ch" itself becomes "c" below.
    .replace(/c(?!h)/g, 'k')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u');
  const unaspirated = collapsePairs(letters).replace(
    /([kgcjtdpbs])h/g,
    (pair) => ASPIRATES[pair] ?? pair,
  );
  // "Kapadiya" and "Kapadia" are one name.
  return unaspirated.replace(/iy(?=[aeiou])/g, 'i');
}

/** The stem with its ending made alike: "pandey"/"pande", "ganguly"/"ganguli", "anupamaa"/"anupama". */
export function keyFromStem(stem: string): string {
  let key = stem.replace(/ey$/, 'e').replace(/y$/, 'i');
  // Final -a goes only where a real word is left, so "Baa" stays "ba" rather than "b".
  if (key.length >= 4 && key.endsWith('a')) key = key.slice(0, -1);
  return key;
}

export function phoneticKey(folded: string): string {
  return keyFromStem(phoneticStem(folded));
}
