import { expect, test } from '@playwright/test';
import { confirmationLink, expectEmailConfirmed, newcomer, register, registerInBrowser, signIn, snap } from './support';

// A newcomer's path in the browser: register through the storefront's /register form, open the confirmation
// link from the mail (local mode's /dev/mail) on the storefront's /confirm-email page, sign in through the BFF
// and see the confirmed address in /api/v1/me. Then the resend path: an unconfirmed user asks for a new link on
// /resend-confirmation, a second mail arrives, and its link confirms. Each page: axe and no sideways scrolling
// at desktop and phone width, screenshots into SCREENSHOT_DIR.

test('a newcomer registers in the browser, confirms from the mail link and signs in', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const email = newcomer('browser');
  const password = 'a browser journey password';

  await page.goto(await registerInBrowser(page, request, { email, password, firstName: 'Grace', lastName: 'Hopper' }, true));
  await expect(page.getByRole('status')).toContainText('You can sign in now');
  expect(page.url(), 'the token leaves the address bar').not.toContain('token=');
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/oauth2/authorization/eventualshop');
  await snap(page, 'confirm-email');

  await signIn(page, baseURL!, email, password);
  await expect(page.getByRole('banner')).toContainText('Signed in as Grace');
  await expectEmailConfirmed(page);
});

test('an unconfirmed user asks for a new link, gets a second mail and confirms with it', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const email = newcomer('resend');
  const password = 'a resend journey password';
  const first = await register(request, email, password, 'Katherine', 'Johnson');

  await page.goto('/confirm-email?userId=not-a-user');
  await expect(page.getByRole('status')).toContainText('This link is incomplete.');
  await page.getByRole('link', { name: 'Send me a new confirmation link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send the confirmation link again' })).toBeVisible();
  await snap(page, 'resend-confirmation');

  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send a new link' }).click();
  await expect(page.getByRole('status')).toContainText('a new link is on its way', { timeout: 15_000 });
  const second = await confirmationLink(request, email, 2);
  expect(second, 'a new link replaces the first').not.toBe(first);

  await page.goto(second);
  await expect(page.getByRole('status')).toContainText('You can sign in now');
  await signIn(page, baseURL!, email, password);
  await expectEmailConfirmed(page);
});
