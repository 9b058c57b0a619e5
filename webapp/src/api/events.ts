/**
 * The signed-in user's event stream, GET /api/v1/events (API.md): command outcomes (`event: command`) and
 * read-model updates (`event: projection`). One EventSource for the whole app, opened while anyone listens and
 * closed when the last listener leaves; the browser reconnects it by itself after a drop. Every (re)connection is
 * announced as `open`: an update published while the stream was down is lost, so a listener reloads what it shows.
 */

export interface CommandEvent {
  commandId: string;
  status: string;
  reason?: string;
  message?: string;
  aggregateVersion?: number;
}

export interface ProjectionEvent {
  view: string;
  id: string;
  version: number;
}

export type StreamEvent =
  | { kind: 'command'; data: CommandEvent }
  | { kind: 'projection'; data: ProjectionEvent }
  | { kind: 'open' };
type Listener = (event: StreamEvent) => void;

const listeners = new Set<Listener>();
let source: EventSource | undefined;

function dispatch(kind: StreamEvent['kind'], message: MessageEvent) {
  let data: unknown;
  try {
    data = JSON.parse(String(message.data));
  } catch {
    return; // a malformed event is skipped: the poll fallback and the next update still arrive
  }
  listeners.forEach((listener) => listener({ kind, data } as StreamEvent));
}

function open() {
  // No EventSource (an old browser, jsdom): callers still learn outcomes from their poll fallback.
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/v1/events', { withCredentials: true });
  source.addEventListener('command', (event) => dispatch('command', event as MessageEvent));
  source.addEventListener('projection', (event) => dispatch('projection', event as MessageEvent));
  source.addEventListener('open', () => listeners.forEach((listener) => listener({ kind: 'open' })));
  const opened = source;
  opened.onerror = () => {
    // The browser retries a dropped stream itself, but gives up after an HTTP error (e.g. the gateway restarting):
    // forget that one and open another later while someone still listens.
    if (opened.readyState !== 2 || source !== opened) return;
    source = undefined;
    setTimeout(() => listeners.size > 0 && open(), 5000);
  };
}

/** Whether updates arrive right now; while they do, polling is only a slow safety net. */
export const streamIsOpen = () => source?.readyState === 1; // EventSource.OPEN

/** Listens to the stream until the returned function is called. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source) {
      source.close();
      source = undefined;
    }
  };
}
