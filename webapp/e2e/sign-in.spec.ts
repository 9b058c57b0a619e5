import { expect, Page, test } from '@playwright/test';

// The browser path of the BFF (API.md "Authentication"): sign in through the gateway with Identity's login
// form, call the API with the HttpOnly session cookie, send a CSRF-protected command, log out of both sessions.
// The launcher's BrowserJourneyIT passes the admin's generated credentials.
const email = process.env.ADMIN_EMAIL ?? '';
const password = process.env.ADMIN_PASSWORD ?? '';

async function xsrfToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN');
  expect(cookie, 'the gateway issues its CSRF token in the XSRF-TOKEN cookie').toBeTruthy();
  return cookie!.value;
}

async function api(page: Page, method: string, path: string, body?: object, csrf?: string) {
  return page.evaluate(
    async ({ method, path, body, csrf }) => {
      const headers: Record<string, string> = {};
      if (body) headers['Content-Type'] = 'application/json';
      if (csrf) headers['X-XSRF-TOKEN'] = csrf;
      const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
      return { status: response.status, location: response.headers.get('Location'), text: await response.text() };
    },
    { method, path, body, csrf },
  );
}

test('a person signs in through the BFF, uses the API with the session, sends a CSRF-protected command and logs out', async ({ page, baseURL }) => {
  expect(email, 'ADMIN_EMAIL').not.toBe('');

  await page.goto('/oauth2/authorization/eventualshop');
  await expect(page.locator('input[name="username"]'), "Identity's login form").toBeVisible();
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.origin === new URL(baseURL!).origin);

  const session = (await page.context().cookies(baseURL)).find((c) => c.name === 'GATEWAYSESSION');
  expect(session?.httpOnly, 'the session cookie is HttpOnly').toBe(true);
  const me = await api(page, 'GET', '/api/v1/me');
  expect(me.status, me.text).toBe(200);
  expect(JSON.parse(me.text).email).toBe(email);
  expect(JSON.parse(me.text).roles).toContain('ADMIN');

  // A wrong current password: the command is accepted and later rejected, so the admin's password stays.
  const change = { currentPassword: 'not-the-password-1', newPassword: 'never-applied-2' };
  const forged = await api(page, 'PUT', '/api/v1/identity/password', change);
  expect(forged.status, 'without the CSRF header').toBe(403);
  const sent = await api(page, 'PUT', '/api/v1/identity/password', change, await xsrfToken(page));
  expect(sent.status, sent.text).toBe(202);
  expect(sent.location).toMatch(/^\/api\/v1\/commands\/[0-9a-f-]{36}$/);
  await expect
    .poll(async () => JSON.parse((await api(page, 'GET', sent.location!)).text).status, { timeout: 30_000 })
    .toBe('REJECTED');

  // Logging out is a navigation, so the browser follows the gateway to Identity's end-session endpoint and back.
  const csrf = await xsrfToken(page);
  await page.route('**/logout', (route) => route.continue({ headers: { ...route.request().headers(), 'x-xsrf-token': csrf } }));
  const loggedOut = page.waitForResponse((r) => r.url() === `${baseURL}/logout` && r.request().method() === 'POST');
  const backHome = page.waitForRequest((r) => r.url() === `${baseURL}/` && r.isNavigationRequest());
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = '/logout';
    document.body.appendChild(form);
    form.submit();
  });
  const logout = await loggedOut;
  expect(logout.status(), 'the gateway hands over to Identity').toBe(302);
  expect(logout.headers()['location'], "Identity's end-session endpoint").toContain('/connect/logout');
  await backHome;
  await page.waitForLoadState('load');
  await page.unroute('**/logout');

  expect((await api(page, 'GET', '/api/v1/me')).status, 'the gateway session is over').toBe(401);
  await page.goto('/oauth2/authorization/eventualshop');
  await expect(page.locator('input[name="password"]'), "Identity's session is over too: it asks again").toBeVisible();
});
