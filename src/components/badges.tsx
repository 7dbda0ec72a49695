import type { Confidence, Dispute } from '../api/schemas';
import { confidenceLabels } from '../lib/labels';
import { Cite } from './sources';

/** Confidence as words, never colour alone. High confidence is the norm and stays quiet. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence | null }) {
  if (confidence === null || confidence === 'high') return null;
  return <span className={`badge badge-${confidence}`}>{confidenceLabels[confidence]}</span>;
}

export function DisputedBadge() {
  return (
    <span className="badge badge-disputed">
      <span aria-hidden="true">⚠ </span>Disputed
    </span>
  );
}

/** The other side of a disputed fact, with the sources that make that claim. */
export function DisputeNote({ dispute }: { dispute: Dispute }) {
  return (
    <div className="dispute callout" role="note">
      <DisputedBadge /> <span>{dispute.summary}</span> <Cite sources={dispute.sources} />
    </div>
  );
}
