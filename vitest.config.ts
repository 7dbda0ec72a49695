import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globals: false,
    restoreMocks: true,
    // Role queries over whole pages are slow in jsdom on a busy 2-core machine; a limit, not a target.
    testTimeout: 20_000,
  },
});
