import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, Browser, expect, Page } from '@playwright/test';

// What every browser journey checks on a page: axe-core finds no serious or critical violation, a phone-wide
// page does not scroll sideways. Screenshots go to SCREENSHOT_DIR (the launcher's target/screenshots).
export const screenshots = process.env.SCREENSHOT_DIR ?? 'target/screenshots';
export const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
];

export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), what).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: no horizontal scrolling`).toBeLessThanOrEqual(0);
}

/** Registers a newcomer through the API and returns the confirmation link of the mail local mode caught. */
export async function register(request: APIRequestContext, email: string, password: string, firstName: string, lastName: string) {
  const registered = await request.post('/api/v1/identity/users', { data: { email, password, firstName, lastName } });
  expect(registered.status()).toBe(202);
  return confirmationLink(request, email);
}

/**
 * Registers a newcomer through the storefront's /register form, from the header's Register link, and returns the
 * confirmation link of the mail local mode caught. Takes the form's screenshots when `photograph` is set.
 */
export async function registerInBrowser(page: Page, request: APIRequestContext, who: { email: string; password: string; firstName: string; lastName: string }, photograph = false) {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/At least 8 and at most 128 characters/);
  if (photograph) await snap(page, 'register');

  await page.getByLabel('First name').fill(who.firstName);
  await page.getByLabel('Last name').fill(who.lastName);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your mail' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status')).toContainText(`we sent a message to ${who.email}`);
  if (photograph) await snap(page, 'register-sent');
  return confirmationLink(request, who.email);
}

/** The confirmation link of the `nth` mail carrying one to `email` (1 = the first), once local mode caught it. */
export async function confirmationLink(request: APIRequestContext, email: string, nth = 1) {
  let links: string[] = [];
  await expect
    .poll(async () => {
      const mail: { links: string[] }[] = await (await request.get(`/dev/mail?to=${encodeURIComponent(email)}`)).json();
      links = mail.flatMap((m) => m.links.filter((l) => l.includes('/confirm-email?')).slice(0, 1));
      return links.length;
    }, { timeout: 30_000, message: `${nth} confirmation mail(s) to ${email}` })
    .toBeGreaterThanOrEqual(nth);
  return links[nth - 1];
}

/** A unique address for a journey's newcomer. */
export const newcomer = (who: string) => `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

/** Checks and photographs the page at desktop width, then at phone width, then goes back to desktop. */
export async function snap(page: Page, name: string) {
  for (const viewport of widths) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectAccessible(page, `${name} (${viewport.name})`);
    if (viewport.width <= 375) await expectNoHorizontalScroll(page, `${name} (${viewport.name})`);
    await page.screenshot({ path: `${screenshots}/${name}-${viewport.name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: widths[0].width, height: widths[0].height });
}

/** From the storefront header's "Sign in" link through Identity's login form and back to the shop. */
export async function signIn(page: Page, baseURL: string, email: string, password: string) {
  // The header's link: a page may offer its own (the confirmation page does).
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.origin === new URL(baseURL).origin);
}

/** Waits until the identity read model shows the signed-in user's email as confirmed. */
export async function expectEmailConfirmed(page: Page) {
  await expect
    .poll(async () => page.evaluate(async () => {
      const response = await fetch('/api/v1/me');
      return response.status === 200 ? (await response.json()).emailConfirmed : false;
    }), { timeout: 30_000 })
    .toBe(true);
}

/** The seeded admin, signed in on a page of its own. */
export async function signInAsAdmin(page: Page, baseURL: string) {
  const email = process.env.ADMIN_EMAIL ?? '';
  expect(email, 'ADMIN_EMAIL').not.toBe('');
  await page.goto('/');
  await signIn(page, baseURL, email, process.env.ADMIN_PASSWORD ?? '');
  await expect(page.getByRole('banner')).toContainText('Signed in as');
}

/** A newcomer in a browser context of its own: registered (API), confirmed from the mail's link, signed in. */
export async function newShopper(browser: Browser, request: APIRequestContext, baseURL: string, firstName: string) {
  const email = newcomer(firstName.toLowerCase());
  const password = `a ${firstName} journey password`;
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto(await register(request, email, password, firstName, 'Shopper'));
  await expect(page.getByRole('status')).toContainText('You can sign in now');
  await signIn(page, baseURL, email, password);
  await expect(page.getByRole('banner')).toContainText('Signed in as');
  await expectEmailConfirmed(page);
  return page;
}

/** Finds an item with the catalog's search box, opens its page and adds `quantity` of it to the cart. */
export async function addToCart(page: Page, query: string, name: string, quantity: number) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  await page.getByLabel('Search the catalog').fill(query);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL((url) => url.searchParams.get('query') === query);
  await page.getByRole('list', { name: 'Catalog items' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByLabel('Quantity').fill(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status')).toHaveText(`Added ${quantity} × ${name} to your cart.`, { timeout: 30_000 });
}

/** From the cart to the checkout page, with a new address filled in and `payWith` chosen. */
export async function checkout(page: Page, payWith: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cart' }).click();
  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  const newAddress = page.getByLabel('A new address');
  if (await newAddress.count()) await newAddress.check();
  await page.getByLabel('Street').fill('1 Rue de Rivoli');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Postal code').fill('75001');
  await page.getByLabel('Country').fill('FR');
  await page.getByLabel(payWith).check();
}
