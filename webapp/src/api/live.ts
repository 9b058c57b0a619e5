import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client';
import { ProjectionEvent, streamIsOpen, subscribe } from './events';

/** While the event stream is up, a view still in flight is re-read this seldom, in case an update went astray. */
const SAFETY_POLL_MS = 30_000;

export type Load<T> = { state: 'loading' } | { state: 'failed'; message: string; status: number } | { state: 'loaded'; value: T };

export interface LiveOptions {
  /** Which read-model updates make the page load again. */
  refreshOn: (event: ProjectionEvent) => boolean;
  /** Retry a 404 this many times: a resource just created may not be in the read model yet. */
  notFoundRetries?: number;
  /** Reload this often while `keepPolling` says so and the event stream is down (every 30 s while it is up). */
  pollMs?: number;
  keepPolling?: (value: unknown) => boolean;
}

/** A read model that reloads when the event stream says it changed, without the shopper reloading the page. */
export function useLive<T>(key: string, load: () => Promise<T>, options: LiveOptions): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ state: 'loading' });
  const latest = useRef({ load, options });
  latest.current = { load, options };
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const shown = useRef(key);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (shown.current !== key) {
      shown.current = key; // another resource: never show the previous one's data meanwhile
      setState({ state: 'loading' });
    }
    const attempt = (retries: number) => {
      latest.current
        .load()
        .then((value) => {
          if (!current) return;
          setState({ state: 'loaded', value });
          const { pollMs, keepPolling } = latest.current.options;
          if (pollMs && keepPolling?.(value)) timer = setTimeout(() => attempt(0), streamIsOpen() ? Math.max(pollMs, SAFETY_POLL_MS) : pollMs);
        })
        .catch((error: Error) => {
          if (!current) return;
          const status = error instanceof ApiError ? error.status : 0;
          if (status === 404 && retries > 0) {
            timer = setTimeout(() => attempt(retries - 1), 1000);
            return;
          }
          setState({ state: 'failed', message: error.message, status });
        });
    };
    attempt(latest.current.options.notFoundRetries ?? 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, tick]);

  useEffect(
    () =>
      subscribe((event) => {
        // A (re)connected stream may have missed updates: read the view again.
        if (event.kind === 'open' || (event.kind === 'projection' && latest.current.options.refreshOn(event.data))) reload();
      }),
    [key, reload],
  );

  return [state, reload];
}
