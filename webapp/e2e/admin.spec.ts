import { expect, Page, test } from '@playwright/test';
import { addToCart, checkout, newShopper, signInAsAdmin, snap } from './support';

// An admin changes a price and activates an item; the shopper's catalog and cart show it. The admin (ADMIN_EMAIL)
// creates an item in the browser, receives and adjusts its stock and activates it; a shopper in a second browser
// context finds it by search and puts it in the cart; the admin changes its price, the shopper's open cart shows the
// new price without a reload and so does the product page; the shopper pays, the admin ships the order from Orders
// to ship, and the shopper's order page says Shipped; the admin deactivates the item again. Each admin page: axe and
// no sideways scrolling on a phone, screenshots at both widths.

// A step that hangs fails with its own message rather than the whole journey's timeout.
test.use({ actionTimeout: 30_000, navigationTimeout: 30_000 });

/** Reloads until `check` passes: the admin's views and the cart's prices are eventually consistent read models. */
async function eventually(page: Page, check: () => Promise<void>, timeout = 30_000) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout, intervals: [1000, 2000] });
}

test('an admin changes a price and activates an item; the shopper\'s catalog and cart show it', async ({ page, browser, request, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`.slice(-7);
  // Sorted by name after the seeded items, so the storefront's paging of the demo catalog is unchanged.
  const name = `Zephyr kettle ${stamp}`;

  await signInAsAdmin(page, baseURL!);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manage the catalog' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'All items' }).getByRole('listitem').first()).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Search all items').fill('mug');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('list', { name: 'All items' }).getByRole('link', { name: 'Stoneware mug' })).toBeVisible({ timeout: 15_000 });
  await snap(page, 'admin-catalog');

  const form = page.getByRole('region', { name: 'New item' });
  await expect(form).toContainText('A new item starts inactive');
  await form.getByRole('button', { name: 'Create item' }).click();
  await expect(form.getByLabel('SKU')).toHaveAccessibleDescription(/Enter a SKU/);
  await expect(form.getByLabel('SKU')).toBeFocused();
  await snap(page, 'admin-catalog-errors');
  await form.getByLabel('SKU').fill(`ZK-${stamp}`);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Description').fill('A stovetop kettle that whistles when the water boils.');
  await form.getByLabel('Price').fill('24.00');
  await form.getByLabel('Currency').fill('EUR');
  await form.getByRole('button', { name: 'Create item' }).click();

  await page.waitForURL(/\/admin\/catalog\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const productId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('item-status')).toHaveText('Inactive');

  // Warehouse opens the new item's stock when Catalog lists it; receive ten units.
  const stock = page.getByRole('region', { name: 'Stock' });
  await expect(stock.getByTestId('stock-on-hand')).toHaveText('0', { timeout: 30_000 });
  await stock.getByLabel('Quantity received').fill('10');
  await stock.getByRole('button', { name: 'Receive' }).click();
  await expect(stock.getByText('Received 10 units.')).toBeVisible({ timeout: 30_000 });
  await expect(stock.getByTestId('stock-available')).toHaveText('10', { timeout: 30_000 });
  await stock.getByLabel('Change in units').fill('-2');
  await stock.getByLabel('Reason').fill('dented in storage');
  await stock.getByRole('button', { name: 'Adjust' }).click();
  await expect(stock.getByText('Adjusted the stock by -2.')).toBeVisible({ timeout: 30_000 });
  await expect(stock.getByTestId('stock-on-hand')).toHaveText('8', { timeout: 30_000 });

  const visibility = page.getByRole('region', { name: 'Visibility' });
  await visibility.getByRole('button', { name: 'Activate' }).click();
  await expect(visibility.getByRole('status')).toHaveText(`${name} is active: shoppers can find and buy it.`, { timeout: 30_000 });
  await expect(page.getByTestId('item-status')).toHaveText('Active', { timeout: 30_000 });
  await snap(page, 'admin-item');

  // The shopper finds it by search and adds it to the cart at its price.
  const shopper = await newShopper(browser, request, baseURL!, 'Grace');
  await expect(async () => {
    await shopper.goto(`/catalog?query=${encodeURIComponent(name)}`);
    await expect(shopper.getByRole('list', { name: 'Catalog items' }).getByRole('link', { name })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await addToCart(shopper, name, name, 2);
  await shopper.goto('/cart');
  await expect(shopper.getByRole('list', { name: 'Cart lines' }).getByText('€24.00 each')).toBeVisible({ timeout: 15_000 });
  // A marker on the cart page's window: it survives only if the page updates without a reload.
  await shopper.evaluate(() => ((window as unknown as { journey: string }).journey = 'no reload'));

  // The admin changes the price; the shopper's cart and product page show the new one.
  const price = page.getByRole('region', { name: 'Price' });
  await price.getByLabel('New price').fill('19.50');
  await price.getByRole('button', { name: 'Change price' }).click();
  await expect(price.getByRole('status')).toHaveText('The price is now €19.50.', { timeout: 30_000 });
  await expect(page.getByTestId('item-price')).toHaveText('€19.50', { timeout: 30_000 });

  // The open cart follows the catalog's price over the event stream, without a reload.
  const lines = shopper.getByRole('list', { name: 'Cart lines' });
  await expect(lines.getByText('€19.50 each')).toBeVisible({ timeout: 30_000 });
  await expect(lines.getByText('Line total: €39.00')).toBeVisible();
  expect(await shopper.evaluate(() => (window as unknown as { journey?: string }).journey)).toBe('no reload');
  await shopper.goto(`/products/${productId}`);
  await eventually(shopper, () => expect(shopper.locator('.price')).toHaveText('€19.50', { timeout: 2000 }));

  // The shopper pays; the admin ships the order; the shopper's order page says so without a reload.
  await checkout(shopper, 'A card that pays');
  await shopper.getByRole('button', { name: 'Place order' }).click();
  await shopper.waitForURL(/\/orders\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const orderId = shopper.url().split('/').pop()!;
  await expect(shopper.getByTestId('order-status')).toHaveText('Confirmed', { timeout: 30_000 });

  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Orders to ship' }).click();
  const order = `Order ${orderId.slice(0, 8)}`;
  await eventually(page, () => expect(page.getByRole('list', { name: 'Orders to ship' }).getByRole('link', { name: order })).toBeVisible({ timeout: 2000 }));
  await snap(page, 'admin-orders');
  await page.getByRole('button', { name: `Ship ${order.replace('Order', 'order')}` }).click();
  await expect(page.getByText(`${order} has shipped.`)).toHaveAttribute('role', 'status', { timeout: 30_000 });
  await expect(page.getByRole('link', { name: order })).toHaveCount(0, { timeout: 30_000 });
  await expect(shopper.getByTestId('order-status')).toHaveText('Shipped', { timeout: 30_000 });

  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Stock' }).click();
  await expect(page.getByRole('table').getByRole('link', { name })).toBeVisible({ timeout: 15_000 });
  await snap(page, 'admin-stock');

  // The admin deactivates the item again: shoppers no longer find it, and the demo catalog is as seeded.
  await page.getByRole('table').getByRole('link', { name }).click();
  await page.getByRole('region', { name: 'Visibility' }).getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByTestId('item-status')).toHaveText('Inactive', { timeout: 30_000 });
  await shopper.goto(`/products/${productId}`);
  await eventually(shopper, () => expect(shopper.getByRole('heading', { level: 1, name: 'Product not available' })).toBeVisible({ timeout: 2000 }));

  // A shopper on an admin page reads that it is for administrators.
  await shopper.goto('/admin/catalog');
  await expect(shopper.getByRole('heading', { level: 1, name: 'For administrators only' })).toBeVisible();
  await expect(shopper.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await shopper.context().close();
});
