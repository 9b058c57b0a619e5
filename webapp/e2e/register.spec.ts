import { expect, test } from '@playwright/test';

// A newcomer's path in the browser: register, open the confirmation link from the mail (local mode's
// /dev/mail), sign in through the BFF with the new account and see the confirmed address in /api/v1/me.
test('a newcomer registers, confirms from the mail link and signs in through the browser', async ({ page, request, baseURL }) => {
  const email = `browser-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const password = 'a browser journey password';

  const registered = await request.post('/api/v1/identity/users', {
    data: { email, password, firstName: 'Grace', lastName: 'Hopper' },
  });
  expect(registered.status()).toBe(202);

  let link = '';
  await expect
    .poll(async () => {
      const mail = await (await request.get(`/dev/mail?to=${encodeURIComponent(email)}`)).json();
      link = mail.length ? mail[0].links.find((l: string) => l.includes('/confirm-email?')) ?? '' : '';
      return link;
    }, { timeout: 30_000 })
    .toContain('/confirm-email?');

  await page.goto(link);
  await expect(page.getByRole('status')).toContainText('You can sign in now');
  expect(page.url(), 'the token leaves the address bar').not.toContain('token=');

  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.origin === new URL(baseURL!).origin);

  await expect
    .poll(async () => page.evaluate(async () => {
      const response = await fetch('/api/v1/me');
      return response.status === 200 ? (await response.json()).emailConfirmed : false;
    }), { timeout: 30_000 })
    .toBe(true);
});
