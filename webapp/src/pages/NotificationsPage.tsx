import { formatWhen, Notification, notifications, NOTIFICATIONS_VIEW, notificationStatusWords } from '../api/account';
import { useLive } from '../api/live';
import { useMe } from '../api/session';
import { SignInPrompt } from '../components/SignInPrompt';
import { LoadNotice } from '../components/LoadNotice';

/** The mail the shop sent the signed-in user, newest first, updated as deliveries happen. */
export function NotificationsPage() {
  const me = useMe();
  if (me === undefined) return <p className="muted">Loading…</p>;
  if (me === null) return <SignInPrompt title="Notifications" what="the mail we sent you" />;
  return <Notifications />;
}

function Notifications() {
  const [load] = useLive<Notification[]>('notifications', notifications, {
    refreshOn: (event) => event.view === NOTIFICATIONS_VIEW,
  });
  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title">Notifications</h1>
      <LoadNotice load={load} what="your notifications" />
      {load.state === 'loaded' && load.value.length === 0 && <p>No notifications yet. The mail we send you will be listed here.</p>}
      {load.state === 'loaded' && load.value.length > 0 && (
        <ul className="lines" aria-label="Notifications">
          {load.value.map((n) => (
            <li key={n.notificationId} className="line">
              <span className="line-name">{n.subject}</span>
              {n.sentAt ? <time dateTime={n.sentAt}>{formatWhen(n.sentAt)}</time> : <span>{formatWhen(null)}</span>}
              <span>{notificationStatusWords(n.status)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
