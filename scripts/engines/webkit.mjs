#!/usr/bin/env node
/**
 * `npm run test:webkit`: the smoke suite (smoke.mjs) in WebKit, as WebKitGTK's MiniBrowser driven
 * by WebKitWebDriver under a virtual display (xvfb-run), over plain W3C WebDriver requests,
 * against the production build (run `npm run build` first). Playwright's own WebKit cannot be
 * downloaded here; Debian's webkit2gtk-driver can be installed. WEBKIT_DRIVER_PORT and SMOKE_PORT
 * pick the ports.
 */
import { spawn } from 'node:child_process';
import { clickRetryingStale, runSmoke } from './smoke.mjs';
import { serveBuild, stopGroup } from './serve.mjs';

const DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4186);
const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const KEYS = { Enter: '\uE007', ArrowDown: '\uE015', Tab: '\uE004' };

const server = await serveBuild(Number(process.env.SMOKE_PORT ?? 4185));
const webdriver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${DRIVER_PORT}`], {
  stdio: 'ignore',
  detached: true,
});
const endpoint = `http://127.0.0.1:${DRIVER_PORT}`;

async function call(method, path, body) {
  const response = await fetch(endpoint + path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) {
    const { error, message } = json.value ?? {};
    throw new Error(`${method} ${path}: ${error ?? response.status} ${message ?? ''}`);
  }
  return json.value;
}

async function untilDriverUp() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await call('GET', '/status')).ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

let session;
let moves = 0;
let failed = 1;
try {
  await untilDriverUp();
  ({ sessionId: session } = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
    },
  }));
  const s = `/session/${session}`;
  await call('POST', `${s}/window/rect`, { width: 1280, height: 800 }).catch(() => undefined);
  const script = (fn, args) => ({
    script: `return (${fn.toString()}).apply(null, arguments)`,
    args,
  });
  // W3C WebDriver has no log of page errors: each page load gets a listener that keeps them.
  const watchErrors = () =>
    call(
      'POST',
      `${s}/execute/sync`,
      script(() => {
        if (window.__smokeErrors) return;
        window.__smokeErrors = [];
        addEventListener('error', (e) => window.__smokeErrors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => window.__smokeErrors.push(String(e.reason)));
      }, []),
    );
  const keys = (values) =>
    call('POST', `${s}/actions`, {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: values.flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        },
      ],
    });
  const driver = {
    goto: async (path) => {
      await call('POST', `${s}/url`, { url: server.origin + path });
      await watchErrors();
    },
    reload: async () => {
      await call('POST', `${s}/refresh`, {});
      await watchErrors();
    },
    evaluate: (fn, ...args) => call('POST', `${s}/execute/sync`, script(fn, args)),
    click: (fn, ...args) =>
      clickRetryingStale(
        async () => {
          const element = await call('POST', `${s}/execute/sync`, script(fn, args));
          if (!element?.[ELEMENT]) throw new Error(`nothing to click: ${fn.toString()} ${args}`);
          await call('POST', `${s}/element/${element[ELEMENT]}/click`, {});
        },
        (error) => /was not found|stale/i.test(error.message),
      ),
    type: (text) => keys([...text]),
    press: (key) => keys([KEYS[key]]),
    pointerMove: () =>
      call('POST', `${s}/actions`, {
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            // A move to where the pointer already is fires no event: move each time.
            actions: [{ type: 'pointerMove', x: 2 + (moves++ % 50), y: 2, duration: 0 }],
          },
        ],
      }),
    pageErrors: async () =>
      await call(
        'POST',
        `${s}/execute/sync`,
        script(() => window.__smokeErrors?.splice(0) ?? [], []),
      ),
  };
  failed = await runSmoke('webkit', driver);
} catch (error) {
  console.error(error);
  console.log('[webkit] 0 passed, 1 failed (the browser could not be driven)');
} finally {
  if (session) await call('DELETE', `/session/${session}`).catch(() => undefined);
  stopGroup(webdriver);
  server.stop();
}
process.exit(failed > 0 ? 1 : 0);
