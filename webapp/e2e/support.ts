import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

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
