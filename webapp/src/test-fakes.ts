import { vi } from 'vitest';

/** A stand-in for the browser's EventSource: tests push `command` and `projection` events through it. */
export class FakeEventSource {
  static last: FakeEventSource | undefined;
  closed = false;
  readyState = 0; // CONNECTING until opened()
  private listeners: Record<string, ((event: { data: string }) => void)[]> = {};
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (event: { data: string }) => void) {
    (this.listeners[name] ??= []).push(listener);
  }
  close() {
    this.closed = true;
  }
  /** The connection is up (again): `open` as the browser announces it. */
  opened() {
    this.readyState = 1;
    (this.listeners.open ?? []).forEach((listener) => listener({ data: '' }));
  }
  emit(name: string, data: unknown) {
    (this.listeners[name] ?? []).forEach((listener) => listener({ data: JSON.stringify(data) }));
  }
}

type Answer = { status: number; body?: unknown };

/** A fetch that answers by "METHOD path" from a table of functions, and records every call. */
export function fakeFetch(routes: Record<string, (body: unknown) => Answer>) {
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const path = new URL(input, 'http://shop.test').pathname;
    const route = routes[`${method} ${path}`];
    const { status, body } = route ? route(init?.body ? JSON.parse(String(init.body)) : undefined) : { status: 404, body: { title: 'Not Found', status: 404 } };
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

export const calls = (fetch: ReturnType<typeof fakeFetch>, method: string, path: string) =>
  fetch.mock.calls.filter(([input, init]) => (init?.method ?? 'GET') === method && String(input) === path);
