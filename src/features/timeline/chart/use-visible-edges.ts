import { useEffect, useState, type RefObject } from 'react';
import type { VisibleEdges } from './label-fit';

/**
 * The part of the plot in view in the scrolling `frame`, in the plot's pixels: what the sticky
 * column of names (`labels`) leaves of the frame's width. Measured after render and on each
 * scroll (once a frame), never during render, so the chart still renders from props alone.
 */
export function useVisibleEdges(
  frameRef: RefObject<HTMLElement | null>,
  labelsRef: RefObject<HTMLElement | null>,
  plotWidth: number,
): VisibleEdges {
  const [edges, setEdges] = useState<VisibleEdges>(null);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let queued = 0;
    const measure = () => {
      queued = 0;
      // Without layout (jsdom, a hidden tab) nothing is cut: keep every label.
      if (frame.clientWidth === 0) return;
      const left = Math.round(frame.scrollLeft);
      const right = left + frame.clientWidth - (labelsRef.current?.offsetWidth ?? 0);
      // A plot wholly in view cuts nothing: no need to draw the chart again.
      if (left === 0 && right >= plotWidth) {
        setEdges(null);
        return;
      }
      setEdges((current) =>
        current?.left === left && current.right === right ? current : { left, right },
      );
    };
    const onChange = () => {
      if (queued === 0) queued = requestAnimationFrame(measure);
    };
    onChange();
    frame.addEventListener('scroll', onChange, { passive: true });
    window.addEventListener('resize', onChange);
    return () => {
      frame.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
      if (queued !== 0) cancelAnimationFrame(queued);
    };
  }, [frameRef, labelsRef, plotWidth]);
  return edges;
}
