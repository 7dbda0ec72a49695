/**
 * The offline service worker (dist/sw.js, written by scripts/service-worker.mjs): registered a few
 * seconds after the page has loaded, when the browser is idle, unless the fan asked to save data;
 * its install then downloads the whole wiki in the background. It is never
 * needed for reading: if it cannot register or install (no support, blocked, storage full), the
 * wiki simply works online only.
 *
 * A new deployment installs a new worker that waits; the app shows a quiet notice and reloads only
 * when the fan chooses to.
 */
import { whenIdle } from '../lib/idle';
import { savesData } from '../lib/save-data';

const listeners = new Set<() => void>();
let waiting: ServiceWorker | null = null;

function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** True when a newer version of the wiki is installed and waits for a reload. */
export function updateIsWaiting(): boolean {
  return waiting !== null;
}

/** The fan chose to reload: the waiting worker takes over, then the page reloads once. */
export function applyUpdate(): void {
  const worker = waiting;
  if (!worker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/** Whether this page is served by the offline worker, so every page works without a network. */
export function worksOffline(): boolean {
  return 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

function watch(registration: ServiceWorkerRegistration): void {
  // Only an update waits behind a controller; the first install takes control at once.
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) setWaiting(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}

/** How long after the load event the worker is registered (then when the browser is idle). */
const REGISTER_AFTER_MS = 4000;

export function registerServiceWorker(url: string): void {
  if (!('serviceWorker' in navigator)) return;
  if (savesData()) return;
  const register = async () => {
    // Never in the way of the page itself: its content, its code, its first requests.
    await new Promise((resolve) => setTimeout(resolve, REGISTER_AFTER_MS));
    await whenIdle(10_000);
    try {
      watch(await navigator.serviceWorker.register(url, { scope: '/' }));
    } catch {
      // Blocked or unsupported here: the wiki works online only, as before.
    }
  };
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
