import type { Db } from './db';

let loading: Promise<Db> | null = null;

/**
 * The dataset is fetched on the first API request, not at start-up: prerendered pages need no
 * data until the fan navigates, so the first paint does not wait for it. The queries over it
 * (db.ts) come in the same moment, since nothing runs them before there is data.
 */
export function loadDb(): Promise<Db> {
  loading ??= Promise.all([import('./dataset'), import('./db')]).then(
    ([{ dataset }, { createDb }]) => createDb(dataset),
    (error: unknown) => {
      // A failed download (offline) is tried again by the next request.
      loading = null;
      throw error;
    },
  );
  return loading;
}
