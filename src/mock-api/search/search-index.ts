/**
 * The search index: every name and alias of every person, split into words, each word reduced to
 * its folded form, stem and phonetic key (see phonetic-key.ts). Built once from plain records,
 * then only read. Postings are flat typed arrays because a query walks thousands of them.
 */
import { keyFromStem, phoneticStem, searchWords } from './phonetic-key';

export type SearchKind = 'actor' | 'character';

/** One searchable person: the name shown, and every other name they go by. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  name: string;
  /** Maiden, married and other names, nicknames, other spellings. */
  aliases: readonly string[];
}

/** Strings with the word ids behind each; sorted where prefixes are looked up by bisection. */
export interface WordList {
  strings: string[];
  words: number[][];
}

export interface SearchIndex {
  documents: readonly SearchDocument[];
  /** Each document's position when sorted by folded name: the last tie-break of the ranking. */
  alphaRank: Int32Array;
  /** Names ("entries"): a document's display name first, then its aliases. */
  entryDoc: Int32Array;
  entryText: string[];
  entryIsAlias: Uint8Array;
  entryWordCount: Uint8Array;
  /** Entries of document d are entryStart[d] .. entryStart[d + 1] - 1. */
  entryStart: Int32Array;
  /** Distinct words, by id. */
  wordFolded: string[];
  wordStem: string[];
  wordKey: string[];
  /** Entries holding word w are postEntry[postStart[w]] .. postEntry[postStart[w + 1] - 1]. */
  postStart: Int32Array;
  postEntry: Int32Array;
  byFolded: WordList;
  byStem: WordList;
  wordsByKey: Map<string, number[]>;
  /** Distinct keys by length, for typo matching: only lengths within the allowed edits are read. */
  keysByLength: (WordList | undefined)[];
  /** Distinct stems by length, for typo matching of a word still being typed. */
  stemsByLength: (WordList | undefined)[];
}

/** A parenthesis in a name is an explanation, not a name: "Prem's uncle (name not known)". */
function nameWithoutAsides(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ');
}

function sortedWords(pairs: Map<string, number[]>): WordList {
  const strings = [...pairs.keys()].sort();
  return { strings, words: strings.map((s) => pairs.get(s) ?? []) };
}

function byLength(pairs: Map<string, number[]>): (WordList | undefined)[] {
  const out: (WordList | undefined)[] = [];
  for (const [text, words] of pairs) {
    const bucket = (out[text.length] ??= { strings: [], words: [] });
    bucket.strings.push(text);
    bucket.words.push(words);
  }
  return out;
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const wordId = new Map<string, number>();
  const wordFolded: string[] = [];
  const wordStem: string[] = [];
  const wordKey: string[] = [];
  const stemCache = new Map<string, string>();

  const entryDoc: number[] = [];
  const entryText: string[] = [];
  const entryIsAlias: number[] = [];
  const entryWordCount: number[] = [];
  const entryStart = new Int32Array(documents.length + 1);
  /** Each document's display name, folded, for the alphabetical tie-break. */
  const sortName: string[] = [];
  /** (word, entry) pairs in the order met; grouped by word below. */
  const pairWord: number[] = [];
  const pairEntry: number[] = [];

  documents.forEach((doc, d) => {
    entryStart[d] = entryDoc.length;
    const seen = new Set<string>();
    [doc.name, ...doc.aliases].forEach((text, position) => {
      const words = searchWords(text.includes('(') ? nameWithoutAsides(text) : text);
      const signature = words.join(' ');
      if (position === 0) sortName[d] = signature;
      if (words.length === 0 || seen.has(signature)) return;
      seen.add(signature);
      const entry = entryDoc.length;
      entryDoc.push(d);
      entryText.push(text);
      entryIsAlias.push(position === 0 ? 0 : 1);
      entryWordCount.push(Math.min(words.length, 255));
      for (const folded of new Set(words)) {
        let id = wordId.get(folded);
        if (id === undefined) {
          id = wordFolded.length;
          wordId.set(folded, id);
          let stem = stemCache.get(folded);
          if (stem === undefined) {
            stem = phoneticStem(folded);
            stemCache.set(folded, stem);
          }
          wordFolded.push(folded);
          wordStem.push(stem);
          wordKey.push(keyFromStem(stem));
        }
        pairWord.push(id);
        pairEntry.push(entry);
      }
    });
  });
  entryStart[documents.length] = entryDoc.length;

  // Counting sort of the pairs by word: postings in one flat array.
  const postStart = new Int32Array(wordFolded.length + 1);
  for (const w of pairWord) postStart[w + 1] = (postStart[w + 1] as number) + 1;
  for (let w = 0; w < wordFolded.length; w++) {
    postStart[w + 1] = (postStart[w + 1] as number) + (postStart[w] as number);
  }
  const fill = postStart.slice(0, wordFolded.length);
  const postEntry = new Int32Array(pairWord.length);
  for (let i = 0; i < pairWord.length; i++) {
    const w = pairWord[i] as number;
    const at = fill[w] as number;
    postEntry[at] = pairEntry[i] as number;
    fill[w] = at + 1;
  }

  const folded = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const keys = new Map<string, number[]>();
  wordFolded.forEach((text, w) => {
    push(folded, text, w);
    push(stems, wordStem[w] as string, w);
    push(keys, wordKey[w] as string, w);
  });

  const order = documents.map((_, d) => d);
  order.sort((a, b) => {
    const x = sortName[a] ?? '';
    const y = sortName[b] ?? '';
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const alphaRank = new Int32Array(documents.length);
  order.forEach((d, rank) => {
    alphaRank[d] = rank;
  });

  return {
    documents,
    alphaRank,
    entryDoc: Int32Array.from(entryDoc),
    entryText,
    entryIsAlias: Uint8Array.from(entryIsAlias),
    entryWordCount: Uint8Array.from(entryWordCount),
    entryStart,
    wordFolded,
    wordStem,
    wordKey,
    postStart,
    postEntry,
    byFolded: sortedWords(folded),
    byStem: sortedWords(stems),
    wordsByKey: keys,
    keysByLength: byLength(keys),
    stemsByLength: byLength(stems),
  };
}
