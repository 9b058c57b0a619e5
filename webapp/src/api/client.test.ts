import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, csrfToken, problemToWords } from './client';

function answer(status: number, body: unknown, type = 'application/json') {
  return vi.fn().mockResolvedValue(
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } }),
  );
}

describe('the API client', () => {
  it('sends the XSRF-TOKEN cookie as the X-XSRF-TOKEN header on a state-changing request', async () => {
    document.cookie = 'XSRF-TOKEN=abc%2D123';
    const fetch = answer(202, { commandId: 'c', status: 'PENDING' });
    vi.stubGlobal('fetch', fetch);

    await api.post('/api/v1/carts', {});

    const [, init] = fetch.mock.calls[0];
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers['X-XSRF-TOKEN']).toBe('abc-123');
    expect(init.headers['Content-Type']).toBe('application/json');
  });

  it('sends no CSRF header on a read', async () => {
    document.cookie = 'XSRF-TOKEN=abc';
    const fetch = answer(200, { items: [] });
    vi.stubGlobal('fetch', fetch);

    await api.get('/api/v1/catalog/items');

    expect(fetch.mock.calls[0][1].headers['X-XSRF-TOKEN']).toBeUndefined();
  });

  it('reads the token among other cookies', () => {
    expect(csrfToken('a=1; XSRF-TOKEN=t%3D; b=2')).toBe('t=');
    expect(csrfToken('a=1')).toBeUndefined();
  });

  it('turns a problem+json answer into its detail and field errors, in words', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is invalid.',
      errors: [{ field: 'quantity', message: 'must be at least 1' }],
    };
    vi.stubGlobal('fetch', answer(400, problem, 'application/problem+json'));

    const error = await api.put('/api/v1/carts/c/items/p', { quantity: 0 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('The request is invalid. quantity must be at least 1.');
    expect((error as ApiError).message).not.toContain('{');
  });

  it('describes a status in words when the body says nothing useful', async () => {
    vi.stubGlobal('fetch', answer(503, '<html>busy</html>', 'text/html'));

    await expect(api.get('/api/v1/catalog/items')).rejects.toThrow('The shop is busy right now');
    expect(problemToWords(401, undefined)).toBe('Please sign in first.');
    expect(problemToWords(404, { title: 'Not Found', status: 404 })).toBe('Not Found');
  });

  it('says the shop cannot be reached when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(api.get('/api/v1/me')).rejects.toThrow('The shop cannot be reached');
  });
});
