import { expect, test } from '@playwright/test';
import { expectEmailConfirmed, newcomer, register, signIn, snap } from './support';

// A confirmed user looks after their account in the browser: changes the profile's name (the header follows),
// adds an address and deletes it, is told in words that a wrong current password is wrong, changes the
// password, signs out and back in with the new one, and finds the confirmation mail on /notifications.
// Each page: axe and no sideways scrolling at desktop and phone width, screenshots into SCREENSHOT_DIR.

test('a confirmed user changes name, addresses and password, and sees their notifications', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const email = newcomer('account');
  const password = 'an account journey password';
  const newPassword = 'a newer account journey password';
  await page.goto(await register(request, email, password, 'Ada', 'Lovelace'));
  await expect(page.getByRole('status')).toContainText('You can sign in now');
  await signIn(page, baseURL!, email, password);
  await expectEmailConfirmed(page);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  const emailSection = page.getByRole('region', { name: 'Email' });
  await expect(emailSection).toContainText(email);
  await expect(emailSection).toContainText('Confirmed');

  // The profile's name; the header follows the account view.
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByLabel('First name')).toHaveValue('Ada', { timeout: 15_000 });
  await snap(page, 'account');
  await profile.getByLabel('First name').fill('Augusta');
  await profile.getByRole('button', { name: 'Save name' }).click();
  await expect(profile.getByRole('status')).toHaveText('Your name is saved.', { timeout: 30_000 });
  await expect(page.getByRole('banner')).toContainText('Signed in as Augusta', { timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Signed in as Augusta', { timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Profile' }).getByLabel('First name')).toHaveValue('Augusta');

  // An address added, then deleted.
  const addresses = page.getByRole('region', { name: 'Saved addresses' });
  await addresses.getByLabel('Street').fill('12 St James Square');
  await addresses.getByLabel('City').fill('London');
  await addresses.getByLabel('Postal code').fill('SW1Y 4JH');
  await addresses.getByLabel('Country').fill('GB');
  await addresses.getByRole('button', { name: 'Add address' }).click();
  await expect(addresses.getByRole('status')).toHaveText('Added 12 St James Square, London.', { timeout: 30_000 });
  const saved = addresses.getByRole('list', { name: 'Saved addresses' });
  await expect(saved.getByText('12 St James Square, SW1Y 4JH London, GB')).toBeVisible({ timeout: 30_000 });
  await snap(page, 'account-address');
  await saved.getByRole('button', { name: 'Delete 12 St James Square, SW1Y 4JH London, GB' }).click();
  await expect(addresses.getByRole('status')).toHaveText('Deleted 12 St James Square, SW1Y 4JH London, GB.', { timeout: 30_000 });
  await expect(addresses.getByText('No saved addresses yet.')).toBeVisible({ timeout: 30_000 });

  // A wrong current password is refused in words; the right one changes it.
  const passwords = page.getByRole('region', { name: 'Change password' });
  await passwords.getByLabel('Current password').fill('not the password');
  await passwords.getByLabel('New password').fill(newPassword);
  await passwords.getByRole('button', { name: 'Change password' }).click();
  await expect(passwords.getByRole('status')).toHaveText('Your current password is not correct.', { timeout: 30_000 });
  await snap(page, 'account-password-rejected');
  await passwords.getByLabel('Current password').fill(password);
  await passwords.getByLabel('New password').fill(newPassword);
  await passwords.getByRole('button', { name: 'Change password' }).click();
  await expect(passwords.getByRole('status')).toContainText('Your password is changed.', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible({ timeout: 15_000 });
  await signIn(page, baseURL!, email, newPassword);
  await expect(page.getByRole('banner')).toContainText('Signed in as Augusta', { timeout: 15_000 });

  // The confirmation mail is listed among the notifications.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Notifications' });
  await expect(list.getByText('Confirm your EventualShop address')).toBeVisible({ timeout: 30_000 });
  await expect(list.getByRole('listitem').first()).toContainText(/Sent|Being sent/);
  await snap(page, 'notifications');
});

test('a signed-out visitor is asked to sign in on the account and notifications pages', async ({ page }) => {
  for (const [path, title] of [['/account', 'Your account'], ['/notifications', 'Notifications']]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/oauth2/authorization/eventualshop');
  }
  await snap(page, 'notifications-signed-out');
});
