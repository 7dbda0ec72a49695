import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/content-security-policy';
import { prerenderedPages } from './scripts/prerendered-pages';

export default defineConfig({
  // The service worker is registered by absolute URL, which needs a known base.
  base: '/',
  plugins: [react(), contentSecurityPolicy(), prerenderedPages()],
  resolve: {
    alias: [
      {
        // MSW's internal import of its cookie store (see src/mock-api/cookie-store-stub.ts).
        find: /^\.\.\/cookieStore\.mjs$/,
        replacement: fileURLToPath(new URL('./src/mock-api/cookie-store-stub.ts', import.meta.url)),
      },
    ],
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  // The manifest tells the prerenderer and `npm run size` which chunks each page needs.
  build: { target: 'es2022', sourcemap: false, manifest: true },
});
