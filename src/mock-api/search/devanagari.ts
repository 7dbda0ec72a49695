/**
 * Devanagari to Latin letters, table-driven, so that a name typed in Hindi script lands on the same
 * phonetic key as its usual English spelling ("समर" → "samar", "रुपाली" → "rupaalii"). It only has
 * to be good enough for matching names, not a scholarly transliteration: long vowels are doubled
 * (the key folds them), and nukta letters fall back to their base letter (ज़ → j, फ़ → ph), which
 * the key treats alike anyway.
 */

const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  ऩ: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ऱ: 'r',
  ल: 'l',
  ळ: 'l',
  ऴ: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
};

const VOWELS: Readonly<Record<string, string>> = {
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'ii',
  उ: 'u',
  ऊ: 'uu',
  ऋ: 'ri',
  ॠ: 'rii',
  ऌ: 'li',
  ए: 'e',
  ऐ: 'ai',
  ऍ: 'e',
  ऎ: 'e',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  ऒ: 'o',
};

/** Dependent vowel signs: they replace a consonant's inherent "a". */
const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  'ा': 'aa',
  'ि': 'i',
  'ी': 'ii',
  'ु': 'u',
  'ू': 'uu',
  'ृ': 'ri',
  'ॄ': 'rii',
  'े': 'e',
  'ै': 'ai',
  'ॅ': 'e',
  'ॆ': 'e',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॊ': 'o',
};

const VIRAMA = '\u094D';
const NUKTA = '\u093C';
/** Anusvara and chandrabindu: a nasal, written "n" in the usual spellings (पांडे → Pande). */
const NASALS = new Set(['\u0901', '\u0902']);
const VISARGA = '\u0903';
const AVAGRAHA = 'ऽ';
/** Joiners shape conjuncts but carry no sound. */
const JOINERS = new Set(['\u200C', '\u200D']);

function isDevanagari(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0x0900 && code <= 0x097f;
}

/** True when `text` has at least one Devanagari character, so callers can skip the work. */
export function hasDevanagari(text: string): boolean {
  return /[\u0900-\u097F]/.test(text);
}

/**
 * Rewrites the Devanagari in `text` into Latin letters and leaves everything else as it is.
 * A consonant keeps its inherent "a" inside a word and drops it at the end (Hindi's final schwa
 * deletion: समर is "samar", not "samara"); a one-letter word keeps it.
 */
export function transliterateDevanagari(text: string): string {
  if (!hasDevanagari(text)) return text;
  // NFD splits precomposed nukta letters (ज़ U+095B) into base + nukta.
  const chars = [...text.normalize('NFD')];
  let out = '';
  let pending: string | null = null;
  let wordStart = 0;

  const flush = (inherentVowel: boolean) => {
    if (pending === null) return;
    out += pending + (inherentVowel ? 'a' : '');
    pending = null;
  };

  for (const char of chars) {
    const consonant = CONSONANTS[char];
    if (consonant !== undefined) {
      flush(true);
      pending = consonant;
      continue;
    }
    const sign = VOWEL_SIGNS[char];
    if (sign !== undefined) {
      // A stray sign with no consonant before it still carries its vowel.
      out += (pending ?? '') + sign;
      pending = null;
      continue;
    }
    if (char === VIRAMA) {
      flush(false);
      continue;
    }
    if (char === NUKTA || JOINERS.has(char)) continue;
    if (NASALS.has(char)) {
      flush(true);
      out += 'n';
      continue;
    }
    if (char === VISARGA) {
      flush(true);
      out += 'h';
      continue;
    }
    const vowel = VOWELS[char];
    if (vowel !== undefined) {
      flush(true);
      out += vowel;
      continue;
    }
    const code = char.charCodeAt(0);
    if (code >= 0x0966 && code <= 0x096f) {
      flush(out.length === wordStart);
      out += String(code - 0x0966);
      continue;
    }
    if (char === AVAGRAHA) continue;
    // Anything else ends a word: a space, punctuation, a danda, a Latin letter.
    flush(out.length === wordStart);
    out += isDevanagari(char) ? ' ' : char;
    wordStart = out.length;
  }
  flush(out.length === wordStart);
  return out;
}
