import { expect, test } from '@playwright/test';

// Proves the browser set-up itself (Debian's Chromium driven by @playwright/test) before any journey uses it.
test('the machine browser renders a page and runs its script', async ({ page }) => {
  await page.setContent('<p id="out">waiting</p><script>document.getElementById("out").textContent = "ran";</script>');
  await expect(page.locator('#out')).toHaveText('ran');
});
