import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { FakeEventSource, fakeFetch } from '../test-fakes';
import { Layout } from './Layout';

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

describe('the header', () => {
  it('offers Register and Sign in to a signed-out visitor', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({ 'GET /api/v1/me': () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } }) });

    show();

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Register' })).toHaveAttribute('href', '/register');
    expect(within(banner).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(banner).queryByRole('link', { name: 'Account' })).not.toBeInTheDocument();
  });

  it("links Account and Notifications when signed in and greets with the account profile's name as it changes", async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let firstName = 'Ada';
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: { userId: 'u1', email: 'ada@example.test', firstName: 'Ada', lastName: 'L', emailConfirmed: true, roles: ['CUSTOMER'] } }),
      'GET /api/v1/account': () => ({ status: 200, body: { accountId: 'u1', profile: { firstName, lastName: 'L' }, addresses: [] } }),
    });

    show();

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Account' })).toHaveAttribute('href', '/account');
    expect(within(nav).getByRole('link', { name: 'Notifications' })).toHaveAttribute('href', '/notifications');
    expect(screen.queryByRole('link', { name: 'Register' })).not.toBeInTheDocument();
    expect(await screen.findByText('Signed in as Ada')).toBeInTheDocument();
    firstName = 'Augusta';
    FakeEventSource.last!.emit('projection', { view: 'account.Accounts', id: 'u1', version: 2 });
    expect(await screen.findByText('Signed in as Augusta')).toBeInTheDocument();
  });
});

const withRoles = (roles: string[]) => ({ userId: 'u1', email: 'ada@example.test', firstName: 'Ada', lastName: 'L', emailConfirmed: true, roles });

describe("the header's Admin link", () => {
  it('is there for an ADMIN', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: withRoles(['CUSTOMER', 'ADMIN']) }),
      'GET /api/v1/account': () => ({ status: 200, body: { accountId: 'u1', profile: { firstName: 'Ada', lastName: 'L' }, addresses: [] } }),
    });

    show();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });

  it('is not there for a shopper', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: withRoles(['CUSTOMER']) }),
      'GET /api/v1/account': () => ({ status: 200, body: { accountId: 'u1', profile: { firstName: 'Ada', lastName: 'L' }, addresses: [] } }),
    });

    show();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Cart' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });
});
