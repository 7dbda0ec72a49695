#!/usr/bin/env node
/**
 * `npm run bench:pages`: how long the pages that are not prerendered for their own address take to
 * show their content, with the CPU slowed 4x (CDP Emulation.setCPUThrottlingRate) against the
 * production build served locally (run `npm run build` first). For each page, several runs of:
 *
 *   full load   a fresh browser context opens the address; from navigation start to the first
 *               frame in which the page's content is on screen
 *   in-app      the app is already running on another page (`/`, booted and idle); the router is
 *               sent to the address; from that moment to the content
 *
 * Prints the median and the worst of each, then the same measure, taken in the same rounds, for a
 * plain text file and for a prerendered page: what opening any document costs on this machine at
 * that moment, which the figures above include. A figure, not a test: it never fails the build.
 *
 *   npm run bench:pages                       # 5 runs per page, CPU 4x slower
 *   npm run bench:pages -- --runs 9 --cpu-throttle 1
 *   BENCH_DIST=/tmp/other-dist npm run bench:pages   # another build, to compare
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const RUNS = option('runs', 5);
const CPU_THROTTLE = option('cpu-throttle', 4);
const PORT = Number(process.env.BENCH_PORT ?? 4179);
const ORIGIN = `http://localhost:${PORT}`;

/**
 * Each page with the test that says its own content is on screen (not the bare page that the
 * static server answers for the address, and not a loading state).
 */
const PAGES = [
  {
    url: '/cast?at=2023-11-15',
    ready: () =>
      document.title.includes('2023') &&
      document.querySelectorAll('main a[href^="/actors/"]').length > 5,
  },
  {
    url: '/cast?at=2023-11-15&vs=2024-11-15',
    ready: () =>
      document.title.includes('2023') &&
      document.querySelectorAll('main a[href^="/actors/"]').length > 5,
  },
  {
    url: '/search?q=samar',
    // The title too: the home page, where in-app runs start, also links to Samar in its main.
    ready: () =>
      document.title.startsWith('Search: samar') &&
      document.querySelector('main a[href="/characters/samar-shah"]') !== null,
  },
];

/**
 * What any page costs before its own work: a fresh tab, at the same throttling. A text file is the
 * least a document can be; the prerendered search page is HTML, the stylesheet and the head script,
 * painted without waiting for the app. The pages above cannot be faster than these.
 */
const FLOOR = [
  { url: '/robots.txt', label: 'a text file (/robots.txt)', ready: () => document.body !== null },
  {
    url: '/search',
    label: 'a prerendered page (/search)',
    ready: () => document.querySelector('main h1') !== null,
  },
];

const server = spawn(
  './node_modules/.bin/vite',
  [
    'preview',
    '--port',
    String(PORT),
    '--strictPort',
    ...(process.env.BENCH_DIST ? ['--outDir', process.env.BENCH_DIST] : []),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes(String(PORT)) && resolve());
  server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });

async function throttledPage() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  return { context, page };
}

/** Resolves with performance.now() of the first animation frame in which `ready` holds. */
function contentTime(page, ready) {
  // Sent as source text: the page's Content-Security-Policy forbids building code from text in
  // the page, but an expression evaluated by the driver is not subject to it.
  return page.evaluate(`new Promise((resolve) => {
    const ready = ${ready.toString()};
    const tick = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(tick));
    tick();
  })`);
}

async function fullLoad({ url, ready }) {
  const { context, page } = await throttledPage();
  try {
    await page.goto(ORIGIN + url, { waitUntil: 'commit' });
    // performance.now() counts from navigation start.
    return await contentTime(page, ready);
  } finally {
    await context.close();
  }
}

async function inAppNavigation({ url, ready }) {
  const { context, page } = await throttledPage();
  try {
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    await page.mouse.move(1, 1);
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    // "After the app has started": give it the idle moment in which it warms up.
    await page.waitForTimeout(3000);
    const started = await page.evaluate((target) => {
      const t0 = performance.now();
      // The router follows history: a push and a popstate is a navigation it handles itself.
      history.pushState(null, '', target);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
      return t0;
    }, url);
    return (await contentTime(page, ready)) - started;
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => `${Math.round(ms)}`.padStart(6);
const row = (label, full, inApp) =>
  `${label.padEnd(38)} ${fmt(median(full))} /${fmt(Math.max(...full))}` +
  (inApp ? ` ${fmt(median(inApp))} /${fmt(Math.max(...inApp))}` : '');
try {
  const full = PAGES.map(() => []);
  const inApp = PAGES.map(() => []);
  const floor = FLOOR.map(() => []);
  // Round by round, so that a busy moment of the machine weighs on every row alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [j, page] of PAGES.entries()) {
      full[j].push(await fullLoad(page));
      inApp[j].push(await inAppNavigation(page));
    }
    for (const [j, page] of FLOOR.entries()) floor[j].push(await fullLoad(page));
  }
  console.log(`CPU ${CPU_THROTTLE}x slower, ${RUNS} runs per page, ms to content (median / worst)`);
  console.log(`${'page'.padEnd(38)} ${'full load'.padStart(15)} ${'in-app'.padStart(15)}`);
  for (const [j, page] of PAGES.entries()) console.log(row(page.url, full[j], inApp[j]));
  console.log('\nThe same machine at the same moment, for scale (full load, first frame):');
  for (const [j, page] of FLOOR.entries()) console.log(row(page.label, floor[j]));
} finally {
  await browser.close();
  process.kill(-server.pid);
}
