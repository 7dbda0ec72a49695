/**
 * A folded part of a long page: its heading stays in view, its body opens with a tap. A native
 * <details>, so it works without script, and browsers open it when a link leads inside it.
 */
export function Fold({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
