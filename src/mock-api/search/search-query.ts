/**
 * Answers a query from the index. Every word of the query must match a word of the person's names,
 * in any order. A query word matches a name word, from best to worst, when it is:
 *   exact (same folded spelling) > a prefix of it > the same phonetic key > a prefix of its stem >
 *   within the allowed typos of its key > within the allowed typos of the start of its stem.
 * Typos are tried only when nothing matches without them, so "samar" does not drag in "Sagar".
 * People rank by their worst word, then by all words together, then by how much of one name the
 * query covers ("Baa" is all of Leela's nickname but only a part of "Moti Baa Kothari"), then
 * display name before alias, then alphabetically (or by a document's own order: events by date).
 * Hits are grouped by kind, in the order of SearchKindSchema.
 */
import {
  SearchKindSchema,
  type SearchHit,
  type SearchKind,
  type SearchSuggestion,
} from '../../api/search-schemas';
import { boundedEditDistance, boundedPrefixDistance } from './edit-distance';
import { keyFromStem, phoneticStem, searchWords } from './phonetic-key';
import type { SearchIndex, WordList } from './search-index';

const EXACT = 0;
const PREFIX = 1;
const PHONETIC = 2;
const PHONETIC_PREFIX = 3;
/** Plus the number of edits, less one. */
const FUZZY = 4;
const FUZZY_PREFIX = 6;
const WORST = 7;

/** A query has at most this many words; a name never has more. */
const MAX_QUERY_WORDS = 8;
const SUGGESTION_COUNT = 5;
const MIN_PHONETIC_PREFIX = 3;

/** One edit for short words, two for long ones; none below four letters, where a typo is a guess. */
function allowedEdits(keyLength: number): number {
  if (keyLength < 4) return 0;
  return keyLength < 8 ? 1 : 2;
}

/** Nearest names for "did you mean": about one edit in three letters. */
function looseEdits(keyLength: number): number {
  return Math.max(1, Math.ceil(keyLength / 3));
}

/** A hit as the engine finds it; db.ts adds the line of context and the link the contract's hit carries. */
export type SearchHitRef = Omit<SearchHit, 'context' | 'timeline'>;

export interface SearchGroupRef {
  kind: SearchKind;
  hits: SearchHitRef[];
  total: number;
}

export interface SearchMatches {
  /** The kinds that have hits, in the order of SearchKindSchema. */
  groups: SearchGroupRef[];
  suggestions: SearchSuggestion[];
  /** How many matches the mask left out (see `search`). */
  hidden: number;
}

const KINDS = SearchKindSchema.options;
const NO_MATCHES: SearchMatches = { groups: [], suggestions: [], hidden: 0 };

interface QueryWord {
  folded: string;
  stem: string;
  key: string;
}

function lowerBound(strings: readonly string[], target: string): number {
  let lo = 0;
  let hi = strings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((strings[mid] as string) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` with the word ids of every string in `sorted` that starts with `prefix`. */
function forEachWithPrefix(
  sorted: WordList,
  prefix: string,
  visit: (words: number[], text: string) => void,
) {
  for (let i = lowerBound(sorted.strings, prefix); i < sorted.strings.length; i++) {
    const text = sorted.strings[i] as string;
    if (!text.startsWith(prefix)) break;
    visit(sorted.words[i] as number[], text);
  }
}

/** Calls `visit` for every string of length `from` to `to` (inclusive) in lists by length. */
function forEachOfLength(
  byLength: readonly (WordList | undefined)[],
  from: number,
  to: number,
  visit: (text: string, words: number[]) => void,
) {
  for (let length = Math.max(1, from); length <= to && length < byLength.length; length++) {
    const list = byLength[length];
    if (!list) continue;
    for (let i = 0; i < list.strings.length; i++) {
      visit(list.strings[i] as string, list.words[i] as number[]);
    }
  }
}

function parseQuery(query: string): QueryWord[] {
  const words = [...new Set(searchWords(query))].slice(0, MAX_QUERY_WORDS);
  return words.map((folded) => {
    const stem = phoneticStem(folded);
    return { folded, stem, key: keyFromStem(stem) };
  });
}

export function createSearcher(index: SearchIndex) {
  const docCount = index.documents.length;
  const entryCount = index.entryDoc.length;
  // Scratch state, reused by every query: stamps mark which slots belong to the current query
  // (or query word), so nothing has to be cleared between queries.
  const docStamp = new Uint32Array(docCount);
  const docWords = new Uint8Array(docCount);
  const docWorst = new Uint8Array(docCount);
  const docSum = new Uint16Array(docCount);
  const docWordStamp = new Uint32Array(docCount);
  const docWordBest = new Uint8Array(docCount);
  const entryStamp = new Uint32Array(entryCount);
  const entryHits = new Uint8Array(entryCount);
  const entrySum = new Uint16Array(entryCount);
  const entryWordStamp = new Uint32Array(entryCount);
  const entryWordBest = new Uint8Array(entryCount);
  const touched = new Int32Array(docCount);
  /** Marks documents matched by one of their own words in the current query (see `about`). */
  const docOwnStamp = new Uint32Array(docCount);
  let stamp = 0;
  const kindOf = Uint8Array.from(index.documents, (doc) => KINDS.indexOf(doc.kind));
  const scoresByKind = KINDS.map(
    (kind) => new Float64Array(index.documents.filter((doc) => doc.kind === kind).length),
  );
  const byAlpha = new Int32Array(docCount);
  index.alphaRank.forEach((rank, d) => {
    byAlpha[rank] = d;
  });
  /** The stamp of the query being answered: entries carrying it hold that query's stats. */
  let currentQueryStamp = 0;

  function candidates(word: QueryWord, fuzzy: boolean, last: boolean): Map<number, number> {
    const found = new Map<number, number>();
    const offer = (ids: readonly number[], score: number) => {
      for (const w of ids) {
        const had = found.get(w);
        if (had === undefined || score < had) found.set(w, score);
      }
    };
    forEachWithPrefix(index.byFolded, word.folded, (ids, text) =>
      offer(ids, text === word.folded ? EXACT : PREFIX),
    );
    offer(index.wordsByKey.get(word.key) ?? [], PHONETIC);
    // Below three letters a phonetic prefix is too loose: "ba" would find every Bh- name.
    if (word.stem.length >= MIN_PHONETIC_PREFIX) {
      forEachWithPrefix(index.byStem, word.stem, (ids) => offer(ids, PHONETIC_PREFIX));
    }
    if (!fuzzy) return found;

    const edits = allowedEdits(word.key.length);
    forEachOfLength(
      index.keysByLength,
      word.key.length - edits,
      word.key.length + edits,
      (key, ids) => {
        const distance = boundedEditDistance(word.key, key, edits);
        if (distance > 0 && distance <= edits) offer(ids, FUZZY + distance - 1);
      },
    );
    const stemEdits = last ? allowedEdits(word.stem.length) : 0;
    if (stemEdits > 0) {
      const from = word.stem.length - stemEdits;
      forEachOfLength(index.stemsByLength, from, index.stemsByLength.length, (stem, ids) => {
        const distance = boundedPrefixDistance(word.stem, stem, stemEdits);
        if (distance > 0 && distance <= stemEdits) offer(ids, FUZZY_PREFIX + distance - 1);
      });
    }
    return found;
  }

  function postingCount(found: Map<number, number>): number {
    let count = 0;
    for (const w of found.keys()) {
      count += (index.postStart[w + 1] as number) - (index.postStart[w] as number);
    }
    return count;
  }

  /** Documents matching every word, with their per-word scores folded into docWorst/docSum. */
  function matchAll(words: QueryWord[], fuzzy: boolean): number[] {
    const lastFolded = words.at(-1)?.folded;
    const perWord = words
      .map((word) => candidates(word, fuzzy, word.folded === lastFolded))
      .map((found) => ({ found, cost: postingCount(found) }))
      // Rarest word first: it decides the few documents the other words need to look at.
      .sort((a, b) => a.cost - b.cost);
    stamp += 1;
    const queryStamp = stamp;
    currentQueryStamp = queryStamp;
    let touchedCount = 0;
    for (let i = 0; i < perWord.length; i++) {
      const { found } = perWord[i] as { found: Map<number, number> };
      stamp += 1;
      const wordStamp = stamp;
      touchedCount = 0;
      for (const [w, score] of found) {
        const end = index.postStart[w + 1] as number;
        for (let p = index.postStart[w] as number; p < end; p++) {
          const e = index.postEntry[p] as number;
          const d = index.entryDoc[e] as number;
          if (i > 0 && (docStamp[d] !== queryStamp || docWords[d] !== i)) continue;
          if (index.entryIsAbout[e] === 0) docOwnStamp[d] = queryStamp;
          if (docWordStamp[d] !== wordStamp) {
            docWordStamp[d] = wordStamp;
            docWordBest[d] = score;
            touched[touchedCount++] = d;
          } else if (score < (docWordBest[d] as number)) {
            docWordBest[d] = score;
          }
          if (entryStamp[e] !== queryStamp) {
            entryStamp[e] = queryStamp;
            entryHits[e] = 0;
            entrySum[e] = 0;
          }
          if (entryWordStamp[e] !== wordStamp) {
            entryWordStamp[e] = wordStamp;
            entryWordBest[e] = score;
            entryHits[e] = (entryHits[e] as number) + 1;
            entrySum[e] = (entrySum[e] as number) + score;
          } else if (score < (entryWordBest[e] as number)) {
            entrySum[e] = (entrySum[e] as number) - ((entryWordBest[e] as number) - score);
            entryWordBest[e] = score;
          }
        }
      }
      for (let t = 0; t < touchedCount; t++) {
        const d = touched[t] as number;
        const best = docWordBest[d] as number;
        if (i === 0) {
          docStamp[d] = queryStamp;
          docWorst[d] = best;
          docSum[d] = best;
        } else {
          docWorst[d] = Math.max(docWorst[d] as number, best);
          docSum[d] = (docSum[d] as number) + best;
        }
        docWords[d] = i + 1;
      }
    }
    const matched: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t] as number;
      if (docOwnStamp[d] === queryStamp) matched.push(d);
    }
    return matched;
  }

  /** The name of `d` that the query covers best, from the entry stats of the last matchAll. */
  function bestEntry(d: number): number {
    let best = -1;
    for (let e = index.entryStart[d] as number; e < (index.entryStart[d + 1] as number); e++) {
      if (entryStamp[e] !== currentQueryStamp) continue;
      if (best === -1 || better(e, best)) best = e;
    }
    return best;
  }

  function better(e: number, than: number): boolean {
    const hits = entryHits[e] as number;
    const otherHits = entryHits[than] as number;
    if (hits !== otherHits) return hits > otherHits;
    const sum = entrySum[e] as number;
    const otherSum = entrySum[than] as number;
    if (sum !== otherSum) return sum < otherSum;
    // The display name wins a tie: entries are stored display name first.
    return uncovered(e) < uncovered(than) && index.entryIsAlias[than] === 1;
  }

  function uncovered(e: number): number {
    return Math.max(0, (index.entryWordCount[e] as number) - (entryHits[e] as number));
  }

  function toHit(d: number): SearchHitRef {
    const doc = index.documents[d] as (typeof index.documents)[number];
    const entry = bestEntry(d);
    const alias = entry !== -1 && index.entryIsAlias[entry] === 1;
    return {
      kind: doc.kind,
      id: doc.id,
      name: doc.name,
      matched: alias ? (index.entryText[entry] as string) : null,
    };
  }

  /**
   * Scores pack every tie-break into one number, smaller is better, ending with the document's
   * alphabetical rank, which makes each score unique and lets it be decoded back into the
   * document. A broad query ("a") matches thousands, so they sort as plain numbers.
   */
  function rank(docs: number[], limit: number): SearchGroupRef[] {
    const counts = KINDS.map(() => 0);
    for (const d of docs) {
      const entry = bestEntry(d);
      const worst = docWorst[d] as number;
      const sum = Math.min(docSum[d] as number, 63);
      // A document with an order of its own (a leap, an event) is not ranked by how much of its
      // name the query covers: "leap" is as much about the 2023 leap as the 2024 ones.
      const ordered = index.docHasOrder[d] === 1;
      const gap = ordered ? 0 : entry === -1 ? 31 : Math.min(uncovered(entry), 31);
      const alias = ordered ? 0 : entry === -1 ? 1 : (index.entryIsAlias[entry] as number);
      const score =
        (((worst * 64 + sum) * 32 + gap) * 2 + alias) * docCount + (index.alphaRank[d] as number);
      const kind = kindOf[d] as number;
      const count = counts[kind] as number;
      (scoresByKind[kind] as Float64Array)[count] = score;
      counts[kind] = count + 1;
    }
    const groups: SearchGroupRef[] = [];
    KINDS.forEach((kind, k) => {
      const count = counts[k] as number;
      if (count === 0) return;
      const scores = (scoresByKind[k] as Float64Array).subarray(0, count).sort();
      const hits = Array.from(scores.subarray(0, limit), (score) =>
        toHit(byAlpha[score % docCount] as number),
      );
      groups.push({ kind, hits, total: count });
    });
    return groups;
  }

  /**
   * Nearest names, for when nothing matches: any word may match, each within looser typo bounds;
   * people matching more words come first, then the nearer. Only the best few are kept, by a
   * scan rather than a sort: a loose bound on a common word can reach thousands of people.
   */
  function suggest(words: QueryWord[], hidden: Uint8Array | undefined): SearchSuggestion[] {
    stamp += 1;
    const queryStamp = stamp;
    let touchedCount = 0;
    for (const word of words) {
      const near = new Map<number, number>();
      for (const [w, score] of candidates(word, false, false)) near.set(w, score === EXACT ? 0 : 1);
      const edits = looseEdits(word.key.length);
      forEachOfLength(
        index.keysByLength,
        word.key.length - edits,
        word.key.length + edits,
        (key, ids) => {
          const distance = boundedEditDistance(word.key, key, edits);
          if (distance > edits) return;
          for (const w of ids) near.set(w, Math.min(near.get(w) ?? WORST, distance + 1));
        },
      );
      stamp += 1;
      const wordStamp = stamp;
      for (const [w, distance] of near) {
        const end = index.postStart[w + 1] as number;
        for (let p = index.postStart[w] as number; p < end; p++) {
          const d = index.entryDoc[index.postEntry[p] as number] as number;
          // Events and the like are found through their own words, never offered as names.
          if (index.docIsAbout[d] === 1 || hidden?.[d] === 1) continue;
          if (docStamp[d] !== queryStamp) {
            docStamp[d] = queryStamp;
            docWords[d] = 0;
            docSum[d] = 0;
            touched[touchedCount++] = d;
          }
          if (docWordStamp[d] !== wordStamp) {
            docWordStamp[d] = wordStamp;
            docWordBest[d] = distance;
            docWords[d] = (docWords[d] as number) + 1;
            docSum[d] = (docSum[d] as number) + distance;
          } else if (distance < (docWordBest[d] as number)) {
            docSum[d] = (docSum[d] as number) - ((docWordBest[d] as number) - distance);
            docWordBest[d] = distance;
          }
        }
      }
    }
    // A near name must account for at least half of what was typed: one stray word of
    // "<img src=x onerror=alert(1)>" landing near some name is not a suggestion.
    const needed = Math.ceil(words.length / 2);
    const best: number[] = [];
    const scoreOf = (d: number) =>
      ((MAX_QUERY_WORDS - (docWords[d] as number)) * 1024 + (docSum[d] as number)) * docCount +
      (index.alphaRank[d] as number);
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t] as number;
      if ((docWords[d] as number) < needed) continue;
      const score = scoreOf(d);
      if (best.length === SUGGESTION_COUNT && score >= scoreOf(best.at(-1) as number)) continue;
      let at = best.length;
      while (at > 0 && scoreOf(best[at - 1] as number) > score) at--;
      best.splice(at, 0, d);
      if (best.length > SUGGESTION_COUNT) best.pop();
    }
    return best.map((d) => {
      const doc = index.documents[d] as (typeof index.documents)[number];
      return { kind: doc.kind, id: doc.id, name: doc.name };
    });
  }

  return {
    /**
     * Up to `limit` hits per kind, best first, with the totals; suggestions when none match.
     * Documents marked 1 in `hidden` (those past the reader's spoiler horizon) are left out of
     * what the search without the mask finds, and counted: "sagar" finds Sagar Parekh exactly, so
     * with him masked it lists nothing and says 1 is hidden (the typo pass does not then go on to
     * find some other name: the fan typed his). Suggestions never offer a masked name.
     */
    search(query: string, limit: number, hidden?: Uint8Array): SearchMatches {
      const words = parseQuery(query);
      if (words.length === 0) return NO_MATCHES;
      for (const fuzzy of [false, true]) {
        const found = matchAll(words, fuzzy);
        if (found.length === 0) continue;
        const docs = hidden ? found.filter((d) => hidden[d] !== 1) : found;
        const groups = docs.length > 0 ? rank(docs, limit) : [];
        return { groups, suggestions: [], hidden: found.length - docs.length };
      }
      return { groups: [], suggestions: suggest(words, hidden), hidden: 0 };
    },
  };
}

export type Searcher = ReturnType<typeof createSearcher>;
