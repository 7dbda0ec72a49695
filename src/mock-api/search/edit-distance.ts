/**
 * Edit distances that give up early. Both count an insertion, a deletion, a substitution or a
 * swap of two neighbouring letters as one edit (optimal string alignment), and return `max + 1`
 * as soon as the answer is known to be over `max`, which is what keeps typo matching cheap.
 */

// Three rows of the dynamic-programming table, reused between calls: matching runs thousands of
// comparisons per query, and allocating per comparison would cost more than the comparing.
let rows = new Int32Array(3 * 32);

function scratch(width: number): Int32Array {
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  return rows;
}

function distanceTable(a: string, b: string, max: number, prefixOfB: boolean): number {
  const width = b.length + 1;
  const table = scratch(width);
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j < width; j++) table[prev + j] = j;
  let best = prefixOfB && a.length === 0 ? 0 : max + 1;
  for (let i = 1; i <= a.length; i++) {
    table[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        (table[prev + j] as number) + 1,
        (table[cur + j - 1] as number) + 1,
        (table[prev + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (table[prev2 + j - 2] as number) + 1);
      }
      table[cur + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    if (prefixOfB && i === a.length) {
      for (let j = 0; j < width; j++) best = Math.min(best, table[cur + j] as number);
    }
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  if (prefixOfB) return Math.min(best, max + 1);
  return Math.min(table[prev + b.length] as number, max + 1);
}

/** Edits between `a` and `b`, or `max + 1` when there are more than `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return distanceTable(a, b, max, false);
}

/**
 * Edits between `a` and the closest prefix of `b`, or `max + 1`: how far a half-typed word is
 * from being the start of `b` ("kalnwa" is one edit from "kalnav", the start of "kalnavat").
 */
export function boundedPrefixDistance(a: string, b: string, max: number): number {
  if (b.startsWith(a)) return 0;
  if (a.length - b.length > max) return max + 1;
  return distanceTable(a, b, max, true);
}
