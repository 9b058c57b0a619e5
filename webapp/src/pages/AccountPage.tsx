import { FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ACCOUNT_VIEW, AccountView, addAddress, changeProfile, deleteAddress, myAccount } from '../api/account';
import { api, ApiError } from '../api/client';
import { changePassword, PASSWORD_HINT, PASSWORD_MAX, PASSWORD_MIN, USERS_VIEW } from '../api/identity';
import { useLive } from '../api/live';
import { Me, useMe } from '../api/session';
import type { Address } from '../api/shop';
import { Field, useFormTask } from '../components/Field';
import { SignInPrompt } from '../components/SignInPrompt';
import { TaskStatus } from '../components/TaskStatus';
import { LoadNotice } from '../components/LoadNotice';

const NO_ACCOUNT: AccountView = { accountId: '', profile: null, addresses: [] };

/** The account view; a 404 means account-query has not built it yet, which reads as an empty account. */
const loadAccount = () =>
  myAccount().catch((error) => {
    if (error instanceof ApiError && error.status === 404) return NO_ACCOUNT;
    throw error;
  });

/** The signed-in user's own page: profile, saved addresses, password, and the email address's state. */
export function AccountPage() {
  const me = useMe();
  if (me === undefined) return <p className="muted">Loading…</p>;
  if (me === null) return <SignInPrompt title="Your account" what="your account" />;
  return <Account me={me} />;
}

function Account({ me }: { me: Me }) {
  const [load] = useLive<AccountView>('account', loadAccount, { refreshOn: (event) => event.view === ACCOUNT_VIEW });
  return (
    <section aria-labelledby="account-title" className="account-page">
      <h1 id="account-title">Your account</h1>
      <EmailSection me={me} />
      <LoadNotice load={load} what="your account" />
      {load.state === 'loaded' && (
        <>
          <ProfileSection account={load.value} me={me} />
          <AddressesSection account={load.value} />
        </>
      )}
      <PasswordSection />
    </section>
  );
}

/** The address and whether it is confirmed, from identity's user view, which the stream says when it changes. */
function EmailSection({ me: first }: { me: Me }) {
  const [load] = useLive<Me>('me', () => api.get<Me>('/api/v1/me'), { refreshOn: (event) => event.view === USERS_VIEW });
  const me = load.state === 'loaded' ? load.value : first;
  return (
    <section aria-labelledby="email-title" className="panel">
      <h2 id="email-title">Email</h2>
      <p>
        <strong>{me.email}</strong>{' '}
        {me.emailConfirmed ? (
          <span className="badge ok">Confirmed</span>
        ) : (
          <span className="badge warn">Not confirmed yet</span>
        )}
      </p>
      {!me.emailConfirmed && (
        <p>
          Open the link we mailed you to confirm it; you need a confirmed address to place orders.{' '}
          <Link to="/resend-confirmation">Send me a new link</Link>.
        </p>
      )}
    </section>
  );
}

function ProfileSection({ account, me }: { account: AccountView; me: Me }) {
  const saved = account.profile ?? { firstName: me.firstName, lastName: me.lastName };
  const [firstName, setFirstName] = useState(saved.firstName);
  const [lastName, setLastName] = useState(saved.lastName);
  const { form, task, errors, submit: send } = useFormTask();
  // A newer profile from the stream replaces the form's text unless the user is typing a change.
  const [shown, setShown] = useState(saved);
  useEffect(() => {
    if (saved.firstName === shown.firstName && saved.lastName === shown.lastName) return;
    if (firstName === shown.firstName && lastName === shown.lastName) {
      setFirstName(saved.firstName);
      setLastName(saved.lastName);
    }
    setShown(saved);
  }, [saved, shown, firstName, lastName]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void send('Saving your name…', async () => {
      await changeProfile(firstName.trim(), lastName.trim());
      return 'Your name is saved.';
    });
  }

  return (
    <section aria-labelledby="profile-title" className="panel">
      <h2 id="profile-title">Profile</h2>
      <form ref={form} onSubmit={submit}>
        <Field id="profile-firstName" label="First name" autoComplete="given-name" required maxLength={100}
          value={firstName} onChange={(event) => setFirstName(event.target.value)} error={errors.firstName} />
        <Field id="profile-lastName" label="Last name" autoComplete="family-name" required maxLength={100}
          value={lastName} onChange={(event) => setLastName(event.target.value)} error={errors.lastName} />
        <button type="submit" disabled={task.state === 'pending'}>
          Save name
        </button>
        <TaskStatus task={task} />
      </form>
    </section>
  );
}

const EMPTY_ADDRESS: Address = { street: '', city: '', postalCode: '', country: '' };
const ADDRESS_FIELDS: [keyof Address, string, string][] = [
  ['street', 'Street', 'street-address'],
  ['city', 'City', 'address-level2'],
  ['postalCode', 'Postal code', 'postal-code'],
  ['country', 'Country (two-letter code, e.g. FR)', 'country'],
];

function AddressesSection({ account }: { account: AccountView }) {
  const [address, setAddress] = useState<Address>(EMPTY_ADDRESS);
  const { form, task, errors, submit: send } = useFormTask();
  const addresses = account.addresses ?? [];

  function add(event: FormEvent) {
    event.preventDefault();
    const adding = address;
    void send('Adding the address…', async () => {
      await addAddress(adding);
      setAddress(EMPTY_ADDRESS);
      return `Added ${adding.street}, ${adding.city}.`;
    });
  }

  function remove(id: string, label: string) {
    void send(`Deleting ${label}…`, async () => {
      await deleteAddress(id);
      return `Deleted ${label}.`;
    });
  }

  return (
    <section aria-labelledby="addresses-title" className="panel">
      <h2 id="addresses-title">Saved addresses</h2>
      {addresses.length === 0 ? (
        <p className="muted">No saved addresses yet.</p>
      ) : (
        <ul className="lines" aria-label="Saved addresses">
          {addresses.map((a) => {
            const label = `${a.street}, ${a.postalCode} ${a.city}, ${a.country}`;
            return (
              <li key={a.addressId} className="line">
                <span className="line-name">{label}</span>
                <button type="button" className="secondary" aria-label={`Delete ${label}`}
                  disabled={task.state === 'pending'} onClick={() => remove(a.addressId, label)}>
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <TaskStatus task={task} />
      <form ref={form} onSubmit={add} aria-labelledby="add-address-title">
        <h3 id="add-address-title">Add an address</h3>
        {ADDRESS_FIELDS.map(([field, label, autoComplete]) => (
          <Field key={field} id={`new-address-${field}`} label={label} autoComplete={autoComplete} required
            value={address[field]} error={errors[field]}
            // The gateway takes ISO 3166 two-letter country codes only (PostalAddress).
            {...(field === 'country' ? { maxLength: 2, pattern: '[A-Za-z]{2}' } : {})}
            onChange={(event) =>
              setAddress({ ...address, [field]: field === 'country' ? event.target.value.toUpperCase() : event.target.value })
            }
          />
        ))}
        <button type="submit" disabled={task.state === 'pending'}>
          Add address
        </button>
      </form>
    </section>
  );
}

function PasswordSection() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const { form, task, errors, submit: send } = useFormTask();

  function submit(event: FormEvent) {
    event.preventDefault();
    void send('Changing your password…', async () => {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      return 'Your password is changed. Use the new one next time you sign in.';
    });
  }

  return (
    <section aria-labelledby="password-title" className="panel">
      <h2 id="password-title">Change password</h2>
      <form ref={form} onSubmit={submit}>
        <Field id="password-current" label="Current password" type="password" autoComplete="current-password" required
          maxLength={PASSWORD_MAX} value={current} onChange={(event) => setCurrent(event.target.value)}
          error={errors.currentPassword} />
        <Field id="password-new" label="New password" type="password" autoComplete="new-password" required
          minLength={PASSWORD_MIN} maxLength={PASSWORD_MAX} hint={PASSWORD_HINT}
          value={next} onChange={(event) => setNext(event.target.value)} error={errors.newPassword} />
        <button type="submit" disabled={task.state === 'pending'}>
          Change password
        </button>
        <TaskStatus task={task} />
      </form>
    </section>
  );
}
