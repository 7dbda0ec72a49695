import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The production build's Content-Security-Policy: the app's own scripts, styles, data and service
 * worker, and nothing else. Prerendered state travels in a `type="application/json"` script, which
 * is data, not code, so no inline script needs allowing; the inlined stylesheet is admitted by its
 * hash, which scripts/prerender.mjs adds. Dev is left alone: Vite's hot reload injects inline
 * scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    // The build writes the meta tag; preview serves it as a header too. Dev gets neither.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
    configurePreviewServer(server) {
      // As a header too, where frame-ancestors (which a meta tag cannot carry) also applies. The
      // policy is read from the build, which holds the stylesheet's hash.
      const built = join(server.config.build.outDir, 'index.html');
      const policy = existsSync(built)
        ? (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
            readFileSync(built, 'utf8'),
          )?.[1] ?? CONTENT_SECURITY_POLICY)
        : CONTENT_SECURITY_POLICY;
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`);
        next();
      });
    },
  };
}
