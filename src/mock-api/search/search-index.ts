/**
 * The search index: every name and alias of every document (people, leaps, cast changes), split
 * into words, each word reduced to its folded form, stem and phonetic key (see phonetic-key.ts).
 * Built once from plain records, then only read. Postings are flat typed arrays because a query
 * walks thousands of them.
 */
import type { SearchKind } from '../../api/search-schemas';
import { keyFromStem, phoneticStem, searchWords } from './phonetic-key';

/** One searchable thing: the name shown, and every other name it goes by. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  name: string;
  /** Maiden, married and other names, nicknames, other spellings; a leap's or event's own words. */
  aliases: readonly string[];
  /**
   * The names of the people a document is about (an event's characters and actors). They match
   * only together with one of the document's own words (its aliases): "samar recast" finds
   * Samar's recast, but "samar" alone finds Samar, not every event he is part of. A document
   * with `about` names counts its display name among them, and is never offered as a suggestion.
   */
  about?: readonly string[];
  /** Orders equally good hits instead of the name (a date, so events read in time order). */
  order?: string;
  /**
   * The first day on which the document surely exists for a viewer (a person's first stint, an
   * event's date; see lib/horizon's airedKey), or null when not known. A reader's spoiler
   * horizon before it leaves the document out of their searches.
   */
  aired?: string | null;
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
  /** 1 for the names a document is about, which cannot match it on their own. */
  entryIsAbout: Uint8Array;
  /** 1 for documents that are about others (see SearchDocument.about). */
  docIsAbout: Uint8Array;
  /** 1 for documents with an order of their own (see SearchDocument.order). */
  docHasOrder: Uint8Array;
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

/** An Int32Array that grows as it is filled: cheaper than a JS array for 100,000 numbers. */
class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
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

  // Sized for about two names of two words each per person; they grow if need be.
  const entryDoc = new IntBuffer(documents.length * 2);
  const entryText: string[] = [];
  const entryIsAlias = new IntBuffer(documents.length * 2);
  const entryIsAbout = new IntBuffer(documents.length * 2);
  const docIsAbout = new Uint8Array(documents.length);
  const docHasOrder = new Uint8Array(documents.length);
  const entryWordCount = new IntBuffer(documents.length * 2);
  const entryStart = new Int32Array(documents.length + 1);
  /** Each document's display name, folded, for the alphabetical tie-break. */
  const sortName: string[] = new Array<string>(documents.length).fill('');
  /** (word, entry) pairs in the order met; grouped by word below. */
  const pairWord = new IntBuffer(documents.length * 4);
  const pairEntry = new IntBuffer(documents.length * 4);

  // Plain loops and tiny arrays rather than Sets: this runs for every name of 20,000 people.
  const signatures: string[] = [];
  for (let d = 0; d < documents.length; d++) {
    const doc = documents[d] as SearchDocument;
    entryStart[d] = entryDoc.length;
    signatures.length = 0;
    const about = doc.about ?? [];
    const aboutOthers = doc.about !== undefined;
    docIsAbout[d] = aboutOthers ? 1 : 0;
    docHasOrder[d] = doc.order === undefined ? 0 : 1;
    const last = doc.aliases.length + about.length;
    for (let position = 0; position <= last; position++) {
      const text =
        position === 0
          ? doc.name
          : position <= doc.aliases.length
            ? (doc.aliases[position - 1] as string)
            : (about[position - 1 - doc.aliases.length] as string);
      const isAbout = aboutOthers && (position === 0 || position > doc.aliases.length);
      const words = searchWords(text.includes('(') ? nameWithoutAsides(text) : text);
      const signature = words.join(' ');
      if (position === 0) sortName[d] = doc.order ?? signature;
      if (words.length === 0 || signatures.includes(signature)) continue;
      signatures.push(signature);
      const entry = entryDoc.length;
      entryDoc.push(d);
      entryText.push(text);
      entryIsAlias.push(position === 0 ? 0 : 1);
      entryIsAbout.push(isAbout ? 1 : 0);
      entryWordCount.push(Math.min(words.length, 255));
      for (let i = 0; i < words.length; i++) {
        const folded = words[i] as string;
        if (words.indexOf(folded) !== i) continue;
        let id = wordId.get(folded);
        if (id === undefined) {
          id = wordFolded.length;
          wordId.set(folded, id);
          const stem = phoneticStem(folded);
          wordFolded.push(folded);
          wordStem.push(stem);
          wordKey.push(keyFromStem(stem));
        }
        pairWord.push(id);
        pairEntry.push(entry);
      }
    }
  }
  entryStart[documents.length] = entryDoc.length;

  // Counting sort of the pairs by word: postings in one flat array.
  const postStart = new Int32Array(wordFolded.length + 1);
  const pairWords = pairWord.toArray();
  const pairEntries = pairEntry.toArray();
  for (const w of pairWords) postStart[w + 1] = (postStart[w + 1] as number) + 1;
  for (let w = 0; w < wordFolded.length; w++) {
    postStart[w + 1] = (postStart[w + 1] as number) + (postStart[w] as number);
  }
  const fill = postStart.slice(0, wordFolded.length);
  const postEntry = new Int32Array(pairWords.length);
  for (let i = 0; i < pairWords.length; i++) {
    const w = pairWords[i] as number;
    const at = fill[w] as number;
    postEntry[at] = pairEntries[i] as number;
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
    const x = sortName[a] as string;
    const y = sortName[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const alphaRank = new Int32Array(documents.length);
  order.forEach((d, rank) => {
    alphaRank[d] = rank;
  });

  return {
    documents,
    alphaRank,
    entryDoc: entryDoc.toArray(),
    entryText,
    entryIsAlias: Uint8Array.from(entryIsAlias.toArray()),
    entryIsAbout: Uint8Array.from(entryIsAbout.toArray()),
    docIsAbout,
    docHasOrder,
    entryWordCount: Uint8Array.from(entryWordCount.toArray()),
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
