import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, FakeEventSource, fakeFetch } from '../../test-fakes';
import AdminRoutes from './AdminRoutes';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const admin = { userId: 'u1', email: 'admin@example.test', firstName: 'Ada', lastName: 'Admin', emailConfirmed: true, roles: ['ADMIN'] };
const kettle = (extra: object = {}) => ({ id: 'k1', sku: 'KETTLE', name: 'Zephyr kettle', description: 'Whistles', price: eur('24.00'), imageUrl: null, available: 0, active: false, ...extra });
const stock = (onHand: number, reserved = 0) => [{ productId: 'k1', sku: 'KETTLE', onHand, reserved, available: onHand - reserved }];
const accepted = (commandId: string) => () => ({ status: 202, body: { commandId, status: 'PENDING', resourceId: 'k1' } });
const pending = (commandId: string) => () => ({ status: 200, body: { commandId, status: 'PENDING' } });

function show() {
  render(
    <MemoryRouter initialEntries={['/admin/catalog/k1']}>
      <Routes>
        <Route path="/admin/*" element={<AdminRoutes />} />
      </Routes>
    </MemoryRouter>,
  );
}

const region = (name: string) => screen.getByRole('region', { name });

describe('the admin item page', () => {
  it('shows the item, its price and status, and its stock', async () => {
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle() }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: stock(7, 2) }),
    });

    show();

    expect(await screen.findByRole('heading', { level: 1, name: 'Zephyr kettle' })).toBeInTheDocument();
    expect(screen.getByTestId('item-status')).toHaveTextContent('Inactive');
    expect(screen.getByTestId('item-price')).toHaveTextContent('€24.00');
    expect(screen.getByLabelText('Name')).toHaveValue('Zephyr kettle');
    expect(await screen.findByTestId('stock-on-hand')).toHaveTextContent('7');
    expect(screen.getByTestId('stock-reserved')).toHaveTextContent('2');
    expect(screen.getByTestId('stock-available')).toHaveTextContent('5');
  });

  it('shows another admin\'s change when the stream announces an update of this item, and ignores other items', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let price = '24.00';
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle({ price: eur(price) }) }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: stock(0) }),
    });
    show();
    expect(await screen.findByTestId('item-price')).toHaveTextContent('€24.00');

    price = '21.00';
    FakeEventSource.last!.emit('projection', { view: 'catalog.Items', id: 'other', version: 2 });
    FakeEventSource.last!.emit('projection', { view: 'catalog.Items', id: 'k1', version: 2 });

    await vi.waitFor(() => expect(screen.getByTestId('item-price')).toHaveTextContent('€21.00'));
    expect(calls(fetch, 'GET', '/api/v1/catalog/items/k1')).toHaveLength(2);
  });

  it('activates the item as a task, then shows it active once the catalog view has it, with the stream up', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let active = false;
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle({ active }) }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: stock(0) }),
      'POST /api/v1/catalog/items/k1/activate': accepted('a1'),
      'GET /api/v1/commands/a1': pending('a1'),
    });
    show();
    const button = await screen.findByRole('button', { name: 'Activate' });
    FakeEventSource.last!.opened(); // the stream is up, yet announces no catalog update to an admin: the page polls

    await userEvent.click(button);

    expect(within(region('Visibility')).getByRole('status')).toHaveTextContent('Activating Zephyr kettle…');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/a1')).toHaveLength(1));
    active = true;
    FakeEventSource.last!.emit('command', { commandId: 'a1', status: 'SUCCEEDED' });
    expect(await screen.findByText('Zephyr kettle is active: shoppers can find and buy it.')).toHaveAttribute('role', 'status');
    await vi.waitFor(() => expect(screen.getByTestId('item-status')).toHaveTextContent('Active'));
    expect(screen.getByRole('button', { name: 'Deactivate' })).toBeInTheDocument();
  });

  it('changes the price, and says in words why the shop refused another currency', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle() }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: stock(0) }),
      'PUT /api/v1/catalog/items/k1/price': accepted('p1'),
      'GET /api/v1/commands/p1': pending('p1'),
    });
    show();
    const price = await screen.findByLabelText('New price');

    await userEvent.clear(price);
    await userEvent.type(price, '19.50');
    await userEvent.clear(screen.getByLabelText('Currency'));
    await userEvent.type(screen.getByLabelText('Currency'), 'USD');
    await userEvent.click(screen.getByRole('button', { name: 'Change price' }));
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/p1')).toHaveLength(1));
    expect(JSON.parse(String(calls(fetch, 'PUT', '/api/v1/catalog/items/k1/price')[0][1]!.body))).toEqual({ amount: '19.50', currency: 'USD' });
    FakeEventSource.last!.emit('command', { commandId: 'p1', status: 'REJECTED', reason: 'UNSUPPORTED_CURRENCY' });

    expect(await within(region('Price')).findByText(/The shop does not sell in that currency/)).toHaveAttribute('role', 'status');
  });

  it('refuses a price that is no amount next to the field, without sending it', async () => {
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle() }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: stock(0) }),
    });
    show();
    const price = await screen.findByLabelText('New price');

    await userEvent.clear(price);
    await userEvent.type(price, 'free');
    await userEvent.click(screen.getByRole('button', { name: 'Change price' }));

    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(price).toHaveAccessibleDescription(/Enter a price above zero/);
    expect(price).toHaveFocus();
    expect(calls(fetch, 'PUT', '/api/v1/catalog/items/k1/price')).toHaveLength(0);
  });

  it('receives stock as a task and shows the new figures', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let onHand = 0;
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle() }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: stock(onHand) }),
      'POST /api/v1/warehouse/stock/k1/receipts': accepted('r1'),
      'GET /api/v1/commands/r1': pending('r1'),
    });
    show();

    await userEvent.type(await screen.findByLabelText('Quantity received'), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Receive' }));

    expect(await screen.findByText('Receiving 10 units…')).toHaveAttribute('role', 'status');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/r1')).toHaveLength(1));
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/v1/warehouse/stock/k1/receipts')[0][1]!.body))).toEqual({ quantity: 10 });
    onHand = 10;
    FakeEventSource.last!.emit('command', { commandId: 'r1', status: 'SUCCEEDED' });
    expect(await screen.findByText('Received 10 units.')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByTestId('stock-available')).toHaveTextContent('10'));
  });

  it('shows an adjustment\'s field errors from the gateway next to the fields, and a rejection in words', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let attempt = 0;
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: admin }),
      'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle() }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: stock(3, 3) }),
      'POST /api/v1/warehouse/stock/k1/adjustments': () =>
        ++attempt === 1
          ? { status: 400, body: { title: 'Bad Request', status: 400, errors: [{ field: 'reason', message: 'must not be blank' }] } }
          : accepted('j1')(),
      'GET /api/v1/commands/j1': pending('j1'),
    });
    show();

    await userEvent.type(await screen.findByLabelText('Change in units'), '-2');
    await userEvent.type(screen.getByLabelText('Reason'), 'damaged');
    await userEvent.click(screen.getByRole('button', { name: 'Adjust' }));

    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(screen.getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Reason')).toHaveAccessibleDescription('must not be blank');

    await userEvent.click(screen.getByRole('button', { name: 'Adjust' }));
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/j1')).toHaveLength(1));
    FakeEventSource.last!.emit('command', { commandId: 'j1', status: 'REJECTED', reason: 'INSUFFICIENT_STOCK' });
    expect(await screen.findByText('Sorry, there is not enough of that item in stock.')).toHaveAttribute('role', 'status');
  });

  it('says when the warehouse has no stock record for the item yet', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      fakeFetch({
        'GET /api/v1/me': () => ({ status: 200, body: admin }),
        'GET /api/v1/catalog/items/k1': () => ({ status: 200, body: kettle() }),
        'GET /api/v1/warehouse/stock': () => ({ status: 404, body: { title: 'Not Found', status: 404, detail: 'No stock for this product.' } }),
      });
      show();
      await screen.findByRole('heading', { level: 1, name: 'Zephyr kettle' });

      await vi.advanceTimersByTimeAsync(25_000);

      expect(await screen.findByText(/The warehouse has no stock record for this item yet/)).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
