import { useEffect, useState } from 'react';
import { ACCOUNT_VIEW, myAccount } from '../api/account';
import { subscribe } from '../api/events';
import type { Me } from '../api/session';

/**
 * The name the header greets with. Identity's user view keeps the name given at registration; the account's
 * profile is where a user changes it, so its first name wins once the account view has one, and it follows
 * the account view's updates on the stream.
 */
export function DisplayName({ me }: { me: Me }) {
  const [firstName, setFirstName] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const load = () =>
      myAccount()
        .then((account) => current && setFirstName(account.profile?.firstName || undefined))
        .catch(() => undefined); // no account view yet: identity's name stands
    load();
    const unsubscribe = subscribe((event) => event.kind === 'projection' && event.data.view === ACCOUNT_VIEW && load());
    return () => {
      current = false;
      unsubscribe();
    };
  }, [me.userId]);
  return <>{firstName || me.firstName || me.email}</>;
}
