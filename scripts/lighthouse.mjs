// `npm run lighthouse`: Lighthouse 12, mobile preset with its default simulated throttling, on the
// production build served by `vite preview`, in Debian's Chromium. Prints each page's scores,
// LCP, CLS and TBT. A measurement, not a test: run it after `npm run build`.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4178);
const PAGES = (process.env.PAGES ?? '/,/characters/samar-shah,/timeline').split(',');
const RUNS = Number(process.env.RUNS ?? 3);
const chromePath = chromiumPath();

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes(String(PORT)) && resolve());
  server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: CHROMIUM_FLAGS,
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://localhost:${PORT}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const { categories, audits } = result.lhr;
      runs.push({
        performance: categories.performance.score * 100,
        accessibility: categories.accessibility.score * 100,
        bestPractices: categories['best-practices'].score * 100,
        seo: categories.seo.score * 100,
        lcp: audits['largest-contentful-paint'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        fcp: audits['first-contentful-paint'].numericValue,
        failing: Object.values(audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id),
      });
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    rows.push({
      page,
      perf: pick('performance'),
      a11y: pick('accessibility'),
      bp: pick('bestPractices'),
      seo: pick('seo'),
      'LCP ms': Math.round(pick('lcp')),
      'FCP ms': Math.round(pick('fcp')),
      CLS: Number(pick('cls').toFixed(3)),
      'TBT ms': Math.round(pick('tbt')),
      failing: [...new Set(runs.flatMap((r) => r.failing))].join(' ') || '-',
    });
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.log(`Lighthouse ${RUNS} runs per page, medians (mobile, simulated throttling)`);
console.table(rows);
