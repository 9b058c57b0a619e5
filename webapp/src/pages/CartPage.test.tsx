import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, FakeEventSource, fakeFetch } from '../test-fakes';
import { CartPage } from './CartPage';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const line = (productId: string, name: string, price: string, quantity: number) => ({
  productId, sku: productId.toUpperCase(), name, unitPrice: eur(price), quantity, lineTotal: eur((Number(price) * quantity).toFixed(2)),
});
const cart = (lines: ReturnType<typeof line>[], total: string) => ({
  cartId: 'k1', status: 'OPEN', items: lines, total: eur(total), shippingAddress: null, paymentMethod: null, version: 1,
});

function show() {
  render(
    <MemoryRouter initialEntries={['/cart']}>
      <CartPage />
    </MemoryRouter>,
  );
}

describe('the cart page', () => {
  it('shows the lines with unit price, quantity, line total and the total', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeFetch({ 'GET /api/v1/carts/current': () => ({ status: 200, body: cart([line('mug', 'Stoneware mug', '12.50', 2), line('tea', 'Sencha tea', '8.00', 1)], '33.00') }) });

    show();

    const lines = await screen.findByRole('list', { name: 'Cart lines' });
    expect(within(lines).getByText('Stoneware mug')).toBeInTheDocument();
    expect(within(lines).getByText('€12.50 each')).toBeInTheDocument();
    expect(within(lines).getByLabelText('Quantity of Stoneware mug')).toHaveValue(2);
    expect(within(lines).getByText('Line total: €25.00')).toBeInTheDocument();
    expect(screen.getByText('Total: €33.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/checkout?cart=k1');
  });

  it('changes a quantity as a task and refreshes when the cart projection is updated', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let quantity = 1;
    const fetch = fakeFetch({
      'GET /api/v1/carts/current': () => ({ status: 200, body: cart([line('mug', 'Stoneware mug', '12.50', quantity)], (12.5 * quantity).toFixed(2)) }),
      'PUT /api/v1/carts/k1/items/mug': () => ({ status: 202, body: { commandId: 'q1', status: 'PENDING' } }),
      'GET /api/v1/commands/q1': () => ({ status: 200, body: { commandId: 'q1', status: 'PENDING' } }),
    });
    show();
    const input = await screen.findByLabelText('Quantity of Stoneware mug');

    fireEvent.change(input, { target: { value: '3' } });
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Changing the quantity of Stoneware mug…');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/q1')).toHaveLength(1));
    expect(JSON.parse(String(calls(fetch, 'PUT', '/api/v1/carts/k1/items/mug')[0][1]!.body))).toEqual({ quantity: 3 });
    quantity = 3;
    FakeEventSource.last!.emit('command', { commandId: 'q1', status: 'SUCCEEDED' });
    expect(await screen.findByText('Stoneware mug: quantity is now 3.')).toBeInTheDocument();
    FakeEventSource.last!.emit('projection', { view: 'shoppingcart.Carts', id: 'k1', version: 2 });
    expect(await screen.findByText('Total: €37.50')).toBeInTheDocument();
  });

  it('says why a removal was rejected, in words', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = fakeFetch({
      'GET /api/v1/carts/current': () => ({ status: 200, body: cart([line('mug', 'Stoneware mug', '12.50', 1)], '12.50') }),
      'DELETE /api/v1/carts/k1/items/mug': () => ({ status: 202, body: { commandId: 'r1', status: 'PENDING' } }),
      'GET /api/v1/commands/r1': () => ({ status: 200, body: { commandId: 'r1', status: 'PENDING' } }),
    });
    show();

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Stoneware mug' }));
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/r1')).toHaveLength(1));
    FakeEventSource.last!.emit('command', { commandId: 'r1', status: 'REJECTED', reason: 'CART_CHECKED_OUT' });

    expect(await screen.findByText('This cart has already been checked out.')).toHaveAttribute('role', 'status');
  });

  it('says the cart is empty when the shopper has none', async () => {
    fakeFetch({});

    show();

    expect(await screen.findByText(/Your cart is empty/)).toBeInTheDocument();
  });
});
