// `node test/reliability/demo-csp.mjs`: serves the demo with vite.csp.config.mjs (a strict
// Content-Security-Policy with Trusted Types) and runs an offline order, a card payment and the
// PayPal buttons in headless Chromium, counting `securitypolicyviolation` events. Exits 1 on any
// violation or failed flow. Not part of `npm test` (it starts a Vite dev server).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const vite = spawn('node_modules/.bin/vite', ['--config', 'vite.csp.config.mjs', '--port', String(port), '--strictPort'], { stdio: 'pipe' });
const url = `http://localhost:${port}/?latency=0`;
for (let tries = 0; ; tries += 1) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    if (tries > 100) throw new Error('the demo server did not start');
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
await page.addInitScript(() => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
  );
});

/** Loads the demo fresh, adds one extension, chooses `method` and pays; answers what happened. */
async function flow(method) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('checkout-session')?.store?.getState().selection != null, null, { timeout: 15_000 });
  const outcome = await page.evaluate(async (chosen) => {
    const deep = (selector) => {
      const found = [];
      const visit = (root) => {
        found.push(...root.querySelectorAll(selector));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return found;
    };
    const until = async (check, ms = 8000) => {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 50))) {
        const value = check();
        if (value) return value;
      }
      throw new Error(`timed out: ${check}`);
    };
    sessionStorage.clear();
    const session = document.querySelector('checkout-session');
    deep('capacity-stepper')[0].shadowRoot.querySelector('[part=increment]').click();
    await until(() => session.store.getState().quote);
    const pay = deep('pay-checkout')[0];
    pay.shadowRoot.querySelector(`input[name=method][value=${chosen}]`).click();
    if (chosen === 'paypal') {
      await until(() => document.querySelector('[data-upcart-stand-in="paypal-buttons"]'));
      return 'PayPal buttons shown';
    }
    if (chosen === 'card') {
      const frame = await until(() => document.querySelector('[slot] iframe'));
      await until(() => pay.shadowRoot.querySelector('[part=pay-button]').getAttribute('aria-disabled') === 'false');
      for (const [name, value] of Object.entries({ cardnumber: '4242 4242 4242 4242', 'exp-date': '12 / 34', cvc: '123' })) {
        const input = frame.contentDocument.querySelector(`input[name="${name}"]`);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } else {
      await until(() => pay.shadowRoot.querySelector('[part=pay-button]').getAttribute('aria-disabled') === 'false');
    }
    pay.shadowRoot.querySelector('[part=pay-button]').click();
    const status = chosen === 'card' ? 'paid' : 'awaiting_offline_payment';
    await until(() => session.store.getState().order?.status === status);
    return `order ${session.store.getState().order.id} ${status}`;
  }, method);
  return { outcome, violations: await page.evaluate(() => window.cspViolations) };
}

let failed = 0;
for (const method of ['offline', 'card', 'paypal']) {
  try {
    const { outcome, violations } = await flow(method);
    console.log(`${method}: ${outcome}; ${violations.length} violations${violations.length ? `\n  ${violations.join('\n  ')}` : ''}`);
    failed += violations.length;
  } catch (error) {
    console.log(`${method}: FAILED ${error.message}`);
    failed += 1;
  }
}
await browser.close();
vite.kill();
console.log(failed === 0 ? 'demo under the strict CSP: ok' : 'demo under the strict CSP: FAILED');
process.exit(failed === 0 ? 0 : 1);
