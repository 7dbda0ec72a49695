import { createHash } from 'node:crypto';
import { build } from 'rolldown';
import type { Plugin } from 'vite';

const SOURCE = 'src/horizon-mark.ts';

/**
 * Puts src/horizon-mark.ts in every page's <head> as a classic, blocking script (the spoiler
 * horizon must hide prerendered facts before the first paint, which a module script, always
 * deferred, cannot promise). Vite only writes modules, so the script is bundled on its own into
 * one self-contained file; it is same-origin, so the Content-Security-Policy admits it. In dev
 * it is served as a module: good enough where nothing is prerendered.
 */
export function horizonScript(): Plugin {
  let code = '';
  let fileName = '';
  return {
    name: 'horizon-script',
    async buildStart() {
      if (this.environment.config.consumer !== 'client' || this.environment.mode !== 'build')
        return;
      const bundle = await build({
        input: SOURCE,
        write: false,
        output: { format: 'iife', minify: true },
      });
      code = bundle.output[0].code;
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
      fileName = `assets/horizon-mark-${hash}.js`;
    },
    generateBundle() {
      if (fileName) this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => [
        {
          tag: 'script',
          attrs: context.server ? { type: 'module', src: `/${SOURCE}` } : { src: `/${fileName}` },
          injectTo: 'head',
        },
      ],
    },
  };
}
