import { expect, test } from '@playwright/test';
import { expectEmailConfirmed, register, signIn } from './support';

// A newcomer's path in the browser: register, open the confirmation link from the mail (local mode's
// /dev/mail), sign in through the BFF with the new account and see the confirmed address in /api/v1/me.
test('a newcomer registers, confirms from the mail link and signs in through the browser', async ({ page, request, baseURL }) => {
  const email = `browser-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const password = 'a browser journey password';

  const link = await register(request, email, password, 'Grace', 'Hopper');

  await page.goto(link);
  await expect(page.getByRole('status')).toContainText('You can sign in now');
  expect(page.url(), 'the token leaves the address bar').not.toContain('token=');

  await signIn(page, baseURL!, email, password);
  await expectEmailConfirmed(page);
});
