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
 * Signing out is a navigation: `POST /logout` ends the gateway's session, then the browser follows the gateway
 * to Identity's end-session endpoint (another origin) and back, which a script's fetch could not do. A form
 * cannot send the X-XSRF-TOKEN header, so the token goes in its `_csrf` field, masked as Spring Security's
 * SPA mode expects a form's token to be (BREACH protection).
 */
export function signOut(): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = '/logout';
  const token = csrfToken();
  if (token) {
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = '_csrf';
    field.value = maskCsrfToken(token);
    form.appendChild(field);
  }
  document.body.appendChild(form);
  form.submit();
}

/** Spring Security's masked form: base64url(random bytes, then those bytes XOR the token's bytes). */
export function maskCsrfToken(
  token: string,
  random: (length: number) => Uint8Array = (length) => crypto.getRandomValues(new Uint8Array(length)),
): string {
  const plain = new TextEncoder().encode(token);
  const mask = random(plain.length);
  const combined = new Uint8Array(plain.length * 2);
  combined.set(mask);
  plain.forEach((byte, i) => (combined[plain.length + i] = byte ^ mask[i]));
  const base64 = btoa(String.fromCharCode(...combined));
  return base64.replace(/\+/g, '-').replace(/\//g, '_');
}
