import { api } from './client';
import { perform } from './commands';

/**
 * Identity's commands (API.md). Registering, confirming and asking for a new link are sent without a session and
 * answer a bare 202 with nothing to follow (registration says the same whether or not the address is taken), so
 * they are plain requests; changing the password is a command followed to its outcome like any other.
 */

/** Identity's rules for a password (its Register and ChangePassword requests): 8 to 128 characters. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} and at most ${PASSWORD_MAX} characters. A few words you will remember make a good password.`;

export const USERS_VIEW = 'identity.Users';

export interface Registration {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

export const register = (registration: Registration) => api.post<void>('/api/v1/identity/users', registration);

export const confirmEmail = (userId: string, token: string) =>
  api.post<void>(`/api/v1/identity/users/${encodeURIComponent(userId)}/email-confirmation`, { token });

export const requestConfirmation = (email: string) => api.post<void>('/api/v1/identity/email-confirmation-requests', { email });

export const changePassword = (currentPassword: string, newPassword: string) =>
  perform('PUT', '/api/v1/identity/password', { currentPassword, newPassword });

/** The sign-in entry point of the gateway's BFF (a navigation, not a fetch). */
export const SIGN_IN = '/oauth2/authorization/eventualshop';
