/**
 * The mock API starts lazily: prerendered pages need no data to show, so its service worker is
 * started when the browser is idle after the first paint, or by the first request, whichever
 * comes first. Every API request awaits it; against a real backend there is nothing to start.
 */
let starter: (() => Promise<void>) | null = null;
let started: Promise<void> | null = null;

export function setApiStarter(start: () => Promise<void>): void {
  starter = start;
  started = null;
}

export function whenApiReady(): Promise<void> {
  if (!starter) return Promise.resolve();
  started ??= starter();
  return started;
}
