import { api } from './client';
import { perform } from './commands';
import { Address, codeToWords } from './shop';

/** The signed-in user's account (API.md): profile and saved addresses, and their notifications. */

export interface SavedAddress extends Address {
  addressId: string;
}

export interface AccountView {
  accountId: string;
  profile: { firstName: string; lastName: string } | null;
  addresses: SavedAddress[];
}

export interface Notification {
  notificationId: string;
  subject: string;
  sentAt: string | null;
  status: string;
}

/** The views account-query and communication-query announce on the event stream when they change. */
export const ACCOUNT_VIEW = 'account.Accounts';
export const NOTIFICATIONS_VIEW = 'communication.Notifications';

export const myAccount = () => api.get<AccountView>('/api/v1/account');
export const changeProfile = (firstName: string, lastName: string) => perform('PUT', '/api/v1/account/profile', { firstName, lastName });
export const addAddress = (address: Address) => perform('POST', '/api/v1/account/addresses', address);
export const deleteAddress = (addressId: string) => perform('DELETE', `/api/v1/account/addresses/${encodeURIComponent(addressId)}`);

export const notifications = () => api.get<Notification[]>('/api/v1/notifications');

const NOTIFICATION_WORDS: Record<string, string> = {
  PENDING: 'Being sent',
  RETRYING: 'Not delivered yet, trying again',
  SENT: 'Sent',
  FAILED: 'Could not be delivered',
};

export const notificationStatusWords = (status: string) => NOTIFICATION_WORDS[status] ?? codeToWords(status);

/** A moment as people read it, in their own language and time zone: "26 November 2026 at 10:35". */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return 'Not sent yet';
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return 'Unknown time';
  return when.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}
