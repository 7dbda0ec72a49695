import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The empty store the browser gets instead of MSW's (see the file for why that is safe). */
const STUB = fileURLToPath(new URL('../src/mock-api/cookie-store-stub.ts', import.meta.url));

/**
 * How MSW's request code imports its cookie store (from msw/lib/core/utils/request/). This is a
 * private path of MSW's, not an export, so nothing promises it survives an upgrade.
 */
const MSW_COOKIE_STORE_IMPORT = /^\.\.\/cookieStore\.mjs$/;

/** Packages that MSW's real cookie store brings in: tough-cookie and its public-suffix list. */
const COOKIE_PACKAGES = /\/node_modules\/(tough-cookie|tldts(?:-core)?)\//;

/**
 * Keeps MSW's cookie store (tough-cookie with a 100 KB public-suffix list) out of the browser
 * build by aliasing MSW's import of it to an empty store, and fails the build if that stops
 * working: should an MSW release move the file, the alias would match nothing and the weight
 * would come back without a word. A build without the mock API (VITE_API_BASE_URL set) bundles no
 * MSW, and the SSR build leaves it external; neither has anything to check.
 */
export function mswWithoutCookieStore(): Plugin {
  return {
    name: 'msw-without-cookie-store',
    // An alias rather than a resolveId hook, so that dev's dependency pre-bundling uses it too.
    config: () => ({
      resolve: { alias: [{ find: MSW_COOKIE_STORE_IMPORT, replacement: STUB }] },
    }),
    generateBundle(_options, bundle) {
      const modules = Object.values(bundle).flatMap((file) =>
        file.type === 'chunk' ? file.moduleIds : [],
      );
      if (!modules.some((id) => id.includes('/node_modules/msw/'))) return;
      const leaked = new Set(modules.map((id) => COOKIE_PACKAGES.exec(id)?.[1]).filter(Boolean));
      if (modules.includes(STUB) && leaked.size === 0) return;
      this.error(
        `MSW is in the bundle but its cookie store was not replaced (${
          leaked.size > 0 ? `bundled: ${[...leaked].join(', ')}` : 'the empty store was never used'
        }). MSW probably moved the file it imports as "../cookieStore.mjs": find the new import ` +
          'in node_modules/msw/lib/core and update MSW_COOKIE_STORE_IMPORT in ' +
          'scripts/msw-cookie-store.ts.',
      );
    },
  };
}
