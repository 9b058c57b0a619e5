import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { confirmEmail, SIGN_IN } from '../api/identity';
import { useTask } from '../api/task';
import { TaskStatus } from '../components/TaskStatus';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Where the confirmation mail's link lands: `/confirm-email?userId=...&token=...`. The token leaves the address bar
 * (and so the history, and any later Referer) before anything else happens, then goes to Identity once. The
 * outcome is decided later and cannot be shown to a visitor without a session, so the page says it is on its way.
 */
export function ConfirmEmailPage() {
  const [task, run] = useTask();
  const [outcome, setOutcome] = useState<'pending' | 'sent' | 'incomplete' | 'refused'>('pending');
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // StrictMode mounts twice in development; the link is used once
    started.current = true;
    const query = new URLSearchParams(window.location.search);
    const userId = query.get('userId') ?? '';
    const token = query.get('token') ?? '';
    window.history.replaceState(window.history.state, '', window.location.pathname);
    if (!UUID.test(userId) || !token) {
      setOutcome('incomplete');
      return;
    }
    void run('Confirming your address…', async () => {
      try {
        await confirmEmail(userId, token);
      } catch (error) {
        setOutcome('refused');
        throw new Error(`This link could not be used: ${(error as Error).message} Please ask for a new link.`);
      }
      setOutcome('sent');
      return 'Thank you: your confirmation is on its way. You can sign in now.';
    });
  }, [run]);

  return (
    <section aria-labelledby="confirm-title">
      <h1 id="confirm-title">Confirm your address</h1>
      {outcome === 'incomplete' ? (
        <p role="status" className="task rejected">
          This link is incomplete. Open the link from the mail again, or ask for a new one.
        </p>
      ) : (
        <TaskStatus task={task} />
      )}
      {outcome === 'sent' && (
        <p>
          <a className="button" href={SIGN_IN}>
            Sign in
          </a>
        </p>
      )}
      {outcome !== 'pending' && (
        <p>
          {outcome === 'sent' ? 'Still not confirmed once you are signed in? ' : ''}
          <Link to="/resend-confirmation">Send me a new confirmation link</Link>.
        </p>
      )}
    </section>
  );
}
