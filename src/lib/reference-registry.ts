/**
 * A page's footnotes: the first source cited gets number 1, the next new one 2, and a source cited
 * again keeps its number. Each place that cites a source is one "use" of it, so the reference can
 * link back to every place. Citations register while the page renders, in render order, which is
 * the same on the server and in the browser, so prerendered numbers and hydrated ones agree.
 */
import type { Source } from '../api/schemas';

export interface Reference {
  /** The footnote number, from 1, in order of first citation. */
  n: number;
  source: Source;
  /** How many places cite it; uses are numbered 1..uses in render order. */
  uses: number;
}

export interface CitationMark {
  n: number;
  /** Which use of the reference this place is, from 1. */
  use: number;
}

/** The id of the marker in the text, and of the reference in the list, so both link each other. */
export const citeId = (mark: CitationMark) => `cite-${mark.n}-${mark.use}`;
export const referenceId = (n: number) => `ref-${n}`;

export class ReferenceRegistry {
  private readonly byUrl = new Map<string, { reference: Reference; useOf: Map<string, number> }>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private notifying = false;

  /**
   * Registers one citation of `source` by the place named `place` (stable across re-renders, so
   * a place rendered twice is still one use) and answers its number and use.
   */
  cite(place: string, source: Source): CitationMark {
    let entry = this.byUrl.get(source.url);
    if (!entry) {
      entry = { reference: { n: this.byUrl.size + 1, source, uses: 0 }, useOf: new Map() };
      this.byUrl.set(source.url, entry);
      this.changed();
    }
    let use = entry.useOf.get(place);
    if (use === undefined) {
      use = entry.reference.uses + 1;
      entry.reference = { ...entry.reference, uses: use };
      entry.useOf.set(place, use);
      this.changed();
    }
    return { n: entry.reference.n, use };
  }

  /** Every reference, by number. */
  references(): Reference[] {
    return [...this.byUrl.values()].map((e) => e.reference);
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = () => this.version;

  // Citations register during render; the list is told afterwards (never while another component
  // renders), which only matters when part of a page re-renders on its own and cites something new.
  private changed() {
    this.version += 1;
    if (this.notifying || this.listeners.size === 0) return;
    this.notifying = true;
    queueMicrotask(() => {
      this.notifying = false;
      for (const listener of this.listeners) listener();
    });
  }
}
