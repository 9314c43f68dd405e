// The embedding examples of examples/: each loads in Chromium, runs the P-Series expansion to an
// offline order on the in-browser mock backend, and shows the order the element's
// `upcart-order-complete` event reported. Totals: see demo.e2e.mjs (+1 extension:
// 2700 × 151 / 365 = 1116.99 -> 1117 = $11.17; VAT 19 % = 212.23 -> 212; total 1329 = $13.29).
import { expectText, expectTextContaining, test, waitFor } from './harness.mjs';

const examples = [
  { name: 'plain HTML with one module script of dist/upcart.bundle.js', path: '/examples/html/', log: '#order-log', shot: 'example-html.png' },
  { name: 'React 19', path: '/dist-examples/examples/react/', log: '.order-log', shot: 'example-react.png' },
  { name: 'Vue 3', path: '/dist-examples/examples/vue/', log: '.order-log', shot: 'example-vue.png' },
];

for (const example of examples) {
  test(`example: ${example.name} completes an offline order`, async ({ urls, newPage, screenshot }) => {
    const page = await newPage();
    const consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${urls.examples}${example.path}`);
    const extensions = page.locator('capacity-stepper[service-id=extensions]');
    await extensions.locator('[part~=increment]').click();
    await expectText(page.locator('order-summary [part~=total]'), '$13.29', 'the total');
    await page
      .locator('pay-checkout')
      .getByRole('radio', { name: /Offline/ })
      .check();
    await page.locator('pay-checkout [part~=pay-button]').click();
    await waitFor(
      () => page.locator('pay-checkout [part~=result] .status').getAttribute('data-status'),
      (status) => status === 'awaiting_offline_payment',
      'the placed order',
    );
    // The page heard the element's event.
    await expectTextContaining(page.locator(example.log).first(), 'awaiting offline payment', 'the order log of the page');
    await screenshot(page, example.shot);
    if (consoleErrors.length > 0) throw new Error(`console errors: ${consoleErrors.join(' | ')}`);
  });
}
