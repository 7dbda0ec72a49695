import { Link } from 'react-router';
import type { Confidence, Dispute } from '../api/schemas';
import { aboutSections } from '../lib/glossary';
import { confidenceLabels } from '../lib/labels';
import { paths } from '../lib/paths';
import { Cite } from './sources';

/**
 * Confidence as words, never colour alone. High confidence is the norm and stays quiet. The badge
 * links to the wiki's key, which says what each level means.
 */
export function ConfidenceBadge({ confidence }: { confidence: Confidence | null }) {
  if (confidence === null || confidence === 'high') return null;
  return (
    <Link to={paths.about(aboutSections.confidence)} className={`badge badge-${confidence}`}>
      {confidenceLabels[confidence]}
    </Link>
  );
}

/** "Disputed", linking to the key's note on how disputes are shown. */
export function DisputedBadge() {
  return (
    <Link to={paths.about(aboutSections.disputes)} className="badge badge-disputed">
      <span aria-hidden="true">⚠ </span>Disputed
    </Link>
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
