import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { calls, fakeFetch } from '../test-fakes';
import { RegisterPage } from './RegisterPage';

function show() {
  render(
    <MemoryRouter initialEntries={['/register']}>
      <RegisterPage />
    </MemoryRouter>,
  );
}

async function fillIn(password = 'correct horse battery') {
  await userEvent.type(screen.getByLabelText('First name'), 'Grace');
  await userEvent.type(screen.getByLabelText('Last name'), 'Hopper');
  await userEvent.type(screen.getByLabelText('Email'), 'grace@example.test');
  await userEvent.type(screen.getByLabelText('Password'), password);
}

describe('the registration page', () => {
  it("explains identity's password rules, registers and says to check the mail", async () => {
    vi.stubGlobal('EventSource', undefined);
    let answer: (value: { status: number }) => void = () => undefined;
    const fetch = fakeFetch({ 'POST /api/v1/identity/users': () => ({ status: 202 }) });
    fetch.mockImplementationOnce(() => new Promise((resolve) => (answer = ({ status }) => resolve(new Response(null, { status })))));
    show();

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/At least 8 and at most 128 characters/);
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(screen.getByRole('status')).toHaveTextContent('Creating your account…');
    expect(screen.getByRole('button', { name: 'Register' })).toBeDisabled();
    answer({ status: 202 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your mail' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Please check your mail: we sent a message to grace@example.test');
    expect(screen.getByRole('link', { name: 'Send the link again' })).toHaveAttribute('href', '/resend-confirmation');
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/v1/identity/users')[0][1]!.body))).toEqual({
      firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.test', password: 'correct horse battery',
    });
  });

  it("shows a 400's field errors in words beside their fields", async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({
      'POST /api/v1/identity/users': () => ({
        status: 400,
        body: { title: 'Bad Request', status: 400, detail: 'The request is not valid.', errors: [
          { field: 'password', message: 'size must be between 8 and 128' },
          { field: 'email', message: 'must be a well-formed email address' },
        ] },
      }),
    });
    show();
    await fillIn('longenough');

    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByText('size must be between 8 and 128')).toBeInTheDocument();
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/size must be between 8 and 128/);
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('must be a well-formed email address');
    expect(screen.getByLabelText('First name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Email'), 'the first field in error has the keyboard').toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('The request is not valid.');
    expect(screen.getByRole('status')).not.toHaveTextContent('{');
  });

  it('says in words when registrations are rate limited', async () => {
    vi.stubGlobal('EventSource', undefined);
    fakeFetch({ 'POST /api/v1/identity/users': () => ({ status: 429, body: { title: 'Too Many Requests', status: 429 } }) });
    show();
    await fillIn();

    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByText('Too Many Requests')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: 'Create an account' })).toBeInTheDocument();
  });
});
