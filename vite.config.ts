import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chunkGroups } from './scripts/chunk-groups';
import { compileHints } from './scripts/compile-hints';
import { contentSecurityPolicy } from './scripts/content-security-policy';
import { horizonScript } from './scripts/horizon-script';
import { mswWithoutCookieStore } from './scripts/msw-cookie-store';
import { prerenderedPages } from './scripts/prerendered-pages';

export default defineConfig({
  // The service worker is registered by absolute URL, which needs a known base.
  base: '/',
  plugins: [
    react(),
    contentSecurityPolicy(),
    horizonScript(),
    prerenderedPages(),
    mswWithoutCookieStore(),
    compileHints(),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The manifest tells the prerenderer and `npm run size` which chunks each page needs.
    manifest: true,
    // The boot script is an entry of its own, which prerendered pages load instead of the app's
    // (see src/boot.ts). It imports nothing from the app, so the app's chunks are split as if it
    // were not there.
    rolldownOptions: {
      input: { index: 'index.html', boot: 'src/boot.ts' },
      output: { codeSplitting: chunkGroups() },
    },
  },
});
