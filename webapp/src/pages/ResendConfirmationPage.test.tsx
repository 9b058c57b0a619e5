import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, fakeFetch } from '../test-fakes';
import { ResendConfirmationPage } from './ResendConfirmationPage';

function show() {
  render(
    <MemoryRouter initialEntries={['/resend-confirmation']}>
      <ResendConfirmationPage />
    </MemoryRouter>,
  );
}

describe('the page that sends the confirmation link again', () => {
  it('asks for a new link and says it is on its way without saying whether the address has an account', async () => {
    vi.stubGlobal('EventSource', undefined);
    const fetch = fakeFetch({ 'POST /api/v1/identity/email-confirmation-requests': () => ({ status: 202 }) });
    show();

    await userEvent.type(screen.getByLabelText('Email'), 'grace@example.test');
    await userEvent.click(screen.getByRole('button', { name: 'Send a new link' }));

    expect(await screen.findByText(/a new link is on its way/)).toHaveAttribute('role', 'status');
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/v1/identity/email-confirmation-requests')[0][1]!.body))).toEqual({ email: 'grace@example.test' });
  });

  it('shows the field error beside the email field', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({
      'POST /api/v1/identity/email-confirmation-requests': () => ({
        status: 400, body: { title: 'Bad Request', status: 400, errors: [{ field: 'email', message: 'must be a well-formed email address' }] },
      }),
    });
    show();

    await userEvent.type(screen.getByLabelText('Email'), 'grace@example.test');
    await userEvent.click(screen.getByRole('button', { name: 'Send a new link' }));

    expect(await screen.findByText('must be a well-formed email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('must be a well-formed email address');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });
});
