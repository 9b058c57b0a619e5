import { FormEvent, useState } from 'react';
import { requestConfirmation } from '../api/identity';
import { Field, useFormTask } from '../components/Field';
import { TaskStatus } from '../components/TaskStatus';

/** Asks for a new confirmation link; the answer never says whether the address has an account. */
export function ResendConfirmationPage() {
  const [email, setEmail] = useState('');
  const { form, task, errors, submit: send } = useFormTask();

  function submit(event: FormEvent) {
    event.preventDefault();
    const to = email;
    void send('Sending…', async () => {
      await requestConfirmation(to);
      return `If ${to} has an account that is not confirmed yet, a new link is on its way. Please check your mail.`;
    });
  }

  return (
    <section aria-labelledby="resend-title">
      <h1 id="resend-title">Send the confirmation link again</h1>
      <p>Only the newest link works: a new one replaces any link we sent before.</p>
      <form ref={form} className="form" onSubmit={submit}>
        <Field id="resend-email" label="Email" type="email" autoComplete="email" required maxLength={254}
          value={email} onChange={(event) => setEmail(event.target.value)} error={errors.email} />
        <button type="submit" disabled={task.state === 'pending'}>
          Send a new link
        </button>
        <TaskStatus task={task} />
      </form>
    </section>
  );
}
