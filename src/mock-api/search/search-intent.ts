/**
 * Reads a question out of a query before the engine sees it. Fans type "who plays samar",
 * "samar actor", "new pakhi" or "who replaced paras": the words "who", "plays", "actor", "new",
 * "replaced" are not in anyone's name, so as names they would match nothing (or, worse, match
 * someone by a typo). They become an intent instead, and only the remaining words are searched;
 * db.ts then answers the intent from the data. A query with no such word is left as it is.
 */
import { searchWords } from './phonetic-key';

/**
 * - `plays`: who plays (or played) a character; for an actor, whom they play.
 * - `new`: the latest recast of a character.
 * - `replaced`: who replaced an actor (or whom they replaced), or a character's recasts.
 */
export type SearchIntent = 'plays' | 'new' | 'replaced';

export interface ParsedQuery {
  intent: SearchIntent | null;
  /** The words left to search for, as typed. */
  text: string;
}

const INTENT_WORDS: ReadonlyMap<string, SearchIntent> = new Map([
  ...['plays', 'play', 'played', 'playing', 'portrays', 'portrayed', 'current'].map(
    (word) => [word, 'plays'] as const,
  ),
  ...['actor', 'actors', 'actress', 'actresses'].map((word) => [word, 'plays'] as const),
  ...['new', 'newest', 'latest'].map((word) => [word, 'new'] as const),
  ...['replaced', 'replaces', 'replace', 'replacement', 'replacing', 'took'].map(
    (word) => [word, 'replaced'] as const,
  ),
]);

/** When two intents are named ("new actor of pakhi"), the more specific one wins. */
const PRECEDENCE: readonly SearchIntent[] = ['replaced', 'new', 'plays'];

/** Words that only frame a question; dropped once the query has an intent. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'which',
  'is',
  'was',
  'are',
  'the',
  'of',
  'for',
  'as',
  'by',
  'did',
  'does',
  'do',
  'now',
  'currently',
  'today',
  'over',
  'from',
  'in',
  'role',
  'on',
]);

/** Whether `word` could still become `full` as the fan goes on typing. */
function startsAnyOf(word: string, words: Iterable<string>): boolean {
  for (const full of words) if (full.startsWith(word)) return true;
  return false;
}

export function parseSearchQuery(query: string): ParsedQuery {
  const tokens = query.split(/\s+/).filter((token) => token !== '');
  const folded = tokens.map((token) => searchWords(token));
  const found = new Set<SearchIntent>();
  for (const words of folded) {
    for (const word of words) {
      const intent = INTENT_WORDS.get(word);
      if (intent) found.add(intent);
    }
  }
  // "who is samar" asks who plays him; "who pl" is "who plays" still being typed.
  const typingVerb = folded[0]?.[0] === 'who' && found.size === 0;
  if (typingVerb) found.add('plays');
  const intent = PRECEDENCE.find((candidate) => found.has(candidate)) ?? null;
  if (intent === null) return { intent: null, text: query };

  const isFrame = (word: string) => INTENT_WORDS.has(word) || QUESTION_WORDS.has(word);
  const kept = tokens.filter((_, i) => {
    const words = folded[i] ?? [];
    if (words.length === 0) return false;
    if (words.every(isFrame)) return false;
    // The verb of a question, half typed: "who pl", "who repl".
    const last = i === tokens.length - 1 && words.length === 1 && typingVerb;
    const word = words[0] as string;
    return !(last && (startsAnyOf(word, INTENT_WORDS.keys()) || startsAnyOf(word, QUESTION_WORDS)));
  });
  return { intent, text: kept.join(' ') };
}
