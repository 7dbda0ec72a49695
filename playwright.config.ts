import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium.mjs';

// Set E2E_PORT (and E2E_FAULTS_PORT, E2E_UPDATE_PORT: the update test's stand-in host, default
// E2E_PORT + 2) to run two suites side by side; 4174 keeps clear of `npm start` on 4173.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const FAULTS_PORT = Number(process.env.E2E_FAULTS_PORT ?? PORT + 1);
const FAULTS = /faults\.spec\.ts$/;

const server = (port: number, outDir: string) => ({
  command: `./node_modules/.bin/vite preview --port ${port} --strictPort --outDir ${outDir}`,
  url: `http://localhost:${port}`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_FLAGS,
    },
    trace: 'off',
  },
  projects: [
    // The production build, as `npm start` serves it; `npm run test:e2e` builds it first.
    { name: 'chromium', testIgnore: FAULTS, use: { baseURL: `http://localhost:${PORT}` } },
    // The same app built with the test-only fault hook (`npm run build:test-hooks`), for the
    // tests that make the mock API fail.
    { name: 'faults', testMatch: FAULTS, use: { baseURL: `http://localhost:${FAULTS_PORT}` } },
  ],
  webServer: [server(PORT, 'dist'), server(FAULTS_PORT, 'dist-test-hooks')],
});
