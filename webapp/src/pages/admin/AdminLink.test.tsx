import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { Layout } from '../../layout/Layout';
import { FakeEventSource, fakeFetch } from '../../test-fakes';

const me = (roles: string[]) => ({ userId: 'u1', email: 'ada@example.test', firstName: 'Ada', lastName: 'L', emailConfirmed: true, roles });

function show() {
  render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<p>Home</p>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe("the header's Admin link", () => {
  it('is there for an ADMIN', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me(['CUSTOMER', 'ADMIN']) }),
      'GET /api/v1/account': () => ({ status: 200, body: { accountId: 'u1', profile: { firstName: 'Ada', lastName: 'L' }, addresses: [] } }),
    });

    show();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });

  it('is not there for a shopper', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me(['CUSTOMER']) }),
      'GET /api/v1/account': () => ({ status: 200, body: { accountId: 'u1', profile: { firstName: 'Ada', lastName: 'L' }, addresses: [] } }),
    });

    show();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Cart' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });
});
