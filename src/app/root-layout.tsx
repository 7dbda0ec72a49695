import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { keepsFocus } from '../lib/navigation';
import { paths } from '../lib/paths';
import { SearchBox } from './search-box';

/** After a client-side navigation, move focus to the new page's heading so it is announced. */
function useFocusHeadingOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash || keepsFocus(location.state)) return;
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [location.pathname, location.search, location.hash, location.state]);
}

export function RootLayout({ children }: { children?: React.ReactNode }) {
  const navigation = useNavigation();
  useFocusHeadingOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to={paths.home()} className="site-name">
            Anupamaa <span>Wiki</span>
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <NavLink to={paths.characters()}>Characters</NavLink>
              </li>
              <li>
                <NavLink to={paths.actors()}>Actors</NavLink>
              </li>
              <li>
                <NavLink to={paths.timeline()}>Timeline</NavLink>
              </li>
            </ul>
          </nav>
          <SearchBox />
        </div>
        {navigation.state === 'loading' && (
          <div className="progress" role="status" aria-label="Loading page" />
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
      <footer className="site-footer">
        <p>
          A fan wiki. Every fact links to the report it comes from; where reports disagree, both
          sides are shown. Not affiliated with Star Plus or Director's Kut Productions.
        </p>
      </footer>
    </>
  );
}
