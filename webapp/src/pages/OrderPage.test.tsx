import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, FakeEventSource, fakeFetch } from '../test-fakes';
import { Where } from '../test-where';
import { OrderPage } from './OrderPage';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const mug = { productId: 'mug', sku: 'MUG', name: 'Stoneware mug', unitPrice: eur('12.50'), quantity: 2, lineTotal: eur('25.00') };
const at = (minute: number) => `2026-11-26T09:0${minute}:00Z`;

function order(status: string, extra: object = {}) {
  const steps = status === 'PLACED' ? ['PLACED'] : ['PLACED', status];
  return {
    orderId: 'o1234567-0000', status, cancellationReason: null, lines: [mug], total: eur('25.00'),
    payment: { status: 'PENDING' }, timeline: steps.map((s, i) => ({ status: s, at: at(i) })), ...extra,
  };
}


function show() {
  render(
    <MemoryRouter initialEntries={['/orders/o1234567-0000']}>
      <Routes>
        <Route path="/orders/:id" element={<OrderPage />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the order page', () => {
  it('updates its status and timeline from a projection event, without a reload', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let current = order('PLACED');
    const fetch = fakeFetch({ 'GET /api/v1/orders/o1234567-0000': () => ({ status: 200, body: current }) });
    show();
    expect(await screen.findByTestId('order-status')).toHaveTextContent('Placed');
    expect(screen.getByText('2 × €12.50')).toBeInTheDocument();
    expect(screen.getByText('Payment: Waiting for the bank')).toBeInTheDocument();

    current = order('CONFIRMED', { payment: { status: 'AUTHORIZED' } });
    FakeEventSource.last!.emit('projection', { view: 'order.Orders', id: 'someone-else', version: 2 });
    FakeEventSource.last!.emit('projection', { view: 'order.Orders', id: 'o1234567-0000', version: 2 });

    expect(await screen.findByText('Confirmed', { selector: '[data-testid=order-status]' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Order timeline' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Payment: Authorized')).toBeInTheDocument();
    expect(calls(fetch, 'GET', '/api/v1/orders/o1234567-0000')).toHaveLength(2);
  });

  it('reads the order again when the stream reconnects, since an update may have been lost while it was down', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let current = order('AWAITING_PAYMENT');
    const fetch = fakeFetch({ 'GET /api/v1/orders/o1234567-0000': () => ({ status: 200, body: current }) });
    show();
    expect(await screen.findByTestId('order-status')).toHaveTextContent('Awaiting payment');

    current = order('CANCELLED', { cancellationReason: 'PAYMENT_TIMEOUT' });
    FakeEventSource.last!.opened();

    expect(await screen.findByText('Cancelled', { selector: '[data-testid=order-status]' })).toBeInTheDocument();
    expect(calls(fetch, 'GET', '/api/v1/orders/o1234567-0000')).toHaveLength(2);
  });

  it('says why an order was cancelled, offers no cancel, and reorders into a new cart', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = fakeFetch({
      'GET /api/v1/orders/o1234567-0000': () => ({
        status: 200,
        body: order('CANCELLED', { cancellationReason: 'PAYMENT_DECLINED', payment: { status: 'DECLINED' } }),
      }),
      'POST /api/v1/orders/o1234567-0000/reorder': () => ({ status: 202, body: { commandId: 'r1', status: 'PENDING', resourceId: 'cart-2' } }),
      'GET /api/v1/commands/r1': () => ({ status: 200, body: { commandId: 'r1', status: 'PENDING' } }),
    });
    show();

    expect(await screen.findByText('Why it was cancelled: The bank declined the payment.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reorder' }));
    expect(screen.getByRole('status')).toHaveTextContent('Putting these items in a new cart…');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/r1')).toHaveLength(1));
    FakeEventSource.last!.emit('command', { commandId: 'r1', status: 'SUCCEEDED' });

    expect(await screen.findByTestId('where')).toHaveTextContent('/cart?id=cart-2');
  });

  it('cancels an order in flight and shows a rejection in words', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = fakeFetch({
      'GET /api/v1/orders/o1234567-0000': () => ({ status: 200, body: order('AWAITING_PAYMENT') }),
      'POST /api/v1/orders/o1234567-0000/cancel': () => ({ status: 202, body: { commandId: 'x1', status: 'PENDING' } }),
      'GET /api/v1/commands/x1': () => ({ status: 200, body: { commandId: 'x1', status: 'PENDING' } }),
    });
    show();

    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/x1')).toHaveLength(1));
    FakeEventSource.last!.emit('command', { commandId: 'x1', status: 'REJECTED', reason: 'ORDER_IN_PROGRESS' });

    expect(await screen.findByRole('status')).toHaveTextContent('The order is still being processed. Please try again in a moment.');
  });
});
