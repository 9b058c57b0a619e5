import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calls, fakeFetch } from '../test-fakes';
import { ConfirmEmailPage } from './ConfirmEmailPage';

const USER = '3f1c6a0e-8b2d-4c1e-9a7f-0d5e6b4c3a21';

function open(search: string) {
  window.history.replaceState(null, '', `/confirm-email${search}`);
  render(
    <MemoryRouter initialEntries={[`/confirm-email${search}`]}>
      <ConfirmEmailPage />
    </MemoryRouter>,
  );
}

describe('the confirmation page', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('takes the token out of the address bar at once, sends it and offers to sign in', async () => {
    vi.stubGlobal('EventSource', undefined);
    const fetch = fakeFetch({ [`POST /api/v1/identity/users/${USER}/email-confirmation`]: () => ({ status: 202 }) });

    open(`?userId=${USER}&token=abc_DEF-123`);

    expect(window.location.search).toBe('');
    expect(window.location.pathname).toBe('/confirm-email');
    expect(await screen.findByText('Thank you: your confirmation is on its way. You can sign in now.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/oauth2/authorization/eventualshop');
    expect(screen.getByRole('link', { name: 'Send me a new confirmation link' })).toHaveAttribute('href', '/resend-confirmation');
    const sent = calls(fetch, 'POST', `/api/v1/identity/users/${USER}/email-confirmation`);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(String(sent[0][1]!.body))).toEqual({ token: 'abc_DEF-123' });
  });

  it('says an incomplete link is incomplete and sends nothing', async () => {
    vi.stubGlobal('EventSource', undefined);
    const fetch = fakeFetch({});

    open('?userId=not-a-user&token=');

    expect(await screen.findByRole('status')).toHaveTextContent('This link is incomplete.');
    expect(window.location.search).toBe('');
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Send me a new confirmation link' })).toBeInTheDocument();
  });

  it("says in words why a refused link could not be used", async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({
      [`POST /api/v1/identity/users/${USER}/email-confirmation`]: () => ({
        status: 400, body: { title: 'Bad Request', status: 400, detail: 'The request is not valid.', errors: [{ field: 'token', message: 'must not be blank' }] },
      }),
    });

    open(`?userId=${USER}&token=x`);

    const status = await screen.findByText(/This link could not be used/);
    expect(status).toHaveTextContent('This link could not be used: The request is not valid. token must not be blank. Please ask for a new link.');
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});
