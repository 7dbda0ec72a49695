import { createHash } from 'node:crypto';
import { build } from 'rolldown';
import type { Plugin } from 'vite';

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
        if (!html.includes(anchor))
          throw new Error(`index.html has no ${anchor} to put ${SOURCE} before`);
        if (context.server) {
          return html.replace(
            anchor,
            `<script type="module" src="/${SOURCE}"></script>\n    ${anchor}`,
          );
        }
        // The policy is written by the content-security-policy plugin, which comes first.
        if (!html.includes(SCRIPT_SRC))
          throw new Error(`index.html has no "${SCRIPT_SRC}" to admit ${SOURCE} by its hash`);
        const hash = createHash('sha256').update(code).digest('base64');
        // Replaced by functions: the code may hold `$&` and the like, which are not patterns.
        return html
          .replace(SCRIPT_SRC, () => `${SCRIPT_SRC} 'sha256-${hash}'`)
          .replace(anchor, () => `<script>${code}</script>\n    ${anchor}`);
      },
    },
  };
}
