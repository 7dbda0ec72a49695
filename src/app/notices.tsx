/** The quiet notices under the header: offline, and a newer version waiting. */
import { useSyncExternalStore } from 'react';
import { applyUpdate, subscribeToUpdate, updateIsWaiting, worksOffline } from './service-worker';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Tells the fan what still works: everything once the wiki is kept offline, else open pages. */
export function OfflineNotice() {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  if (online) return null;
  return (
    <p className="offline-notice" role="status">
      {worksOffline()
        ? 'You are offline. The whole wiki is saved on this device: every page, search and the timeline still work.'
        : 'You are offline. Pages you have opened still work; others will load when you are back online.'}
    </p>
  );
}

/** A new deployment is ready: offered, never forced, so the fan keeps their place. */
export function UpdateNotice() {
  const waiting = useSyncExternalStore(subscribeToUpdate, updateIsWaiting, () => false);
  if (!waiting) return null;
  return (
    <p className="update-notice" role="status">
      A newer version is available ·{' '}
      <button type="button" className="link-button" onClick={applyUpdate}>
        Reload
      </button>
    </p>
  );
}
