import type { Plugin, Rolldown } from 'vite';

/** Chromium's explicit compile hint (Chrome 136 and later); other engines read a comment. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Below this many characters of its modules' code (about 8 KB minified), a chunk is not hinted. */
const HINT_FROM_CHARS = 16_384;

/**
 * Measured on the modules as rendered into the chunk, before minification: the one measure both
 * the hash and the output can read, so that a chunk is hinted exactly when its hash says so.
 */
const worthHinting = (chunk: Pick<Rolldown.RenderedChunk, 'modules'>) =>
  Object.values(chunk.modules).reduce((sum, module) => sum + module.renderedLength, 0) >=
  HINT_FROM_CHARS;

/**
 * Opens the chunks of the browser build with Chromium's compile hint, so that the functions of a
 * chunk are compiled on the thread that streams it in, instead of one by one on the main thread at
 * their first call. On a slow phone the app's first render was spent largely compiling: at a 4x
 * slower CPU, alternating runs of the same build with and without the hint reached the content of
 * /search?q= in 1,262 → 1,093 ms (medians of 10) and /cast?at= in 1,252 → 1,166 ms.
 *
 * Every chunk of some size, because a chunk is fetched only when its code is about to run: the
 * entry and the page's chunks at start, the others on the navigation that needs them (the dataset
 * has no functions to compile). Not the small ones: compiling a few kilobytes lazily costs little,
 * while the comment, which does not compress, adds about 30 bytes to each chunk a page loads at
 * start (against the 130 KB boot JS target of issue 13, which the pages are just under). The hint
 * must come first, before Vite's preload map, since it applies to the functions parsed after it;
 * and it goes into the chunk's hash, so a cached chunk without it is never taken for one with it.
 * The SSR build has no use for it.
 */
export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    augmentChunkHash: (chunk) => (worthHinting(chunk) ? COMPILE_HINT : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && worthHinting(file)) {
            file.code = `${COMPILE_HINT}\n${file.code}`;
          }
        }
      },
    },
  };
}
