import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { PageHeading } from './page-heading';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function NotFound({ message }: { message?: string | undefined }) {
  return (
    <div className="state">
      <title>Page not found · Anupamaa Wiki</title>
      <PageHeading>Page not found</PageHeading>
      <p>{message ?? 'There is no page at this address.'}</p>
      <p>Try one of these instead:</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home()}>The show</Link>
        </li>
        <li>
          <Link to={paths.characters()}>All characters</Link>
        </li>
        <li>
          <Link to={paths.actors()}>All actors</Link>
        </li>
        <li>
          <Link to={paths.timeline()}>Cast-change timeline</Link>
        </li>
      </ul>
    </div>
  );
}

export function ErrorState({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <div className="state" role="alert">
      <title>{`${title} · Anupamaa Wiki`}</title>
      <PageHeading>{title}</PageHeading>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
