import { whenIdle } from '../../lib/idle';

import type * as ChartPanel from './chart/timeline-chart-panel';

type ChartPanelModule = typeof ChartPanel;

let module: Promise<ChartPanelModule> | null = null;

/**
 * The chart's code (with d3), loaded apart from the page. In the browser it waits for a quiet
 * moment, so a prerendered timeline is painted and readable first and its chart hydrates after;
 * the prerenderer awaits it before rendering, so the HTML holds the whole chart.
 */
export function chartPanelModule(): Promise<ChartPanelModule> {
  if (!module) {
    const loading: Promise<ChartPanelModule> = whenIdle()
      .then(() => import('./chart/timeline-chart-panel'))
      .then((loaded) => {
        // Marked the way React's `use` reads a settled promise: it then renders at once instead
        // of suspending, which is what lets the prerenderer put the whole chart in the page.
        Object.assign(loading, { status: 'fulfilled', value: loaded });
        return loaded;
      });
    loading.catch(() => {
      // A failed download is not cached: the next render tries again.
      module = null;
    });
    module = loading;
  }
  return module;
}

/** The module once it has arrived, so renders after that need not go through `use` at all. */
export function loadedValue<T>(promise: Promise<T>): T | undefined {
  return (promise as Promise<T> & { value?: T }).value;
}
