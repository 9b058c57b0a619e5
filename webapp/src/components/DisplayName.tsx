import { ACCOUNT_VIEW, myAccount } from '../api/account';
import { useLive } from '../api/live';
import type { Me } from '../api/session';

/**
 * The name the header greets with. Identity's user view keeps the name given at registration; the account's
 * profile is where a user changes it, so its first name wins once the account view has one, and it follows
 * the account view's updates on the stream. Without an account view yet, identity's name stands.
 */
export function DisplayName({ me }: { me: Me }) {
  const [account] = useLive(`display-name/${me.userId}`, myAccount, { refreshOn: (event) => event.view === ACCOUNT_VIEW });
  const firstName = account.state === 'loaded' ? account.value.profile?.firstName : undefined;
  return <>{firstName || me.firstName || me.email}</>;
}
