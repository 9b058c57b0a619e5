import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, FakeEventSource, fakeFetch } from '../../test-fakes';
import AdminRoutes from './AdminRoutes';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const admin = { userId: 'u1', email: 'admin@example.test', firstName: 'Ada', lastName: 'Admin', emailConfirmed: true, roles: ['ADMIN'] };
const older = { orderId: 'aaaa1111-0000', status: 'CONFIRMED', total: eur('25.00'), placedAt: '2026-11-26T09:00:00Z' };
const newer = { orderId: 'bbbb2222-0000', status: 'CONFIRMED', total: eur('8.00'), placedAt: '2026-11-26T09:05:00Z' };

function show(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/admin/*" element={<AdminRoutes />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the orders to ship page', () => {
  it('lists confirmed orders oldest first, each linking to its order page', async () => {
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/admin/orders': () => ({ status: 200, body: [older, newer] }),
    });

    show('/admin/orders');

    const list = await screen.findByRole('list', { name: 'Orders to ship' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Order aaaa1111', 'Order bbbb2222']);
    expect(links[0]).toHaveAttribute('href', '/orders/aaaa1111-0000');
    expect(within(list).getByText('€25.00')).toBeInTheDocument();
    expect(String(fetch.mock.calls.find(([input]) => String(input).startsWith('/api/v1/admin/orders'))![0])).toContain('status=CONFIRMED');
  });

  it('ships an order as a task, then drops it from the list', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let waiting = [older, newer];
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/admin/orders': () => ({ status: 200, body: waiting }),
      'POST /api/v1/orders/aaaa1111-0000/ship': () => ({ status: 202, body: { commandId: 's1', status: 'PENDING' } }),
      'GET /api/v1/commands/s1': () => ({ status: 200, body: { commandId: 's1', status: 'PENDING' } }),
    });
    show('/admin/orders');

    await userEvent.click(await screen.findByRole('button', { name: 'Ship order aaaa1111' }));

    expect(screen.getByText('Shipping order aaaa1111…')).toHaveAttribute('role', 'status');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/s1')).toHaveLength(1));
    waiting = [newer];
    FakeEventSource.last!.emit('command', { commandId: 's1', status: 'SUCCEEDED' });
    expect(await screen.findByText('Order aaaa1111 has shipped.')).toHaveAttribute('role', 'status');
    await vi.waitFor(() => expect(screen.queryByRole('link', { name: 'Order aaaa1111' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Order bbbb2222' })).toBeInTheDocument();
  });

  it('says in words why an order could not be shipped', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/admin/orders': () => ({ status: 200, body: [older] }),
      'POST /api/v1/orders/aaaa1111-0000/ship': () => ({ status: 202, body: { commandId: 's2', status: 'PENDING' } }),
      'GET /api/v1/commands/s2': () => ({ status: 200, body: { commandId: 's2', status: 'PENDING' } }),
    });
    show('/admin/orders');

    await userEvent.click(await screen.findByRole('button', { name: 'Ship order aaaa1111' }));
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/s2')).toHaveLength(1));
    FakeEventSource.last!.emit('command', { commandId: 's2', status: 'REJECTED', reason: 'ORDER_NOT_CONFIRMED' });

    expect(await screen.findByText('Only a confirmed order can be shipped.')).toHaveAttribute('role', 'status');
  });

  it('says when no order is waiting', async () => {
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/admin/orders': () => ({ status: 200, body: [] }),
    });

    show('/admin/orders');

    expect(await screen.findByText('No order is waiting to ship.')).toBeInTheDocument();
  });
});

describe('the stock page', () => {
  it('lists every stock row with its item name, linking to the item', async () => {
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: [{ productId: 'k1', sku: 'KETTLE', onHand: 10, reserved: 2, available: 8 }, { productId: 'x9', sku: 'ORPHAN', onHand: 1, reserved: 0, available: 1 }] }),
      'GET /api/v1/catalog/items': () => ({ status: 200, body: { items: [{ id: 'k1', sku: 'KETTLE', name: 'Zephyr kettle', description: '', price: eur('24.00'), imageUrl: null, available: 8, active: true }], page: 0, size: 100, total: 1 } }),
    });

    show('/admin/stock');

    const table = await screen.findByRole('table');
    const kettle = within(table).getByRole('row', { name: /Zephyr kettle/ });
    expect(within(kettle).getByRole('link', { name: 'Zephyr kettle' })).toHaveAttribute('href', '/admin/catalog/k1');
    expect(within(kettle).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['KETTLE', '10', '2', '8']);
    expect(within(table).getByRole('link', { name: 'ORPHAN' })).toHaveAttribute('href', '/admin/catalog/x9');
  });

  it('explains a failure in words', async () => {
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/warehouse/stock': () => ({ status: 503, body: { title: 'Service Unavailable', status: 503 } }),
    });

    show('/admin/stock');

    expect(await screen.findByRole('alert')).toHaveTextContent('The stock could not be loaded: Service Unavailable');
  });
});
