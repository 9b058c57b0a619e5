import { describe, expect, it, vi } from 'vitest';
import { calls, FakeEventSource, fakeFetch } from '../test-fakes';
import { CommandRejected, perform, reasonToWords } from './commands';

const accepted = { status: 202, body: { commandId: 'c1', status: 'PENDING', resourceId: 'cart-1' } };

describe('following a command to its outcome', () => {
  it('learns the outcome from the event stream and keeps the resource id', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = fakeFetch({
      'POST /api/v1/carts': () => accepted,
      'GET /api/v1/commands/c1': () => ({ status: 200, body: { commandId: 'c1', status: 'PENDING' } }),
    });

    const outcome = perform('POST', '/api/v1/carts', {}, { pollMs: 60_000 });
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/c1')).toHaveLength(1));
    expect(FakeEventSource.last!.url).toBe('/api/v1/events');
    FakeEventSource.last!.emit('command', { commandId: 'other', status: 'REJECTED', reason: 'NOT_FOUND' });
    FakeEventSource.last!.emit('command', { commandId: 'c1', status: 'SUCCEEDED', aggregateVersion: 1 });

    await expect(outcome).resolves.toMatchObject({ status: 'SUCCEEDED', resourceId: 'cart-1' });
    expect(FakeEventSource.last!.closed).toBe(true);
    expect(calls(fetch, 'GET', '/api/v1/commands/c1')).toHaveLength(1);
  });

  it('asks again when the stream reconnects, since the outcome may have been published while it was down', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let status = 'PENDING';
    const fetch = fakeFetch({
      'POST /api/v1/carts': () => accepted,
      'GET /api/v1/commands/c1': () => ({ status: 200, body: { commandId: 'c1', status } }),
    });

    const outcome = perform('POST', '/api/v1/carts', {}, { pollMs: 60_000 });
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/c1')).toHaveLength(1));
    status = 'SUCCEEDED'; // published while the stream was down: no event will ever say so
    FakeEventSource.last!.opened();

    await expect(outcome).resolves.toMatchObject({ status: 'SUCCEEDED', resourceId: 'cart-1' });
    expect(calls(fetch, 'GET', '/api/v1/commands/c1')).toHaveLength(2);
  });

  it('falls back to polling the command when there is no event stream, and says the reason in words', async () => {
    vi.stubGlobal('EventSource', undefined);
    let polls = 0;
    fakeFetch({
      'POST /api/v1/carts/k/items': () => accepted,
      'GET /api/v1/commands/c1': () => ({
        status: 200,
        body: ++polls < 3 ? { commandId: 'c1', status: 'PENDING' } : { commandId: 'c1', status: 'REJECTED', reason: 'OUT_OF_STOCK' },
      }),
    });

    const error = await perform('POST', '/api/v1/carts/k/items', { productId: 'p', quantity: 2 }, { pollMs: 5 }).catch((e) => e);

    expect(error).toBeInstanceOf(CommandRejected);
    expect(error.reason).toBe('OUT_OF_STOCK');
    expect(error.message).toBe('Sorry, there is not enough of that item in stock.');
    expect(polls).toBe(3);
  });

  it('reports a refused request (problem+json) in words without following it', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({ 'POST /api/v1/carts': () => ({ status: 400, body: { title: 'Bad Request', status: 400, detail: 'The quantity is out of range.' } }) });

    await expect(perform('POST', '/api/v1/carts', {})).rejects.toThrow('The quantity is out of range.');
  });

  it('puts every reason code into words, known or not, never JSON', () => {
    expect(reasonToWords('EMAIL_NOT_CONFIRMED')).toContain('confirm your email');
    expect(reasonToWords('NO_SHIPPING_ADDRESS')).toBe('Please choose where to ship the order.');
    expect(reasonToWords('ORDER_SHIPPED')).toContain('already shipped');
    expect(reasonToWords('SOMETHING_NEW')).toBe('The shop refused: something new.');
    expect(reasonToWords(undefined, '{"raw":true}')).toBe('Something went wrong. Please try again.');
  });
});
