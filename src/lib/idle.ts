/**
 * Resolves when the browser has a quiet moment (or after `timeout` ms at the latest), for work
 * that can wait until a page is painted and usable. Outside a browser it resolves at once.
 */
export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window === 'undefined') resolve();
    else if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, Math.min(timeout, 200));
  });
}
