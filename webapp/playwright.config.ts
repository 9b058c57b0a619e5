import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against a running shop: the launcher's integration tests start one launcher and run
 * `npx playwright test` with SHOP_URL pointing at it. The browser is the machine's Chromium (Debian's
 * package); Playwright downloads none (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 */
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.SHOP_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
  },
});
