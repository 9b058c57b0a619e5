import { expect, test } from '@playwright/test';
import { addToCart, checkout, expectEmailConfirmed, newcomer, registerInBrowser, signIn, snap } from './support';

// A newcomer buys in the browser: register on the /register form, confirm from the /dev/mail link, sign in,
// search, add two items, check out with tok_visa and watch the order become CONFIRMED without a reload; then an order paid
// with tok_chargeDeclined is CANCELLED with the reason in words and Reorder opens a cart with its lines.
// The confirmed order is cancelled by the shopper in between, and its payment shows as refunded; the reordered
// cart is paid with tok_timeout and the order page shows the timeout's cancellation as the stream announces it.
// Cart, checkout and order pages: axe at desktop and phone width, screenshots of each into SCREENSHOT_DIR.

test('a newcomer buys with a card that pays and cancels it, then sees a declined order cancelled and reorders it', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const email = newcomer('buyer');
  const password = 'a checkout journey password';
  await page.goto(await registerInBrowser(page, request, { email, password, firstName: 'Ada', lastName: 'Lovelace' }));
  await expect(page.getByRole('status')).toContainText('You can sign in now');
  await signIn(page, baseURL!, email, password);
  await expect(page.getByRole('banner')).toContainText('Signed in as');
  await expectEmailConfirmed(page); // checkout needs a confirmed email

  await addToCart(page, 'mug', 'Stoneware mug', 2);
  await addToCart(page, 'mug', 'Enamel camp mug', 1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cart' }).click();
  const lines = page.getByRole('list', { name: 'Cart lines' });
  await expect(lines.getByText('Stoneware mug', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(lines.getByText('Enamel camp mug', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(lines.getByLabel('Quantity of Stoneware mug')).toHaveValue('2');
  await snap(page, 'cart');

  await checkout(page, 'A card that pays');
  await snap(page, 'checkout');
  // A marker on the page's window: it survives only if the order page updates without a reload.
  await page.evaluate(() => ((window as unknown as { journey: string }).journey = 'no reload'));
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByTestId('order-status')).toHaveText('Confirmed', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { journey?: string }).journey)).toBe('no reload');
  await expect(page.getByRole('list', { name: 'Order lines' }).getByText('Stoneware mug', { exact: true })).toBeVisible();
  await snap(page, 'order-confirmed');

  // Changed their mind: cancelling a confirmed order refunds the payment, live on the same page.
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByRole('status')).toHaveText('Your order is being cancelled.', { timeout: 30_000 });
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled', { timeout: 30_000 });
  await expect(page.getByText('Why it was cancelled: You cancelled the order.')).toBeVisible();
  await expect(page.getByText('Payment: Refunded')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { journey?: string }).journey)).toBe('no reload');

  await addToCart(page, 'candle', 'Cedar candle', 1);
  await checkout(page, 'A card the bank declines');
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled', { timeout: 30_000 });
  await expect(page.getByText('Why it was cancelled: The bank declined the payment.')).toBeVisible();
  await snap(page, 'order-cancelled');

  await page.getByRole('button', { name: 'Reorder' }).click();
  await page.waitForURL(/\/cart\?id=/, { timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Cart lines' }).getByText('Cedar candle', { exact: true })).toBeVisible({ timeout: 15_000 });
  await snap(page, 'reorder-cart');

  // A bank that never answers: the order waits for the payment until the timeout (6 s in the test launcher)
  // cancels it while the shopper watches. With the event stream up, the page re-reads an order in flight only
  // every 30 s, so a change seen within 20 s is one the stream brought.
  await checkout(page, 'A card whose bank never answers');
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment', { timeout: 5_000 });
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled', { timeout: 20_000 });
  await expect(page.getByText('Why it was cancelled: The bank did not answer in time, so the order was cancelled.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('list', { name: 'Orders', exact: true }).getByRole('listitem')).toHaveCount(3);
  await snap(page, 'orders');
});
