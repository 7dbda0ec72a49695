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
      // Early in <head>, right after the charset and the Content-Security-Policy, so that it
      // downloads beside the page rather than after its inline styles.
      handler: (html, context) => {
        const tag = context.server
          ? `<script type="module" src="/${SOURCE}"></script>`
          : `<script src="/${fileName}"></script>`;
        const anchor = '<meta name="viewport"';
        if (!html.includes(anchor))
          throw new Error(`index.html has no ${anchor} to put ${SOURCE} before`);
        return html.replace(anchor, `${tag}\n    ${anchor}`);
      },
    },
  };
}
