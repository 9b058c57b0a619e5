import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, fakeFetch } from '../test-fakes';
import { Where } from '../test-where';
import { CheckoutPage } from './CheckoutPage';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const cart = {
  cartId: 'k1', status: 'ACTIVE', total: eur('12.50'), shippingAddress: null, paymentMethod: null, version: 1,
  items: [{ productId: 'mug', sku: 'MUG', name: 'Stoneware mug', unitPrice: eur('12.50'), quantity: 1, lineTotal: eur('12.50') }],
};
const accepted = (commandId: string, resourceId?: string) => () => ({ status: 202, body: { commandId, status: 'PENDING', resourceId } });
const succeeded = (commandId: string) => () => ({ status: 200, body: { commandId, status: 'SUCCEEDED' } });


describe('the checkout page', () => {
  it('explains each test card, ships to a typed address, pays with the chosen card and opens the order', async () => {
    vi.stubGlobal('EventSource', undefined);
    const fetch = fakeFetch({
      'GET /api/v1/carts/current': () => ({ status: 200, body: cart }),
      'PUT /api/v1/carts/k1/shipping-address': accepted('a1'),
      'GET /api/v1/commands/a1': succeeded('a1'),
      'PUT /api/v1/carts/k1/payment-method': accepted('p1'),
      'GET /api/v1/commands/p1': succeeded('p1'),
      'POST /api/v1/carts/k1/checkout': accepted('o1', 'order-1'),
      'GET /api/v1/commands/o1': succeeded('o1'),
    });
    render(
      <MemoryRouter initialEntries={['/checkout']}>
        <Routes>
          <Route path="/checkout" element={<CheckoutPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>,
    );

    const declined = await screen.findByLabelText(/A card the bank declines/);
    expect(declined).toHaveAccessibleDescription('The bank refuses the payment and the order is cancelled.');
    expect(screen.getByLabelText(/A card whose bank never answers/)).toHaveAccessibleDescription('The order is cancelled after the payment timeout.');
    await userEvent.type(screen.getByLabelText('Street'), '1 Rue de Rivoli');
    await userEvent.type(screen.getByLabelText('City'), 'Paris');
    await userEvent.type(screen.getByLabelText('Postal code'), '75001');
    await userEvent.type(screen.getByLabelText(/Country/), 'fr');
    await userEvent.click(declined);
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByTestId('where')).toHaveTextContent('/orders/order-1');
    const body = (method: string, path: string) => JSON.parse(String(calls(fetch, method, path)[0][1]!.body));
    expect(body('PUT', '/api/v1/carts/k1/shipping-address')).toEqual({ street: '1 Rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' });
    expect(body('PUT', '/api/v1/carts/k1/payment-method')).toEqual({ token: 'tok_chargeDeclined' });
  });
});
