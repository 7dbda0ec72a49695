/**
 * "Follow" for a page: the feed's <link rel="alternate"> (React hoists it into the head, so feed
 * readers and browsers find it) and a visible link that says what a feed reader is.
 */
export function FollowFeed({ href, what }: { href: string; what: string }) {
  return (
    <div className="follow">
      <link rel="alternate" type="application/atom+xml" title={`Follow ${what}`} href={href} />
      <p>
        <a href={href} type="application/atom+xml">
          Follow {what}
        </a>{' '}
        <span className="muted">
          (an Atom feed: paste this link into a feed reader, an app that checks sites for you and
          lists what is new, and each change will reach you there)
        </span>
      </p>
    </div>
  );
}
