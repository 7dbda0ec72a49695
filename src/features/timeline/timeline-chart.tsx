/**
 * The cast-change chart: hand-written SVG drawn from a precomputed layout. It renders from props
 * alone (the browser is only asked where the frame is scrolled, after render), so it can be
 * prerendered to HTML on a server.
 *
 * Keyboard: the chart is one tab stop (roving tabindex); see chart-keys.ts for the keys. Each bar
 * is a link named "Actor as Character, from – to"; focus or hover shows its details, and click or
 * Enter opens the actor's page. A chart of hundreds of rows draws only those near the visible
 * part of the frame, so thousands of rows stay quick; the first screenful is always drawn.
 */
import {
  Fragment,
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import type { Portrayal, PortrayalKind } from '../../api/schemas';
import { confidenceLabels, kindLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { formatStint, howItEnded } from '../../lib/stint';
import {
  CHART,
  linesInView,
  stintName,
  type ChartBar,
  type ChartLayout,
  type ChartLine,
  type ChartMarker,
  type ChartRow,
} from './chart-layout';
import { indexBars, moveFocus } from './chart-keys';

/**
 * Charts with up to this many lines draw every row, so every bar is in the page for find-in-page
 * and screen readers (the wiki's own data is far below it). Longer ones draw only the rows near
 * the visible part of the frame.
 */
const DRAW_ALL_LINES = 300;
/** The part of the body drawn before the frame has been measured: its greatest height. */
const FIRST_VIEW_PX = 720;
/** The stylesheet has a `tl-head-lines-N` class up to this many lines of marker labels. */
const MAX_HEAD_LINES_CLASS = 6;
/** Rows drawn beyond each edge of the visible part, so scrolling rarely shows a gap. */
const OVERSCAN_PX = 360;
/** The visible part is tracked in steps of this size, so small scrolls do not re-render. */
const VIEW_STEP_PX = 120;

/** The pattern each kind of stint is filled with, so colour is never the only cue. */
export const KIND_STYLE: Record<PortrayalKind, string> = {
  original: 'original',
  recast: 'recast',
  'post-leap': 'post-leap',
  returning: 'returning',
  temporary: 'temporary',
  prequel: 'temporary',
};

function fillOf(prefix: string, kind: PortrayalKind): string {
  return `url(#${prefix}-${KIND_STYLE[kind]})`;
}

/** Patterns and fades, shared by the chart and its legend. */
export function ChartDefs({ prefix }: { prefix: string }) {
  return (
    <svg className="tl-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={`${prefix}-original`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect className="tl-fill-original" width="8" height="8" />
        </pattern>
        <pattern
          id={`${prefix}-recast`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="tl-fill-recast" width="6" height="6" />
          <rect className="tl-ink-recast" width="2.5" height="6" />
        </pattern>
        <pattern id={`${prefix}-post-leap`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="tl-fill-post-leap" width="6" height="6" />
          <circle className="tl-ink-post-leap" cx="3" cy="3" r="1.6" />
        </pattern>
        <pattern id={`${prefix}-returning`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="tl-fill-returning" width="6" height="6" />
          <rect className="tl-ink-returning" width="6" height="2" />
        </pattern>
        <pattern id={`${prefix}-temporary`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect className="tl-fill-temporary" width="8" height="8" />
          <path className="tl-ink-temporary" d="M0 8 L8 0 M0 0 L8 8" />
        </pattern>
        {/* Fades are drawn as a veil of the background over the bar: cheaper to paint than
            masks, which matters with thousands of bars. */}
        <linearGradient id={`${prefix}-veil-in`}>
          <stop className="tl-veil" offset="0" stopOpacity="0.92" />
          <stop className="tl-veil" offset="1" stopOpacity="0" />
        </linearGradient>
        <linearGradient id={`${prefix}-veil-out`}>
          <stop className="tl-veil" offset="0" stopOpacity="0" />
          <stop className="tl-veil" offset="1" stopOpacity="0.92" />
        </linearGradient>
        <linearGradient id={`${prefix}-veil-unknown`}>
          <stop className="tl-veil" offset="0" stopOpacity="0.92" />
          <stop className="tl-veil" offset="0.5" stopOpacity="0.45" />
          <stop className="tl-veil" offset="1" stopOpacity="0.92" />
        </linearGradient>
      </defs>
    </svg>
  );
}

const VEIL_OF: Partial<Record<string, 'in' | 'out' | 'unknown'>> = {
  'fade-in': 'in',
  'fade-out': 'out',
  unknown: 'unknown',
};

interface BarProps {
  bar: ChartBar;
  prefix: string;
  tabbable: boolean;
  describedBy: string | undefined;
}

const Bar = memo(function Bar({ bar, prefix, tabbable, describedBy }: BarProps) {
  const { portrayal: p } = bar;
  const barY = bar.y + CHART.barTop;
  return (
    <a
      href={paths.actor(p.actor.id)}
      className={`tl-bar tl-kind-${KIND_STYLE[p.kind]}`}
      data-bar-id={bar.id}
      aria-label={stintName(p)}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
    >
      <rect
        className="tl-hit"
        x={bar.hit.x0}
        y={bar.y}
        width={bar.hit.x1 - bar.hit.x0}
        height={CHART.laneHeight - 2}
        rx="4"
      />
      <text className="tl-name" x={bar.nameX} y={bar.y + CHART.nameBaseline} aria-hidden="true">
        {p.actor.name}
      </text>
      {bar.segments.map((s, i) => {
        const veil = VEIL_OF[s.style];
        return (
          <Fragment key={i}>
            <rect
              className={`tl-seg tl-seg-${s.style}`}
              x={s.x0}
              y={barY}
              width={s.x1 - s.x0}
              height={CHART.barHeight}
              fill={fillOf(prefix, p.kind)}
            />
            {veil && (
              <rect
                x={s.x0 - 0.5}
                y={barY - 1}
                width={s.x1 - s.x0 + 1}
                height={CHART.barHeight + 2}
                fill={`url(#${prefix}-veil-${veil})`}
              />
            )}
          </Fragment>
        );
      })}
      {[bar.startLabel, bar.endLabel].map(
        (label, i) =>
          label && (
            <text
              key={i}
              className="tl-end-label"
              x={label.x}
              y={barY + CHART.barHeight - 2}
              textAnchor={label.anchor}
              aria-hidden="true"
            >
              {label.text}
            </text>
          ),
      )}
    </a>
  );
});

interface RowProps {
  row: ChartRow;
  prefix: string;
  /** The bar of this row that takes Tab, if any; other rows get null and skip re-rendering. */
  tabbableId: string | null;
  describedId: string | null;
  tooltipId: string;
}

const Row = memo(function Row({ row, prefix, tabbableId, describedId, tooltipId }: RowProps) {
  return (
    <g role="group" aria-label={row.character.name}>
      {row.bars.map((bar) => (
        <Bar
          key={bar.id}
          bar={bar}
          prefix={prefix}
          tabbable={bar.id === tabbableId}
          describedBy={bar.id === describedId ? tooltipId : undefined}
        />
      ))}
    </g>
  );
});

function StintDetails({ portrayal: p }: { portrayal: Portrayal }) {
  const ending = howItEnded(p);
  return (
    <>
      <strong className="tl-tip-title">
        {p.actor.name} as {p.character.name}
      </strong>
      <span>{formatStint(p)}</span>
      <span>
        {kindLabels[p.kind]} · {ending}
      </span>
      {p.replaces && <span>Took over from {p.replaces.actor.name}</span>}
      {p.replacedBy && <span>Replaced by {p.replacedBy.actor.name}</span>}
      {(p.confidence !== 'high' || p.dispute) && (
        <span>
          {p.confidence !== 'high' && confidenceLabels[p.confidence]}
          {p.confidence !== 'high' && p.dispute && ' · '}
          {p.dispute && 'Disputed'}
        </span>
      )}
      <span className="tl-tip-hint">Click or press Enter to open {p.actor.name}’s page</span>
    </>
  );
}

const TOOLTIP_WIDTH = 256;
const TOOLTIP_HEIGHT = 150;

function Tooltip({ id, bar, layout }: { id: string; bar: ChartBar; layout: ChartLayout }) {
  const left = Math.max(0, Math.min(bar.hit.x0, layout.plotWidth - TOOLTIP_WIDTH));
  const below = bar.y + CHART.laneHeight + TOOLTIP_HEIGHT <= layout.bodyHeight;
  const style: CSSProperties = below
    ? { left, top: bar.y + CHART.laneHeight }
    : { left, bottom: layout.bodyHeight - bar.y };
  return (
    <div id={id} role="tooltip" className="tl-tooltip" style={style}>
      <StintDetails portrayal={bar.portrayal} />
    </div>
  );
}

function HeaderSvg({ layout }: { layout: ChartLayout }) {
  const axisTop = layout.headerHeight - CHART.axisHeight;
  return (
    <svg
      className="tl-head"
      width={layout.plotWidth}
      height={layout.headerHeight}
      aria-hidden="true"
      focusable="false"
    >
      {layout.markers.map((m) => {
        const y = axisTop - m.line * CHART.markerLineHeight - 4;
        return (
          <g key={m.id} className={`tl-marker tl-marker-${m.kind}`}>
            <line x1={m.x0} x2={m.x0} y1={y + 2} y2={layout.headerHeight} />
            <text x={m.labelX} y={y} textAnchor={m.anchor}>
              {m.label}
            </text>
          </g>
        );
      })}
      <line
        className="tl-axis"
        x1="0"
        x2={layout.plotWidth}
        y1={layout.headerHeight - 0.5}
        y2={layout.headerHeight - 0.5}
      />
      {layout.ticks
        .filter((t) => t.major)
        .map((t) => (
          <line
            key={t.x}
            className="tl-tick"
            x1={t.x}
            x2={t.x}
            y1={axisTop}
            y2={layout.headerHeight}
          />
        ))}
      {layout.tickLabels.map((t) => (
        <text key={t.text} x={t.x} y={layout.headerHeight - 7} textAnchor="middle">
          {t.text}
        </text>
      ))}
    </svg>
  );
}

function Grid({ layout }: { layout: ChartLayout }) {
  return (
    <g aria-hidden="true">
      {layout.lines.map(
        (line) =>
          line.type === 'group' && (
            <rect
              key={line.household}
              className="tl-group-band"
              x="0"
              y={line.y}
              width={layout.plotWidth}
              height={line.height}
            />
          ),
      )}
      {layout.ticks.map((t) => (
        <line
          key={t.x}
          className={t.major ? 'tl-gridline' : 'tl-gridline tl-gridline-minor'}
          x1={t.x}
          x2={t.x}
          y1="0"
          y2={layout.bodyHeight}
        />
      ))}
      {layout.markers.map((m) =>
        m.x1 > m.x0 ? (
          <rect
            key={m.id}
            className={`tl-band tl-marker-${m.kind}`}
            x={m.x0}
            y="0"
            width={m.x1 - m.x0}
            height={layout.bodyHeight}
          />
        ) : (
          <line
            key={m.id}
            className={`tl-rule tl-marker-${m.kind}`}
            x1={m.x0}
            x2={m.x0}
            y1="0"
            y2={layout.bodyHeight}
          />
        ),
      )}
    </g>
  );
}

/**
 * Character and family names down the side, drawn as SVG so that every position is an attribute:
 * the page's Content-Security-Policy admits no inline style, and this column is prerendered.
 */
function RowLabels({ lines, height }: { lines: ChartLine[]; height: number }) {
  return (
    <svg className="tl-label-svg" width="100%" height={height} focusable="false">
      {lines.map((line) =>
        line.type === 'group' ? (
          <g key={`g-${line.household}`} className="tl-label tl-label-group">
            <rect x="0" y={line.y} width="100%" height={line.height} />
            <line x1="0" x2="100%" y1={line.y + 0.5} y2={line.y + 0.5} />
            <text x="8" y={line.y + line.height / 2}>
              {line.label}
            </text>
          </g>
        ) : (
          <g key={line.character.id} className="tl-label">
            <line x1="0" x2="100%" y1={line.y + 0.5} y2={line.y + 0.5} />
            <text x="8" y={line.y + line.height / 2}>
              {line.character.name}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg className="tl-swatch" width="36" height="14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A bar as the legend draws it: the size is fixed, the style and fill say what it stands for. */
function SwatchBar({ className, fill }: { className: string; fill: string }) {
  return <rect className={className} x="1" y="1" width="34" height="12" fill={fill} />;
}

/** A legend entry for a kind of marker: its rule, drawn as in the chart, and what it means. */
function MarkerItem({ kind, children }: { kind: ChartMarker['kind']; children: React.ReactNode }) {
  return (
    <li>
      <Swatch>
        <line className={`tl-rule tl-marker-${kind}`} x1="18" x2="18" y1="0" y2="14" />
      </Swatch>
      {children}
    </li>
  );
}

function ChartLegend({ prefix, layout }: { prefix: string; layout: ChartLayout }) {
  const styles = [...new Set(layout.kinds.map((k) => KIND_STYLE[k]))];
  const kindsOfStyle = (style: string) =>
    layout.kinds
      .filter((k) => KIND_STYLE[k] === style)
      .map((k) => kindLabels[k])
      .join(' or ');
  const markerKinds = new Set(layout.markers.map((m) => m.kind));
  return (
    <ul className="tl-legend" aria-label="Legend">
      {styles.map((style) => (
        <li key={style}>
          <Swatch>
            <SwatchBar className={`tl-seg tl-kind-${style}`} fill={`url(#${prefix}-${style})`} />
          </Swatch>
          {kindsOfStyle(style)}
        </li>
      ))}
      <li>
        <Swatch>
          <SwatchBar className="tl-seg" fill={`url(#${prefix}-original)`} />
          <rect x="0.5" y="0" width="35" height="14" fill={`url(#${prefix}-veil-out)`} />
        </Swatch>
        Fading end: the date is known only to the month or year, or (marked “unknown”) not at all
      </li>
      <li>
        <Swatch>
          <SwatchBar className="tl-seg tl-seg-faint" fill={`url(#${prefix}-original)`} />
        </Swatch>
        Pale: an ongoing role after its latest report, drawn up to the newest source
      </li>
      {markerKinds.has('premiere') && <MarkerItem kind="premiere">Premiere</MarkerItem>}
      {markerKinds.has('leap') && (
        <MarkerItem kind="leap">
          Leap in the story (a shaded band when only the month or year is known)
        </MarkerItem>
      )}
      {layout.markers
        .filter((m) => m.kind === 'chosen')
        .map((m) => (
          <MarkerItem key={m.id} kind="chosen">
            {m.label}: the date you chose
          </MarkerItem>
        ))}
      {markerKinds.has('as-of') && (
        <MarkerItem kind="as-of">As of: the date of the newest source</MarkerItem>
      )}
    </ul>
  );
}

function barElement(target: EventTarget | null): SVGAElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<SVGAElement>('[data-bar-id]');
}

export function TimelineChart({
  layout,
  label,
  onOpen,
}: {
  layout: ChartLayout;
  /** The chart's accessible name. */
  label: string;
  /** Opens a page inside the app (a router's navigate); the bars are real links as well. */
  onOpen: (href: string) => void;
}) {
  const prefix = `tl${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const tooltipId = `${prefix}-tip`;
  const hintId = `${prefix}-hint`;
  const frameRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<SVGSVGElement>(null);
  // The first paint draws just the first screenful; rows beyond it follow once it is on screen.
  const [view, setView] = useState({ top: 0, bottom: FIRST_VIEW_PX, overscan: 0 });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const pendingFocus = useRef<string | null>(null);

  const positions = useMemo(() => indexBars(layout.rows), [layout]);
  const barsById = useMemo(() => {
    const map = new Map<string, ChartBar>();
    for (const row of layout.rows) for (const bar of row.bars) map.set(bar.id, bar);
    return map;
  }, [layout]);
  const firstBarId = layout.rows.find((r) => r.bars.length > 0)?.bars[0]?.id ?? null;
  const tabbableId = activeId !== null && positions.has(activeId) ? activeId : firstBarId;
  const tabbableRow = tabbableId === null ? -1 : (positions.get(tabbableId)?.row ?? -1);

  // Measure the frame after render (never during it) and draw the rows in sight.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let queued = 0;
    const measure = () => {
      queued = 0;
      // Without layout (jsdom, a hidden tab) keep the first screenful rather than draw nothing.
      if (frame.clientHeight === 0) return;
      const scrolled = Math.max(0, frame.scrollTop - layout.headerHeight);
      const top = Math.floor(scrolled / VIEW_STEP_PX) * VIEW_STEP_PX;
      const bottom = Math.ceil((scrolled + frame.clientHeight) / VIEW_STEP_PX) * VIEW_STEP_PX;
      setView((current) =>
        current.top === top && current.bottom === bottom && current.overscan === OVERSCAN_PX
          ? current
          : { top, bottom, overscan: OVERSCAN_PX },
      );
    };
    const onScroll = () => {
      if (queued === 0) queued = requestAnimationFrame(measure);
    };
    // Two frames on: the first screenful is painted before anything more is drawn.
    let settling = requestAnimationFrame(() => {
      settling = 0;
      onScroll();
    });
    frame.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      frame.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (queued !== 0) cancelAnimationFrame(queued);
      if (settling !== 0) cancelAnimationFrame(settling);
    };
  }, [layout.headerHeight]);

  const [first, last] =
    layout.complete && layout.lines.length <= DRAW_ALL_LINES
      ? [0, layout.lines.length]
      : linesInView(layout.lines, view.top - view.overscan, view.bottom + view.overscan);
  const visibleLines = layout.lines.slice(first, last);
  const visibleRows = visibleLines.filter((l): l is ChartRow => l.type === 'row');
  const tabbableRowLine = tabbableRow >= 0 ? layout.rows[tabbableRow] : undefined;
  // The row holding the tab stop is always drawn, so Tab can always enter the chart.
  if (tabbableRowLine && !visibleRows.includes(tabbableRowLine)) visibleRows.push(tabbableRowLine);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    const target = [
      ...(bodyRef.current?.querySelectorAll<SVGAElement>('[data-bar-id]') ?? []),
    ].find((el) => el.dataset.barId === id);
    target?.focus();
  });

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const el = barElement(event.target);
      const id = el?.dataset.barId;
      if (!el || !id) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        onOpen(el.getAttribute('href') ?? '');
        return;
      }
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      const next = moveFocus(layout.rows, positions, id, event.key, event.ctrlKey || event.metaKey);
      if (next === null) return;
      event.preventDefault();
      pendingFocus.current = next;
      setActiveId(next);
      setDismissed(false);
    },
    [layout.rows, positions, onOpen],
  );

  const onClick = useCallback(
    (event: React.MouseEvent) => {
      const el = barElement(event.target);
      if (!el) return;
      // Let the browser open new tabs and windows as it would for any link.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      onOpen(el.getAttribute('href') ?? '');
    },
    [onOpen],
  );

  const shownId = dismissed ? null : (hoveredId ?? focusedId);
  const shownBar = shownId === null ? undefined : barsById.get(shownId);
  const describedId = focusedId !== null && shownId === focusedId ? focusedId : null;
  const describedRow =
    describedId === null ? undefined : layout.rows[positions.get(describedId)?.row ?? -1];

  return (
    <div className="tl-chart">
      <ChartDefs prefix={prefix} />
      <ChartLegend prefix={prefix} layout={layout} />
      <p id={hintId} className="tl-hint">
        Tab to the chart, then use the arrow keys to move between bars; Enter opens the actor’s
        page. Scroll the chart sideways to see every year.
      </p>
      {/* The class tells the stylesheet how tall the sticky axis is, so a focused bar scrolls
          clear of it: no style attribute (the Content-Security-Policy forbids them) and no
          style set after the first paint, which would restyle the whole chart. */}
      <div
        className={`tl-frame tl-head-lines-${Math.min(layout.headerLines, MAX_HEAD_LINES_CLASS)}`}
        ref={frameRef}
      >
        <div className="tl-grid">
          <div className="tl-corner" aria-hidden="true">
            Character
          </div>
          <HeaderSvg layout={layout} />
          <div className="tl-labels" aria-hidden="true">
            <RowLabels lines={visibleLines} height={layout.bodyHeight} />
          </div>
          <div
            className="tl-plot"
            onMouseLeave={() => setHoveredId(null)}
            onMouseOver={(event) => {
              const id = barElement(event.target)?.dataset.barId ?? null;
              if (id !== null) {
                setHoveredId(id);
                setDismissed(false);
              }
            }}
          >
            <svg
              ref={bodyRef}
              className="tl-body"
              width={layout.plotWidth}
              height={layout.bodyHeight}
              role="group"
              aria-label={label}
              aria-describedby={hintId}
              onKeyDown={onKeyDown}
              onClick={onClick}
              onFocus={(event) => {
                const id = barElement(event.target)?.dataset.barId ?? null;
                if (id === null) return;
                setActiveId(id);
                setFocusedId(id);
                setDismissed(false);
              }}
              onBlur={(event) => {
                if (!barElement(event.relatedTarget)) setFocusedId(null);
              }}
            >
              <Grid layout={layout} />
              {visibleRows.map((row) => (
                <Row
                  key={row.character.id}
                  row={row}
                  prefix={prefix}
                  tabbableId={row === tabbableRowLine ? tabbableId : null}
                  describedId={row === describedRow ? describedId : null}
                  tooltipId={tooltipId}
                />
              ))}
            </svg>
            {shownBar && <Tooltip id={tooltipId} bar={shownBar} layout={layout} />}
          </div>
        </div>
      </div>
    </div>
  );
}
