/**
 * Whether the reader asked the browser to save data (Save-Data, a "lite" or data-saver mode).
 * Then nothing is fetched ahead of need: not the mock API and dataset before a first request, not
 * the offline copy of the whole wiki. (src/boot.ts repeats this one test: it imports nothing from
 * the app, so that the boot script stays a single small file.)
 */
export function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
