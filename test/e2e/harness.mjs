// The end-to-end tests' harness: tests run one after another in one Chromium, each in its own
// browser context (fresh storage and service workers) with the clock pinned, and helpers that
// wait for what the page shows instead of sleeping.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The instant every page lives at: quotes, proration and dates are computed from it. */
export const NOW = '2026-11-23T10:00:00Z';

const TEST_TIMEOUT_MS = 60_000;
const WAIT_MS = 10_000;

const tests = [];

/** Registers a test: `fn({ urls, newPage, screenshot })`. */
export function test(name, fn) {
  tests.push({ name, fn });
}

/** Polls `read()` until `check(value)` holds; throws with the last value after `timeoutMs`. */
export async function waitFor(read, check, what, timeoutMs = WAIT_MS) {
  const start = Date.now();
  let last;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits until the locator's text (whitespace collapsed) is `expected`. */
export function expectText(locator, expected, what = String(locator)) {
  return waitFor(
    async () => (await locator.innerText({ timeout: 1000 })).replace(/\s+/g, ' ').trim(),
    (text) => text === expected,
    `${what} to read ${JSON.stringify(expected)}`,
  );
}

/** Waits until the locator's text contains `expected`. */
export function expectTextContaining(locator, expected, what = String(locator)) {
  return waitFor(
    async () => (await locator.innerText({ timeout: 1000 })).replace(/\s+/g, ' ').trim(),
    (text) => text.includes(expected),
    `${what} to contain ${JSON.stringify(expected)}`,
  );
}

/**
 * Runs the registered tests and returns the counts.
 * @param {{ browser: import('playwright-core').Browser, urls: Record<string, string>, screenshotDir: string, failureDir: string, filter?: string }} options
 */
export async function runTests({ browser, urls, screenshotDir, failureDir, filter }) {
  mkdirSync(screenshotDir, { recursive: true });
  const counts = { passed: 0, failed: 0 };
  for (const { name, fn } of tests) {
    if (filter && !name.includes(filter)) continue;
    const contexts = [];
    const pages = [];
    const pageErrors = [];
    const started = Date.now();
    /** A page in a fresh context, in light or dark, at the pinned instant. */
    const newPage = async ({ colorScheme = 'light', viewport = { width: 1280, height: 900 } } = {}) => {
      const context = await browser.newContext({ colorScheme, viewport, locale: 'en-US', timezoneId: 'UTC' });
      contexts.push(context);
      await context.clock.setFixedTime(NOW);
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT_MS);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      pages.push(page);
      return page;
    };
    /**
     * Full page by default; `{ fullPage: false }` for the viewport where it is scrolled to (`top`
     * scrolls up first), `{ element }` for one element.
     */
    const screenshot = async (page, file, { blur = true, element, top, ...options } = {}) => {
      // A focus ring left by the last click would show in the picture (unless it is the point).
      if (blur) await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      // From the top, so the sticky tool panels sit where a visitor first sees them; then let the
      // last re-render and transitions settle.
      if (!element && (top ?? options.fullPage !== false)) await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(250);
      if (element) return element.screenshot({ path: join(screenshotDir, file), animations: 'disabled', caret: 'hide' });
      await page.screenshot({ path: join(screenshotDir, file), fullPage: true, animations: 'disabled', caret: 'hide', ...options });
    };
    try {
      await Promise.race([
        fn({ urls, newPage, screenshot }),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS).unref()),
      ]);
      if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.join(' | ')}`);
      counts.passed += 1;
      console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      counts.failed += 1;
      // What the page showed when it failed, for the report.
      mkdirSync(failureDir, { recursive: true });
      for (const [index, page] of pages.entries()) {
        await page.screenshot({ path: join(failureDir, `${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}-${index + 1}.png`), fullPage: true }).catch(() => {});
      }
      console.log(`  ✗ ${name}\n    ${(error instanceof Error ? (error.stack ?? error.message) : String(error)).split('\n').slice(0, 6).join('\n    ')}`);
    } finally {
      for (const context of contexts) await context.close().catch(() => {});
    }
  }
  return counts;
}
