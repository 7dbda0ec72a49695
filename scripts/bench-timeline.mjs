#!/usr/bin/env node
/**
 * Measures the timeline chart in a real browser: builds a bench page (scripts/bench-timeline/)
 * that renders the chart over a synthetic 2,000-character, 6,000-stint dataset with the page's own
 * filtering and layout code, serves it, opens it in Chromium several times and reads the
 * performance measures the page records:
 *
 *   chart paint   first render of the whole chart, from just before React renders to the first
 *                 frame painted after it (target: 200 ms)
 *   chart complete  the same, to the first frame after every row is laid out: a long chart lays
 *                 out and paints its first screenful first, the rest right after (no target)
 *   filter: …     one filter change, from the change event to the first frame painted after the
 *                 chart updated (target: 50 ms)
 *
 * Each run opens a fresh browser context and starts the chart only once the browser is idle (see
 * untilQuiet). Prints the median, 90th percentile and worst of each. A figure, not a test: it
 * never fails the build.
 *
 *   npm run bench:timeline                 # 7 runs
 *   npm run bench:timeline -- --runs 15 --cpu-throttle 4
 *
 * CHROME_PATH picks another Chromium; --cpu-throttle slows the CPU as DevTools does, to get a
 * feel for a slower phone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const RUNS = option('runs', 7);
const CPU_THROTTLE = option('cpu-throttle', 1);
const TARGETS = { paint: 200, filter: 50 };
// Each change starts from the full chart and returns to it, so both directions are measured.
const FILTER_STEPS = ['character', 'all', 'actor', 'all', 'years', 'all'];

const executablePath = chromiumPath();

/**
 * Waits until every process of the browser is nearly idle. Each new context opens a window, and
 * for a second or so after that Chromium loads its own interface (the address bar's popup) in a
 * renderer of its own, which takes a whole core; on a two-core machine that doubled the chart's
 * time. The page's own quiet moments say nothing of other processes, so this asks the browser.
 */
async function untilQuiet(cdp, { idleMs = 300, busyShare = 0.05, timeoutMs = 10_000 } = {}) {
  const cpuSeconds = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  };
  const deadline = Date.now() + timeoutMs;
  let before = await cpuSeconds();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const after = await cpuSeconds();
    if ((after - before) * 1000 <= idleMs * busyShare) return;
    before = after;
  }
  console.warn(`The browser did not settle within ${timeoutMs / 1000} s; measuring anyway.`);
}

const outDir = mkdtempSync(join(tmpdir(), 'bench-timeline-'));
let server;
let browser;
try {
  await build({
    root: join(here, 'bench-timeline'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  server = await preview({
    root: join(here, 'bench-timeline'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The bench server did not report its address.');

  browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_FLAGS,
  });

  const browserCdp = await browser.newBrowserCDPSession();
  const samples = new Map();
  const add = (name, value) => samples.set(name, [...(samples.get(name) ?? []), value]);
  let shape = '';
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (CPU_THROTTLE > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    }
    await page.goto(url);
    await page.waitForFunction(() => window.benchShellReady === true, null, { polling: 50 });
    await untilQuiet(browserCdp);
    await page.evaluate(() => window.startBench?.());
    // Waiting on an event, not by polling: polling would run scripts in the frames measured.
    await page.evaluate(
      () =>
        window.benchComplete ||
        new Promise((resolve) => addEventListener('bench:complete', resolve, { once: true })),
    );
    shape = await page.locator('p').first().innerText();
    for (const [i, step] of FILTER_STEPS.entries()) {
      const applied = page.evaluate(
        (n) =>
          window.benchFilterCount === n ||
          new Promise((resolve) => addEventListener('bench:filter', resolve, { once: true })),
        i + 1,
      );
      await page.selectOption('#bench-filter', step);
      await applied;
      // Let any layout of off-screen rows finish, so each change starts from a quiet page.
      await page.waitForTimeout(300);
    }
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration })),
    );
    for (const m of measures) add(m.name, m.duration);
    await context.close();
  }

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  /** Nearest-rank percentile: with a few dozen samples, the worst alone is one stray run. */
  const percentile = (values, p) =>
    [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];
  const ms = (value) => Math.round(value * 10) / 10;
  const rows = [...samples].map(([name, values]) => {
    const target =
      name === 'chart paint' ? TARGETS.paint : name.startsWith('filter:') ? TARGETS.filter : null;
    const worst = Math.max(...values);
    const verdict = (value) => (target === null ? '' : value <= target ? 'met' : 'MISSED');
    return {
      measure: name,
      samples: values.length,
      'median ms': ms(median(values)),
      'p90 ms': ms(percentile(values, 90)),
      'worst ms': ms(worst),
      'target ms': target ?? '',
      median: verdict(median(values)),
      worst: verdict(worst),
    };
  });
  console.log(`\nTimeline chart bench: ${shape}`);
  console.log(
    `${RUNS} runs in ${executablePath} (${await browser.version()}), 1280×900, ` +
      `CPU throttle ${CPU_THROTTLE}×\n`,
  );
  console.table(rows);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
}
