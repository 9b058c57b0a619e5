import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, fakeFetch } from '../test-fakes';
import { AddToCart } from './AddToCart';

const succeeded = (commandId: string, resourceId?: string) => () => ({ status: 200, body: { commandId, status: 'SUCCEEDED', resourceId } });

describe('adding to the cart', () => {
  it('creates the cart first when the shopper has none, then adds the chosen quantity', async () => {
    vi.stubGlobal('EventSource', undefined); // outcomes from the poll fallback
    const fetch = fakeFetch({
      'POST /api/v1/carts': () => ({ status: 202, body: { commandId: 'c1', status: 'PENDING', resourceId: 'k1' } }),
      'GET /api/v1/commands/c1': succeeded('c1', 'k1'),
      'POST /api/v1/carts/k1/items': () => ({ status: 202, body: { commandId: 'c2', status: 'PENDING' } }),
      'GET /api/v1/commands/c2': succeeded('c2'),
    });
    render(
      <MemoryRouter>
        <AddToCart productId="mug" name="Stoneware mug" />
      </MemoryRouter>,
    );

    fireEvent.change(screen.getByLabelText('Quantity'), { target: { value: '2' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByText('Added 2 × Stoneware mug to your cart.')).toHaveAttribute('role', 'status');
    expect(calls(fetch, 'GET', '/api/v1/carts/current')).toHaveLength(1);
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/v1/carts/k1/items')[0][1]!.body))).toEqual({ productId: 'mug', quantity: 2 });
    expect(screen.getByRole('link', { name: 'Go to your cart' })).toHaveAttribute('href', '/cart');
  });
});
