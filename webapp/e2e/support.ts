import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, expect, Page } from '@playwright/test';

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
