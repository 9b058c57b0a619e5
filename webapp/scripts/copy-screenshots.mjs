// Copies the browser journeys' screenshots (written by BrowserJourneyIT under launcher/target/screenshots)
// into docs/screenshots and writes docs/screenshots/README.md, a gallery of them by page, desktop beside
// phone. Run by hand after the journeys (`npm run screenshots` in webapp/): CI only ever writes under target/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const from = process.argv[2] ?? join(repo, 'launcher', 'target', 'screenshots');
const to = join(repo, 'docs', 'screenshots');

const shots = existsSync(from) ? readdirSync(from).filter((name) => name.endsWith('.png')).sort() : [];
if (shots.length === 0) {
  console.error(`No screenshots in ${from}: run the browser journeys first (see README, "Storefront").`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const stale of readdirSync(to).filter((name) => name.endsWith('.png'))) rmSync(join(to, stale));
shots.forEach((name) => copyFileSync(join(from, name), join(to, name)));

const pages = [...new Set(shots.map((name) => name.replace(/-(desktop|phone)\.png$/, '')))];
const cell = (page, width) => (shots.includes(`${page}-${width}.png`) ? `<img src="${page}-${width}.png" alt="${page}, ${width}" width="${width === 'phone' ? 160 : 420}">` : '');
const rows = pages.map((page) => `| ${page} | ${cell(page, 'desktop')} | ${cell(page, 'phone')} |`);
writeFileSync(
  join(to, 'README.md'),
  [
    '# Storefront screenshots',
    '',
    'Taken by the browser journeys (`webapp/e2e`) at 1280 px and 375 px wide; refreshed with',
    '`npm run screenshots` in `webapp/` after `BrowserJourneyIT` has run. Generated: do not edit.',
    '',
    '| page | desktop | phone |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
console.log(`Copied ${shots.length} screenshots of ${pages.length} pages to ${to}`);
