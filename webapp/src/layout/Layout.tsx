import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { subscribe } from '../api/events';
import { SIGN_IN } from '../api/identity';
import { signOut, useMe } from '../api/session';
import { DisplayName } from '../components/DisplayName';

/** The frame of every page: skip link, banner with the shop's name and navigation, main content, footer. */
export function Layout() {
  const me = useMe();
  // Keep the event stream open while signed in, so a page that mounts later misses no update it listens for.
  useEffect(() => (me ? subscribe(() => undefined) : undefined), [me]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="banner">
        <NavLink to="/" className="brand">
          EventualShop
        </NavLink>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/catalog">Catalog</NavLink>
            </li>
            {me && (
              <>
                <li>
                  <NavLink to="/cart">Cart</NavLink>
                </li>
                <li>
                  <NavLink to="/orders" end={false}>
                    Orders
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/account">Account</NavLink>
                </li>
                <li>
                  <NavLink to="/notifications">Notifications</NavLink>
                </li>
              </>
            )}
            {me?.roles.includes('ADMIN') && (
              <li>
                <NavLink to="/admin">Admin</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="account" aria-live="polite">
          {me === undefined ? null : me ? (
            <>
              <span className="who">
                Signed in as <DisplayName me={me} />
              </span>
              <button type="button" onClick={signOut}>
                Sign out
              </button>
            </>
          ) : (
            <>
              <NavLink to="/register">Register</NavLink>
              <a href={SIGN_IN}>Sign in</a>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>EventualShop, an event-sourced reference shop.</p>
      </footer>
    </>
  );
}
