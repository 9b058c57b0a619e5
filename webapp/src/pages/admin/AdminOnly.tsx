import { ReactNode } from 'react';
import { SIGN_IN } from '../../api/identity';
import { useMe } from '../../api/session';

/**
 * The admin pages' door: a visitor who is not an ADMIN reads why the page is not for them (with Sign in when
 * signed out) instead of a blank page or a bare 403.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me === undefined) {
    return (
      <p role="status" className="muted">
        Checking who you are…
      </p>
    );
  }
  if (me === null || !me.roles.includes('ADMIN')) {
    return (
      <section aria-labelledby="admin-only-title">
        <h1 id="admin-only-title">For administrators only</h1>
        {me === null ? (
          <p>
            This page is for the shop's administrators. <a href={SIGN_IN}>Sign in</a> with an
            administrator's account to use it.
          </p>
        ) : (
          <p>This page is for the shop's administrators, and you are signed in as {me.email}, who is not one.</p>
        )}
      </section>
    );
  }
  return <>{children}</>;
}
