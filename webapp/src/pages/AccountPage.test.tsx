import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, FakeEventSource, fakeFetch } from '../test-fakes';
import { AccountPage } from './AccountPage';

const me = (emailConfirmed = true) => ({
  userId: 'u1', email: 'grace@example.test', firstName: 'Grace', lastName: 'Hopper', emailConfirmed, roles: ['CUSTOMER'],
});
const home = { addressId: 'a1', street: '1 Rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' };
const account = (firstName = 'Grace', addresses = [home]) => ({ accountId: 'u1', profile: { firstName, lastName: 'Hopper' }, addresses });
const accepted = (commandId: string) => () => ({ status: 202, body: { commandId, status: 'PENDING' } });
const pending = (commandId: string) => () => ({ status: 200, body: { commandId, status: 'PENDING' } });

function show() {
  render(
    <MemoryRouter initialEntries={['/account']}>
      <AccountPage />
    </MemoryRouter>,
  );
}

const section = (name: string) => screen.getByRole('region', { name });
const body = (fetch: ReturnType<typeof fakeFetch>, method: string, path: string) => JSON.parse(String(calls(fetch, method, path)[0][1]!.body));

describe('the account page', () => {
  it('asks a signed-out visitor to sign in', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({ 'GET /api/v1/me': () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } }) });

    show();

    expect(await screen.findByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/oauth2/authorization/eventualshop');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/register');
  });

  it('changes the name as a task, pending then done, and shows the new name when the account view updates', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let firstName = 'Grace';
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me() }),
      'GET /api/v1/account': () => ({ status: 200, body: account(firstName) }),
      'PUT /api/v1/account/profile': accepted('p1'),
      'GET /api/v1/commands/p1': pending('p1'),
    });
    show();
    const first = await screen.findByLabelText('First name');
    expect(first).toHaveValue('Grace');
    expect(screen.getByText('grace@example.test')).toBeInTheDocument();
    expect(screen.getByText('Confirmed')).toBeInTheDocument();

    await userEvent.clear(first);
    await userEvent.type(first, 'Admiral');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));

    const profile = section('Profile');
    expect(within(profile).getByRole('status')).toHaveTextContent('Saving your name…');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/p1')).toHaveLength(1));
    expect(body(fetch, 'PUT', '/api/v1/account/profile')).toEqual({ firstName: 'Admiral', lastName: 'Hopper' });
    FakeEventSource.last!.emit('command', { commandId: 'p1', status: 'SUCCEEDED' });
    expect(await within(profile).findByText('Your name is saved.')).toHaveAttribute('role', 'status');

    firstName = 'Admiral';
    const before = calls(fetch, 'GET', '/api/v1/account').length;
    FakeEventSource.last!.emit('projection', { view: 'account.Accounts', id: 'u1', version: 2 });
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/account').length).toBeGreaterThan(before));
    expect(screen.getByLabelText('First name')).toHaveValue('Admiral');
  });

  it('lists saved addresses, deletes one and adds one, each as a task that refreshes from the stream', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let addresses = [home];
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me() }),
      'GET /api/v1/account': () => ({ status: 200, body: account('Grace', addresses) }),
      'DELETE /api/v1/account/addresses/a1': accepted('d1'),
      'GET /api/v1/commands/d1': pending('d1'),
      'POST /api/v1/account/addresses': accepted('n1'),
      'GET /api/v1/commands/n1': pending('n1'),
    });
    show();
    const list = await screen.findByRole('list', { name: 'Saved addresses' });
    expect(within(list).getByText('1 Rue de Rivoli, 75001 Paris, FR')).toBeInTheDocument();

    await userEvent.click(within(list).getByRole('button', { name: 'Delete 1 Rue de Rivoli, 75001 Paris, FR' }));
    const saved = section('Saved addresses');
    expect(within(saved).getAllByRole('status')[0]).toHaveTextContent('Deleting 1 Rue de Rivoli, 75001 Paris, FR…');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/d1')).toHaveLength(1));
    FakeEventSource.last!.emit('command', { commandId: 'd1', status: 'SUCCEEDED' });
    expect(await within(saved).findByText('Deleted 1 Rue de Rivoli, 75001 Paris, FR.')).toBeInTheDocument();
    addresses = [];
    FakeEventSource.last!.emit('projection', { view: 'account.Accounts', id: 'u1', version: 3 });
    expect(await screen.findByText('No saved addresses yet.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Street'), '10 Downing Street');
    await userEvent.type(screen.getByLabelText('City'), 'London');
    await userEvent.type(screen.getByLabelText('Postal code'), 'SW1A 2AA');
    await userEvent.type(screen.getByLabelText(/Country/), 'gb');
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/n1')).toHaveLength(1));
    expect(body(fetch, 'POST', '/api/v1/account/addresses')).toEqual({ street: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' });
    FakeEventSource.last!.emit('command', { commandId: 'n1', status: 'SUCCEEDED' });
    expect(await screen.findByText('Added 10 Downing Street, London.')).toBeInTheDocument();
    expect(screen.getByLabelText('Street')).toHaveValue('');
  });

  it("shows an address's field errors beside the fields", async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me() }),
      'GET /api/v1/account': () => ({ status: 200, body: account('Grace', []) }),
      'POST /api/v1/account/addresses': () => ({
        status: 400, body: { title: 'Bad Request', status: 400, detail: 'The request is not valid.', errors: [{ field: 'country', message: 'must be an ISO 3166 two-letter country code' }] },
      }),
    });
    show();

    await userEvent.type(await screen.findByLabelText('Street'), 'Somewhere 1');
    await userEvent.type(screen.getByLabelText('City'), 'Atlantis');
    await userEvent.type(screen.getByLabelText('Postal code'), '00000');
    await userEvent.type(screen.getByLabelText(/Country/), 'XX');
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));

    expect(await screen.findByText('must be an ISO 3166 two-letter country code')).toBeInTheDocument();
    expect(screen.getByLabelText(/Country/)).toHaveAccessibleDescription('must be an ISO 3166 two-letter country code');
    expect(screen.getByLabelText(/Country/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Country/)).toHaveFocus();
    expect(screen.getByLabelText('Street')).toHaveValue('Somewhere 1');
  });

  it('says in words that the current password was wrong', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetch = fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me() }),
      'GET /api/v1/account': () => ({ status: 200, body: account() }),
      'PUT /api/v1/identity/password': accepted('w1'),
      'GET /api/v1/commands/w1': pending('w1'),
    });
    show();

    expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(/At least 8 and at most 128 characters/);
    await userEvent.type(screen.getByLabelText('Current password'), 'not my password');
    await userEvent.type(screen.getByLabelText('New password'), 'a brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const password = section('Change password');
    expect(within(password).getByRole('status')).toHaveTextContent('Changing your password…');
    await vi.waitFor(() => expect(calls(fetch, 'GET', '/api/v1/commands/w1')).toHaveLength(1));
    expect(body(fetch, 'PUT', '/api/v1/identity/password')).toEqual({ currentPassword: 'not my password', newPassword: 'a brand new password' });
    FakeEventSource.last!.emit('command', { commandId: 'w1', status: 'REJECTED', reason: 'INVALID_PASSWORD' });

    expect(await within(password).findByText('Your current password is not correct.')).toHaveAttribute('role', 'status');
  });

  it('offers a new link while the email address is not confirmed, and says Confirmed once the user view says so', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let confirmed = false;
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me(confirmed) }),
      'GET /api/v1/account': () => ({ status: 404, body: { title: 'Not Found', status: 404 } }),
    });
    show();

    expect(await screen.findByText('Not confirmed yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Send me a new link' })).toHaveAttribute('href', '/resend-confirmation');
    expect(await screen.findByText('No saved addresses yet.')).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Grace');

    confirmed = true;
    FakeEventSource.last!.emit('projection', { view: 'identity.Users', id: 'u1', version: 2 });
    expect(await screen.findByText('Confirmed')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Send me a new link' })).not.toBeInTheDocument();
  });
});
