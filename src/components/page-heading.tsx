/**
 * The page's one `h1`. It can take focus so that, after a route change, focus lands on the new
 * page's heading and screen readers announce it.
 */
export function PageHeading({ children }: { children: React.ReactNode }) {
  return (
    <h1 tabIndex={-1} data-page-heading="">
      {children}
    </h1>
  );
}
