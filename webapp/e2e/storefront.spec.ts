import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshots, widths } from './support';

// The storefront served by the gateway of the running launcher: the seeded demo catalog, its search, a product
// page; each page accessible (axe: no serious or critical violation) at desktop and phone width, without
// horizontal scrolling on the phone. Screenshots go to SCREENSHOT_DIR (the launcher's target/screenshots).

test('the catalog page becomes interactive and shows the seeded demo items', async ({ page }) => {
  const started = Date.now();
  await page.goto('/');
  // The grid is sorted by name: the first page of 12 holds the candle, the mug is on the second.
  await expect(page.getByRole('link', { name: 'Cedar candle' })).toBeVisible({ timeout: 30_000 });
  const interactive = Date.now() - started;
  console.log(`catalog page interactive within ${interactive} ms`);

  await expect(page.getByRole('banner')).toContainText('EventualShop');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/oauth2/authorization/eventualshop');
  await expect(page.getByText('€18.50').first()).toBeVisible();

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('link', { name: 'Stoneware mug' })).toBeVisible();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  expect(page.url()).toContain('page=1');
});

test('a person signs in and out from the storefront header', async ({ page, baseURL }) => {
  const email = process.env.ADMIN_EMAIL ?? '';
  expect(email, 'ADMIN_EMAIL').not.toBe('');
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', process.env.ADMIN_PASSWORD ?? '');
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.origin === new URL(baseURL!).origin);
  await expect(page.getByRole('banner')).toContainText('Signed in as');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible({ timeout: 15_000 });
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status), 'the gateway session is over').toBe(401);
  await page.goto('/oauth2/authorization/eventualshop');
  await expect(page.locator('input[name="password"]'), "Identity's session is over too").toBeVisible();
});

for (const viewport of widths) {
  test(`the catalog search narrows the items and a product page opens (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto('/catalog');
    const grid = page.getByRole('list', { name: 'Catalog items' });
    await expect(grid.getByRole('link', { name: 'Cedar candle' })).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, `catalog (${viewport.name})`);
    if (viewport.width <= 375) await expectNoHorizontalScroll(page, `catalog (${viewport.name})`);
    await page.screenshot({ path: `${screenshots}/catalog-${viewport.name}.png`, fullPage: true });

    await page.getByLabel('Search the catalog').fill('mug');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(grid.getByRole('link', { name: 'Enamel camp mug' })).toBeVisible();
    await expect(grid.getByRole('link', { name: 'Stoneware mug' })).toBeVisible();
    await expect(grid.getByRole('link', { name: 'Cedar candle' })).toHaveCount(0);
    expect(page.url()).toContain('query=mug');
    await page.screenshot({ path: `${screenshots}/catalog-search-${viewport.name}.png`, fullPage: true });

    await grid.getByRole('link', { name: 'Stoneware mug' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Stoneware mug' })).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(/^\/products\/[0-9a-f-]{36}$/);
    await expect(page.getByText('A 350 ml stoneware mug')).toBeVisible();
    await expectAccessible(page, `product (${viewport.name})`);
    if (viewport.width <= 375) await expectNoHorizontalScroll(page, `product (${viewport.name})`);
    await page.screenshot({ path: `${screenshots}/product-${viewport.name}.png`, fullPage: true });

    // A client route opened directly (a bookmark, a reload) gets the same page from the gateway.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Stoneware mug' })).toBeVisible();
  });
}
