// The one place that knows how to run Chromium here, for the browser tests, Lighthouse and the
// timeline bench: this network cannot download a browser, so a Chromium already on the machine is
// used (CHROME_PATH first, then Debian's /usr/bin/chromium), with the flags it needs in a sandbox
// with no outside network.
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to run; with none, an error that says how to get one. */
export function chromiumPath() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
