/**
 * The storefront's one way to the gateway's public API (API.md): same-origin fetch with the BFF session cookie,
 * the CSRF token from the XSRF-TOKEN cookie on state-changing requests, and problem details turned into
 * sentences a shopper can read. Callers never see raw JSON errors.
 */

/** A field the server refused (a 400's `errors`), so a form can show the words next to that field. */
export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { field?: string; message?: string }[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The gateway's CSRF token, which Spring Security's SPA mode keeps in a script-readable cookie. */
export function csrfToken(cookies: string = document.cookie): string | undefined {
  const entry = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('XSRF-TOKEN='));
  return entry ? decodeURIComponent(entry.substring('XSRF-TOKEN='.length)) : undefined;
}

/** What went wrong, in words, whatever the server answered. */
export function describeStatus(status: number): string {
  switch (status) {
    case 401:
      return 'Please sign in first.';
    case 403:
      return 'You are not allowed to do that.';
    case 404:
      return 'We could not find that.';
    case 429:
      return 'Too many requests right now. Please wait a moment and try again.';
    case 503:
      return 'The shop is busy right now. Please try again in a moment.';
    default:
      return status >= 500
        ? 'Something went wrong on our side. Please try again.'
        : `The request could not be completed (${status}).`;
  }
}

/** A problem+json body as a sentence: its detail, then any field errors; the status in words otherwise. */
export function problemToWords(status: number, problem: Problem | undefined): string {
  if (!problem) return describeStatus(status);
  const fields = (problem.errors ?? [])
    .filter((error) => error.message)
    .map((error) => (error.field ? `${error.field} ${error.message}` : error.message!));
  const main = problem.detail || problem.title || describeStatus(status);
  return fields.length ? `${main} ${fields.join('; ')}.`.replace('..', '.') : main;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  let problem: Problem | undefined;
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = undefined;
    }
  }
  const fields = (problem?.errors ?? [])
    .filter((error): error is FieldError => typeof error.field === 'string' && typeof error.message === 'string');
  return new ApiError(response.status, problemToWords(response.status, problem), fields);
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method.toUpperCase())) {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'The shop cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  request,
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
