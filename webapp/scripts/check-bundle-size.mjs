// Fails the build when the initial JavaScript (the module scripts index.html loads, and the chunks they
// preload) is over the budget, gzipped. Prints the figure either way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const root = process.argv[2] ?? 'target/classes/storefront';
const html = readFileSync(join(root, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
if (scripts.length === 0) {
  console.error(`No entry script found in ${root}/index.html`);
  process.exit(1);
}
let total = 0;
for (const script of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(root, script))).length;
  total += size;
  console.log(`  ${script}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`Over the budget of ${BUDGET_KB} KB gzipped.`);
  process.exit(1);
}
