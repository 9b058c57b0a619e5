import { useEffect, useState } from 'react';
import { api, csrfToken } from './client';

export interface Me {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  emailConfirmed: boolean;
  roles: string[];
}

/** Who is signed in: undefined while asking, null when nobody is (401). */
export function useMe(): Me | null | undefined {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api
      .get<Me>('/api/v1/me')
      .then((value) => current && setMe(value))
      .catch(() => current && setMe(null));
    return () => {
      current = false;
    };
  }, []);
  return me;
}

/**
 * `POST /logout` with the CSRF header ends the gateway's session, then redirects to Identity's
 * end-session endpoint (same site, another port) and back. fetch follows those redirects with the cookies, so
 * Identity's session ends too; the last hop's response is not readable cross-origin, which is expected here.
 */
export async function signOut(): Promise<void> {
  const token = csrfToken();
  try {
    await fetch('/logout', {
      method: 'POST',
      credentials: 'include',
      headers: token ? { 'X-XSRF-TOKEN': token } : {},
    });
  } catch {
    // The cross-origin hop's answer is opaque to scripts; the sessions are over all the same.
  }
  window.location.assign('/');
}
