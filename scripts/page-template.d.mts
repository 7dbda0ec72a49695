export declare const SITE_NAME: string;
export declare function replaceOnce(
  html: string,
  target: string | RegExp,
  replacement: string,
): string;
export declare function escapeHtml(text: string): string;
export declare function hashSource(text: string): string;
export declare function inlineStylesheets(
  html: string,
  readStylesheet: (href: string) => Promise<string>,
): Promise<string>;
export interface PrerenderedPage {
  url: string;
  html: string;
  state: unknown;
}
/** Names the browser code reads a prerendered page by (exported by src/entry-server.tsx). */
export interface PageMarks {
  pageUrlAttribute: string;
  appScriptAttribute: string;
  /** Needed only when `preload` is given. */
  appPreloadAttribute?: string;
  /** Needed only when the template has modulepreload links (the entry's imports). */
  appDepsAttribute?: string;
  stateElementId: string;
}
export declare function entryDependencies(html: string): string[];
export declare function bootOnInteraction(
  html: string,
  options: { bootSrc: string; preload?: string[]; marks: PageMarks },
): string;
export declare function fillTemplate(
  template: string,
  page: PrerenderedPage,
  options: { siteUrl: string; marks: PageMarks },
): string;
export declare function notFoundPage(shell: string): string;
