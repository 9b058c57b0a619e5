import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { PASSWORD_HINT, PASSWORD_MAX, PASSWORD_MIN, register, Registration } from '../api/identity';
import { Field, useFormTask } from '../components/Field';
import { TaskStatus } from '../components/TaskStatus';

const EMPTY: Registration = { firstName: '', lastName: '', email: '', password: '' };

/**
 * Creating an account. The shop answers the same whether or not the address is taken (no one can learn who has an
 * account), so the page always says to check the mail; shape errors come back as words beside their fields.
 */
export function RegisterPage() {
  const [form, setForm] = useState<Registration>(EMPTY);
  const { form: formElement, task, errors, submit: send } = useFormTask();
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);

  const set = (field: keyof Registration) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    void send('Creating your account…', async () => {
      await register(form);
      setSentTo(form.email);
      return `Thank you. Please check your mail: we sent a message to ${form.email} with a link to confirm your address.`;
    });
  }

  if (sentTo) {
    return (
      <section aria-labelledby="register-title">
        <h1 id="register-title">Check your mail</h1>
        <TaskStatus task={task} />
        <p>
          Open the link in the mail to confirm your address, then sign in. No mail after a few minutes?{' '}
          <Link to="/resend-confirmation">Send the link again</Link>.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="register-title">
      <h1 id="register-title">Create an account</h1>
      <form ref={formElement} className="form" onSubmit={submit}>
        <Field id="register-firstName" label="First name" autoComplete="given-name" required maxLength={100}
          value={form.firstName} onChange={set('firstName')} error={errors.firstName} />
        <Field id="register-lastName" label="Last name" autoComplete="family-name" required maxLength={100}
          value={form.lastName} onChange={set('lastName')} error={errors.lastName} />
        <Field id="register-email" label="Email" type="email" autoComplete="email" required maxLength={254}
          value={form.email} onChange={set('email')} error={errors.email} />
        <Field id="register-password" label="Password" type="password" autoComplete="new-password" required
          minLength={PASSWORD_MIN} maxLength={PASSWORD_MAX} hint={PASSWORD_HINT}
          value={form.password} onChange={set('password')} error={errors.password} />
        <button type="submit" disabled={task.state === 'pending'}>
          Register
        </button>
        <TaskStatus task={task} />
      </form>
      <p>
        Registered already but the link expired? <Link to="/resend-confirmation">Ask for a new link</Link>.
      </p>
    </section>
  );
}
