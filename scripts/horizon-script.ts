import { build } from 'rolldown';
import type { Plugin } from 'vite';
import { hashSource, replaceOnce } from './page-template.mjs';

const SOURCE = 'src/horizon-mark.ts';
const SCRIPT_SRC = "script-src 'self'";

/**
 * Puts src/horizon-mark.ts in every page's <head> as a classic, blocking script (the spoiler
 * horizon must hide prerendered facts before the first paint, which a module script, always
 * deferred, cannot promise). It is inline, not a file: a blocking script in a file holds the
 * parser for a round trip on every first visit (as a file it cost `/` 130 ms of Lighthouse's
 * simulated mobile FCP), and it is 1.4 KB. The Content-Security-Policy admits exactly this
 * script by its hash, as it does the inline stylesheet. In dev it is served as a module: good
 * enough where nothing is prerendered.
 */
export function horizonScript(): Plugin {
  let code = '';
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
      code = bundle.output[0].code.trim();
      if (/<\/script|<!--/i.test(code))
        throw new Error(`${SOURCE} bundles to text that would end its inline <script> early`);
    },
    transformIndexHtml: {
      order: 'post',
      // Early in <head>, right after the charset and the Content-Security-Policy.
      handler: (html, context) => {
        const anchor = '<meta name="viewport"';
        if (context.server) {
          return replaceOnce(
            html,
            anchor,
            `<script type="module" src="/${SOURCE}"></script>\n    ${anchor}`,
          );
        }
        // The policy is written by the content-security-policy plugin, which comes first.
        const admitted = replaceOnce(html, SCRIPT_SRC, `${SCRIPT_SRC} ${hashSource(code)}`);
        return replaceOnce(admitted, anchor, `<script>${code}</script>\n    ${anchor}`);
      },
    },
  };
}
