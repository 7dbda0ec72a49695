/**
 * The bench page: the timeline chart over a synthetic dataset, with the page's own filtering and
 * layout path (useFilteredChart). It records performance measures the bench script reads:
 * "chart paint" from just before the first render to the first frame after it; "chart complete"
 * to the first frame after every row is laid out (long charts lay out the first screenful
 * first); and one "filter: …" measure per filter change, from the change event to the first
 * frame after the update.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/app/styles.css';
import { TimelineChart } from '../../src/features/timeline/chart/timeline-chart';
import { NO_FILTER, type TimelineFilter } from '../../src/features/timeline/timeline-filters';
import { useFilteredChart } from './use-filtered-chart';
import { syntheticTimeline } from './synthetic-timeline';

declare global {
  interface Window {
    /** Set once the page shell has painted; the bench script then calls `startBench`. */
    benchShellReady?: boolean;
    startBench?: () => void;
    benchReady?: boolean;
    benchFilterCount?: number;
    benchComplete?: boolean;
  }
}

const data = syntheticTimeline();
const span = { min: 2020, max: 2026 };

/** Runs after the browser has painted the frame that follows the current commit. */
function afterNextPaint(callback: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  });
}

function Bench() {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const pending = useRef<string | null>(null);
  const { layout } = useFilteredChart(data, filter, span);

  useEffect(() => {
    afterNextPaint(() => {
      performance.mark('chart:painted');
      performance.measure('chart paint', 'chart:start', 'chart:painted');
      window.benchReady = true;
      dispatchEvent(new Event('bench:ready'));
    });
  }, []);

  // Long charts paint their first screenful, then lay out the rest: say when that is done too.
  const completed = useRef(false);
  useEffect(() => {
    if (!layout.complete || completed.current) return;
    completed.current = true;
    afterNextPaint(() => {
      performance.mark('chart:complete');
      performance.measure('chart complete (every row laid out)', 'chart:start', 'chart:complete');
      window.benchComplete = true;
      dispatchEvent(new Event('bench:complete'));
    });
  }, [layout]);

  useEffect(() => {
    const label = pending.current;
    if (label === null) return;
    pending.current = null;
    afterNextPaint(() => {
      performance.mark('filter:applied');
      performance.measure(`filter: ${label}`, 'filter:start', 'filter:applied');
      window.benchFilterCount = (window.benchFilterCount ?? 0) + 1;
      dispatchEvent(new Event('bench:filter'));
    });
  }, [filter]);

  const change = (label: string, next: TimelineFilter) => {
    performance.mark('filter:start');
    pending.current = label;
    setFilter(next);
  };

  return (
    <>
      <p>
        {data.characters.length} characters, {data.portrayals.length} stints; showing{' '}
        {layout.barCount} bars in {layout.rows.length} rows.
      </p>
      <label>
        Filter{' '}
        <select
          id="bench-filter"
          onChange={(event) => {
            const value = event.target.value;
            if (value === 'all') change('show all', NO_FILTER);
            else if (value === 'character')
              change('one character', { ...NO_FILTER, character: 'character-1000' });
            else if (value === 'actor')
              change('one actor', { ...NO_FILTER, actor: 'actor-1500-1' });
            else if (value === 'years')
              change('years 2023–2024', { ...NO_FILTER, fromYear: 2023, toYear: 2024 });
          }}
        >
          <option value="all">All</option>
          <option value="character">One character</option>
          <option value="actor">One actor</option>
          <option value="years">2023–2024</option>
        </select>
      </label>
      <TimelineChart layout={layout} label="Bench chart" onOpen={() => undefined} />
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
const reactRoot = createRoot(root);

/**
 * As in the wiki, the page around the chart has painted and the data has arrived before the
 * chart renders: paint a shell first, then wait for the bench script, which starts the chart once
 * the browser has settled, so the measure is the chart's own work, not the page's first frame,
 * the garbage left by making the dataset or the browser's own start-up.
 */
reactRoot.render(<p>Preparing the bench…</p>);
window.startBench = () =>
  afterNextPaint(() => {
    performance.mark('chart:start');
    reactRoot.render(<Bench />);
  });
afterNextPaint(() => {
  window.benchShellReady = true;
});
