/**
 * The reader's spoiler horizon as React state: from the address (`?upto=`) or this device's
 * storage. Every page reads it with `useHorizon()`; the header's setting changes it with
 * `rememberHorizon()`.
 */
import { useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { HORIZON_STORAGE_KEY, chooseHorizon, type Horizon } from './horizon';

const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return localStorage.getItem(HORIZON_STORAGE_KEY);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the setting: this one follows.
  addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    removeEventListener('storage', listener);
  };
}

/**
 * Remembers the reader's horizon on this device (null: show everything). Storage may be blocked
 * (private modes, some in-app browsers): then it returns false, and the horizon must live in the
 * address.
 */
export function rememberHorizon(horizon: Horizon): boolean {
  let remembered = true;
  try {
    if (horizon) localStorage.setItem(HORIZON_STORAGE_KEY, horizon);
    else localStorage.removeItem(HORIZON_STORAGE_KEY);
  } catch {
    remembered = false;
  }
  for (const listener of listeners) listener();
  return remembered;
}

/**
 * The horizon outside React (a route loader prefetching what the page will ask for): the address
 * `url`'s, else the one remembered. Null where there is no browser storage (prerendering).
 */
export function readHorizon(url: string): Horizon {
  return chooseHorizon(new URL(url, 'http://localhost').search, readStored());
}

const noSubscription = () => () => undefined;

/**
 * Whether this render may read the browser's state. Prerendered HTML (and the hydration that must
 * match it) shows everything; the first render after hydration applies the horizon.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The horizon in force: a valid `?upto=` in the address, else the one remembered, else null. */
export function useHorizon(): Horizon {
  const [params] = useSearchParams();
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const isClient = useIsClient();
  if (!isClient) return null;
  return chooseHorizon(params.toString(), stored);
}
