import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Makes `vite preview` serve the prerendered build the way a static host would: each page from
 * its own `index.html`, and any other path from `404.html` with a 404 status. (Vite's own
 * fallback would answer every unknown path with the home page.)
 */
export function prerenderedPages(): Plugin {
  return {
    name: 'prerendered-pages',
    configurePreviewServer(server) {
      const dist = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        let pathname: string;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          pathname = '/__malformed__';
        }
        const file = join(dist, pathname);
        if (pathname !== '/' && existsSync(file) && statSync(file).isFile()) return next();
        const page = join(file, 'index.html');
        if (!pathname.includes('..') && existsSync(page)) {
          req.url = `${pathname.replace(/\/$/, '')}/index.html${url.search}`;
          return next();
        }
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(join(dist, '404.html')));
      });
    },
  };
}
