import type { PortrayalKind } from '../../../api/schemas';

/** The pattern each kind of stint is filled with, so colour is never the only cue. */
export const KIND_STYLE: Record<PortrayalKind, string> = {
  original: 'original',
  recast: 'recast',
  'post-leap': 'post-leap',
  returning: 'returning',
  temporary: 'temporary',
  prequel: 'temporary',
  cameo: 'temporary',
  child: 'post-leap',
};

export function fillOf(prefix: string, kind: PortrayalKind): string {
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
