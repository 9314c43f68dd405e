// `node scripts/screenshots-390.mjs [--out docs/screenshots] [--flows renew,billing]`: builds the demo
// and photographs every flow at 390 px wide (a phone), in en-US, de-DE, ar and he, light and dark,
// as docs/screenshots/<flow>-390-<theme>-<locale>.png. Viewport screenshots, not full pages, so
// each file stays small; the renew flow is taken with all 30 phones selected and the pay bar in view.
// Re-run it after merging work that changes how the elements look.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { NOW } from '../test/e2e/harness.mjs';
import { serve } from '../test/e2e/server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const outDir = option('--out', 'docs/screenshots');
const flows = option('--flows', 'expand,partner,upgrade,trial,renew,orders,billing').split(',');
// he-IL: the second right-to-left locale (its catalog may still fall back to English); its files are named `he`.
const LOCALES = ['en-US', 'de-DE', 'ar', 'he-IL'];
const THEMES = ['light', 'dark'];

const build = resolve('test-results/screenshots-390/demo');
rmSync(build, { recursive: true, force: true });
const built = spawnSync('node_modules/.bin/vite', ['build', '--mode', 'demo', '--outDir', build, '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
mkdirSync(outDir, { recursive: true });

const demo = await serve([['/', build]]);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, timezoneId: 'UTC' });
await context.clock.setFixedTime(NOW);
const page = await context.newPage();

/** Scrolls the first match (through shadow roots) to the top of the window. */
const scrollTo = (selector) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));

const READY = { partner: 'checkout-session #company-id', orders: 'order-history [part~=row]', billing: 'renewal-center [part~=row]' };
/** What each flow's picture shows beyond the first screen. */
const STAGE = {
  async expand() {
    await scrollTo('plan-picker');
  },
  async partner() {
    await page.locator('checkout-session #company-id').fill('WP-100234');
    await page.locator('checkout-session [part~=company-search] button[type=submit]').click();
    await page.locator('pay-checkout [part~=method]').waitFor();
    await scrollTo('plan-picker');
  },
  async upgrade() {
    await scrollTo('plan-picker');
  },
  async trial() {
    // The trial's plan is priced at once: wait for the total, not the summary's placeholder.
    await page.locator('order-summary [part~=total]').waitFor();
    await scrollTo('billing-contact');
  },
  async renew() {
    await page.locator('plan-picker input.select-all').check();
    await page.locator('plan-picker [part~=renew-row-selected]').first().waitFor();
    await page.locator('checkout-session [part~=pay-bar]').waitFor();
    await scrollTo('plan-picker');
  },
  async orders() {
    await scrollTo('order-history');
  },
  async billing() {
    await scrollTo('renewal-center');
  },
};

let count = 0;
for (const theme of THEMES) {
  await page.emulateMedia({ colorScheme: theme });
  for (const locale of LOCALES) {
    for (const flow of flows) {
      await page.goto(`${demo.url}/?latency=0&flow=${flow}&locale=${locale}&theme=${theme}`);
      await page
        .locator(READY[flow] ?? 'pay-checkout [part~=method]')
        .first()
        .waitFor();
      await STAGE[flow]?.();
      // Fonts and the last re-render settled; no caret, no focus ring.
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(outDir, `${flow}-390-${theme}-${locale === 'he-IL' ? 'he' : locale}.png`), animations: 'disabled', caret: 'hide' });
      count += 1;
    }
  }
}
await browser.close();
await demo.close();
console.log(`screenshots-390: ${count} pictures in ${outDir}/`);
