import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { FakeEventSource, fakeFetch } from '../test-fakes';
import { NotificationsPage } from './NotificationsPage';

const me = { userId: 'u1', email: 'grace@example.test', firstName: 'Grace', lastName: 'Hopper', emailConfirmed: true, roles: ['CUSTOMER'] };

function show() {
  render(
    <MemoryRouter initialEntries={['/notifications']}>
      <NotificationsPage />
    </MemoryRouter>,
  );
}

describe('the notifications page', () => {
  it('lists the mail newest first with subject, when it was sent for humans and its status in words, and refreshes live', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let list = [
      { notificationId: 'n2', subject: 'Your order is confirmed', sentAt: null, status: 'RETRYING' },
      { notificationId: 'n1', subject: 'Confirm your email', sentAt: '2026-11-26T10:35:00Z', status: 'SENT' },
    ];
    fakeFetch({
      'GET /api/v1/me': () => ({ status: 200, body: me }),
      'GET /api/v1/notifications': () => ({ status: 200, body: list }),
    });
    show();

    const items = within(await screen.findByRole('list', { name: 'Notifications' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Your order is confirmed'),
      expect.stringContaining('Confirm your email'),
    ]);
    expect(items[0]).toHaveTextContent('Not sent yet');
    expect(items[0]).toHaveTextContent('Not delivered yet, trying again');
    const sent = within(items[1]).getByText((_, element) => element?.tagName === 'TIME');
    expect(sent).toHaveAttribute('dateTime', '2026-11-26T10:35:00Z');
    expect(sent.textContent).toMatch(/2026/);
    expect(sent.textContent).not.toContain('T10:35');
    expect(items[1]).toHaveTextContent('Sent');

    list = [{ ...list[0], sentAt: '2026-11-26T10:40:00Z', status: 'SENT' }, list[1]];
    FakeEventSource.last!.emit('projection', { view: 'communication.Notifications', id: 'n2', version: 3 });
    await vi.waitFor(() => expect(screen.queryByText('Not delivered yet, trying again')).not.toBeInTheDocument());
  });

  it('says so when there is no mail yet', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({ 'GET /api/v1/me': () => ({ status: 200, body: me }), 'GET /api/v1/notifications': () => ({ status: 200, body: [] }) });

    show();

    expect(await screen.findByText(/No notifications yet/)).toBeInTheDocument();
  });

  it('asks a signed-out visitor to sign in', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({ 'GET /api/v1/me': () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } }) });

    show();

    expect(await screen.findByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/oauth2/authorization/eventualshop');
  });

  it('says in words when the notifications cannot be loaded', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({ 'GET /api/v1/me': () => ({ status: 200, body: me }), 'GET /api/v1/notifications': () => ({ status: 503, body: { title: 'Service Unavailable', status: 503 } }) });

    show();

    expect(await screen.findByRole('alert')).toHaveTextContent('Your notifications could not be loaded: Service Unavailable');
  });
});
