import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { References } from '../components/references';
import { ReferencesContext } from '../components/sources';
import { SearchCombobox } from '../features/search/search-combobox';
import { ReferenceRegistry } from '../lib/reference-registry';
import { paths } from '../lib/paths';
import { useHorizon } from '../lib/use-horizon';
import { HorizonSetting } from './horizon-setting';
import { OfflineNotice, UpdateNotice } from './notices';

/**
 * After a client-side navigation to another page, focus moves to the new page's heading and the
 * page title is announced. Changes of the query alone (filters, a new search) leave focus where
 * the fan is working.
 */
function useAnnounceNavigation(): string {
  const location = useLocation();
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash) return;
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
    // The title is committed with the page; read it once React has put it in the document.
    const timer = window.setTimeout(() => setAnnouncement(document.title), 50);
    return () => window.clearTimeout(timer);
  }, [location.pathname, location.hash]);
  return announcement;
}

export function RootLayout({ children }: { children?: React.ReactNode }) {
  const navigation = useNavigation();
  const announcement = useAnnounceNavigation();
  // Marks the page as driven by the app (hydrated or rendered), for tests and for styles that
  // only make sense with script.
  useEffect(() => document.documentElement.setAttribute('data-app-ready', ''), []);
  // A fresh footnote registry for every render of the page: numbering starts at 1 and follows
  // the order the page renders its citations, the same in the prerender and in the browser.
  const references = new ReferenceRegistry();
  // Pages leave out what aired after the reader's spoiler horizon, which is first known just after
  // hydration: the layout renders again with it, so the registry starts afresh and the list holds
  // only what the page now cites (not the headlines of hidden facts).
  useHorizon();
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
          <HorizonSetting />
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
              <li>
                <NavLink to={paths.rumours()}>Rumours</NavLink>
              </li>
            </ul>
          </nav>
          <SearchCombobox />
        </div>
        {navigation.state === 'loading' && (
          <div className="progress" role="status" aria-label="Loading page" />
        )}
      </header>
      <OfflineNotice />
      <UpdateNotice />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <main id="main" tabIndex={-1}>
        <ReferencesContext value={references}>
          {children ?? <Outlet />}
          <References />
        </ReferencesContext>
      </main>
      <footer className="site-footer">
        <p>
          A fan wiki. Every fact links to the report it comes from; where reports disagree, both
          sides are shown. Not affiliated with Star Plus or Director's Kut Productions.{' '}
          <Link to={paths.about()}>About this wiki</Link>
        </p>
      </footer>
    </>
  );
}
