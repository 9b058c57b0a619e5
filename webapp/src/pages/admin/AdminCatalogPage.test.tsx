import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, FakeEventSource, fakeFetch } from '../../test-fakes';
import AdminRoutes from './AdminRoutes';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const mug = { id: 'i1', sku: 'MUG', name: 'Stoneware mug', description: 'A mug', price: eur('12.50'), imageUrl: null, available: 5, active: true };
const pot = { id: 'i2', sku: 'POT', name: 'Tea pot', description: 'A pot', price: eur('30.00'), imageUrl: null, available: 0, active: false };
const admin = { userId: 'u1', email: 'admin@example.test', firstName: 'Ada', lastName: 'Admin', emailConfirmed: true, roles: ['CUSTOMER', 'ADMIN'] };
const accepted = (commandId: string, resourceId?: string) => () => ({ status: 202, body: { commandId, status: 'PENDING', resourceId } });
const pending = (commandId: string) => () => ({ status: 200, body: { commandId, status: 'PENDING' } });

function show(path = '/admin/catalog') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/admin/*" element={<AdminRoutes />} />
      </Routes>
    </MemoryRouter>,
  );
}

const routes = (extra: Parameters<typeof fakeFetch>[0] = {}) =>
  fakeFetch({
    'GET /api/v1/me': () => ({ status: 200, body: admin }),
    'GET /api/v1/catalog/items': () => ({ status: 200, body: { items: [mug, pot], page: 0, size: 20, total: 2 } }),
    ...extra,
  });

async function fillNewItem(values: Partial<Record<'SKU' | 'Name' | 'Price' | 'Image URL', string>>) {
  for (const [label, value] of Object.entries(values)) {
    const input = within(screen.getByRole('region', { name: 'New item' })).getByLabelText(label);
    await userEvent.clear(input);
    if (value) await userEvent.type(input, value);
  }
}

describe('the admin catalog page', () => {
  it('lists every item, inactive ones too, with price and status', async () => {
    const fetch = routes();

    show();

    const list = await screen.findByRole('list', { name: 'All items' });
    expect(within(list).getByRole('link', { name: 'Stoneware mug' })).toHaveAttribute('href', '/admin/catalog/i1');
    expect(within(list).getByText('€12.50')).toBeInTheDocument();
    expect(within(list).getByText('Active')).toBeInTheDocument();
    expect(within(list).getByText('Inactive')).toBeInTheDocument();
    const asked = fetch.mock.calls.map(([input]) => String(input)).find((url) => url.startsWith('/api/v1/catalog/items?'));
    expect(asked).toContain('includeInactive=true');
  });

  it('creates an item as a task and opens its page once the shop has made it', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = routes({
      'POST /api/v1/catalog/items': accepted('c1', 'new-item'),
      'GET /api/v1/commands/c1': pending('c1'),
      'GET /api/v1/catalog/items/new-item': () => ({ status: 200, body: { ...pot, id: 'new-item', name: 'Oolong tea' } }),
      'GET /api/v1/warehouse/stock': () => ({ status: 200, body: [{ productId: 'new-item', sku: 'TEA-42', onHand: 0, reserved: 0, available: 0 }] }),
    });
    show();
    expect(await screen.findByText(/A new item starts inactive/)).toBeInTheDocument();

    await fillNewItem({ SKU: 'TEA-42', Name: 'Oolong tea', Price: '9.90', 'Image URL': 'https://img.example/tea.png' });
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));

    expect(await screen.findByText('Creating Oolong tea…')).toHaveAttribute('role', 'status');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/c1')).toHaveLength(1));
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/v1/catalog/items')[0][1]!.body))).toEqual({
      sku: 'TEA-42', name: 'Oolong tea', description: '', price: eur('9.90'), imageUrl: 'https://img.example/tea.png',
    });
    FakeEventSource.last!.emit('command', { commandId: 'c1', status: 'SUCCEEDED', resourceId: 'new-item' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Oolong tea' })).toBeInTheDocument();
    expect(screen.getByTestId('item-status')).toHaveTextContent('Inactive');
  });

  it('shows what is wrong next to each field before sending anything', async () => {
    const fetch = routes();
    show();
    await screen.findByRole('list', { name: 'All items' });

    await fillNewItem({ SKU: 'bad sku!', Price: '12.345' });
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));

    const sku = screen.getByLabelText('SKU');
    expect(sku).toHaveAttribute('aria-invalid', 'true');
    expect(sku).toHaveAccessibleDescription(/Enter a SKU of 1 to 64 letters/);
    expect(sku).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter a name.');
    expect(screen.getByLabelText('Price')).toHaveAccessibleDescription(/Enter a price above zero/);
    expect(await screen.findByText('The item was not created: please correct the marked fields.')).toHaveAttribute('role', 'status');
    expect(calls(fetch, 'POST', '/api/v1/catalog/items')).toHaveLength(0);
  });

  it('puts the gateway\'s field errors next to their fields, in words', async () => {
    routes({
      'POST /api/v1/catalog/items': () => ({
        status: 400,
        body: { title: 'Bad Request', status: 400, errors: [{ field: 'price.currency', message: 'must match "^[A-Z]{3}$"' }, { field: 'name', message: 'size must be between 0 and 200' }] },
      }),
    });
    show();
    await screen.findByRole('list', { name: 'All items' });

    await fillNewItem({ SKU: 'TEA', Name: 'Tea', Price: '3' });
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));

    expect(await screen.findByText('The item was not created: please correct the marked fields.')).toBeInTheDocument();
    expect(screen.getByLabelText('Currency')).toHaveAccessibleDescription('has characters or a format that is not allowed');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('size must be between 0 and 200');
    expect(document.body.textContent).not.toContain('^[A-Z]');
  });

  it('says in words why the shop refused a new item', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = routes({
      'POST /api/v1/catalog/items': accepted('c2', 'other'),
      'GET /api/v1/commands/c2': pending('c2'),
    });
    show();
    await screen.findByRole('list', { name: 'All items' });

    await fillNewItem({ SKU: 'MUG', Name: 'Another mug', Price: '5' });
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/c2')).toHaveLength(1));
    FakeEventSource.last!.emit('command', { commandId: 'c2', status: 'REJECTED', reason: 'SKU_TAKEN' });

    expect(await screen.findByText('Another item already has that SKU. Please choose another.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: 'Manage the catalog' })).toBeInTheDocument();
  });

  it('tells a shopper the page is for administrators', async () => {
    const fetch = fakeFetch({ 'GET /api/v1/me': () => ({ status: 200, body: { ...admin, email: 'shopper@example.test', roles: ['CUSTOMER'] } }) });

    show();

    expect(await screen.findByRole('heading', { name: 'For administrators only' })).toBeInTheDocument();
    expect(screen.getByText(/signed in as shopper@example.test, who is not one/)).toBeInTheDocument();
    expect(fetch.mock.calls.some(([input]) => String(input).includes('/catalog/items'))).toBe(false);
  });

  it('asks a signed-out visitor to sign in', async () => {
    fakeFetch({ 'GET /api/v1/me': () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } }) });

    show('/admin/orders');

    expect(await screen.findByRole('heading', { name: 'For administrators only' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/oauth2/authorization/eventualshop');
  });
});
