import { ReactNode } from 'react';

type Shown = { state: 'loading' } | { state: 'failed'; message: string; status?: number } | { state: 'loaded' };

/**
 * What a page says while its read model loads ("Loading your cart…", a live region when `announce`), or why it
 * could not ("Your cart could not be loaded: …"), so a page is never blank; `notFound` stands in for a 404.
 */
export function LoadNotice({ load, what, announce = false, notFound }: { load: Shown; what: string; announce?: boolean; notFound?: ReactNode }) {
  if (load.state === 'loading') {
    return (
      <p role={announce ? 'status' : undefined} className="muted">
        Loading {what}…
      </p>
    );
  }
  if (load.state === 'failed') {
    if (notFound && load.status === 404) return <>{notFound}</>;
    return (
      <p role="alert" className="error">
        {what.charAt(0).toUpperCase() + what.slice(1)} could not be loaded: {load.message}
      </p>
    );
  }
  return null;
}
