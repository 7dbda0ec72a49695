import { createDb, type Db } from './db';

let loading: Promise<Db> | null = null;

/**
 * The dataset is fetched on the first API request, not at start-up: prerendered pages need no
 * data until the fan navigates, so the first paint does not wait for it.
 */
export function loadDb(): Promise<Db> {
  loading ??= import('./dataset').then(
    ({ dataset }) => createDb(dataset),
    (error: unknown) => {
      // A failed download (offline) is tried again by the next request.
      loading = null;
      throw error;
    },
  );
  return loading;
}
