// End-to-end tests of the built demo: the three seed flows to a paid or placed order, with the
// totals checked by hand against the backend core's pricing (core/pricing.ts), one
// flow by keyboard alone, the designer and fault panels, and the screenshots of docs/screenshots.
//
// Every page runs at NOW = 2026-11-23T10:00:00Z (harness.mjs pins the browser's clock, and the
// mock backend reads it), so the seed's dates and every figure below are fixed. The billing
// contact is the seed's default, Anna Schmidt in Germany (the vendor's country): VAT 19 %.
// Each line is rounded half away from zero once; tax is rounded once on the subtotal.
import assert from 'node:assert/strict';
import { expectText, expectTextContaining, test, waitFor } from './harness.mjs';

/** Opens a demo flow with an instant mock backend, and waits for the checkout to be there. */
async function openFlow(page, urls, flow, query = '') {
  await page.goto(`${urls.demo}/?latency=0&flow=${flow}${query}`);
  await page.locator('pay-checkout [part~=method]').waitFor();
}

function summary(page) {
  return {
    subtotal: page.locator('order-summary [part~=subtotal] td.num'),
    tax: page.locator('order-summary [part~=tax] td.num'),
    total: page.locator('order-summary [part~=total]'),
  };
}

async function expectQuote(page, { subtotal, tax, total }) {
  const figures = summary(page);
  await expectText(figures.total, total, 'the total');
  await expectText(figures.subtotal, subtotal, 'the subtotal');
  await expectText(figures.tax, tax, 'the tax');
}

async function expectOrder(page, { status, total }) {
  const result = page.locator('pay-checkout [part~=result]');
  await result.waitFor();
  await waitFor(
    () => result.locator('.status').getAttribute('data-status'),
    (value) => value === status,
    `order status ${status}`,
  );
  await expectText(result.locator('.result-total'), total, 'the order total');
  assert.match(await result.locator('.order-id').innerText(), /\S+/);
  // The checkout is the order's receipt now: the summary shows what was ordered, read-only.
  await page.locator('order-summary .receipt-title').waitFor();
  await expectText(page.locator('order-summary [part~=total]'), total, "the receipt's total");
  assert.equal(await page.locator('order-summary [part~=promo]').count(), 0, 'no promotion field on a receipt');
  await waitFor(
    () => page.locator('plan-picker fieldset.locked').count(),
    (count) => count === 1,
    'the picker locked',
  );
  await result.locator('[part~=new-order]').waitFor();
}

// P-Series: a 12-month term (10 % off) from 2026-04-23 to 2027-04-23 = 365 days; today
// 2026-11-23 leaves 151 days (30 + 31 + 31 + 28 + 31). An extension costs $2.50 a month, so
// $2.50 × 12 × 0.9 = $27.00 a term, prorated: n × 2700 × 151 / 365 cents.
test('expand P-Series capacity and place an offline order', async ({ urls, newPage, screenshot }) => {
  const page = await newPage();
  await openFlow(page, urls, 'expand');
  const extensions = page.locator('capacity-stepper[service-id=extensions]');
  await extensions.locator('[part~=increment]').click();
  await extensions.locator('[part~=increment]').click();
  await waitFor(
    () => extensions.locator('input[part~=input]').inputValue(),
    (value) => value === '52',
    '52 extensions',
  );
  // +2 extensions: 2 × 2700 × 151 / 365 = 815 400 / 365 = 2233.97 -> 2234 = $22.34
  // VAT 19 %: 2234 × 0.19 = 424.46 -> 424 = $4.24; total 2234 + 424 = 2658 = $26.58
  await expectQuote(page, { subtotal: '$22.34', tax: '$4.24', total: '$26.58' });

  await page
    .locator('pay-checkout')
    .getByRole('radio', { name: /Offline/ })
    .check();
  await page.locator('pay-checkout input[part~=pi-number]').fill('PI-2026-0042');
  await screenshot(page, 'expand-light.png');
  await page.locator('pay-checkout [part~=pay-button]').click();
  await expectOrder(page, { status: 'awaiting_offline_payment', total: '$26.58' });
  // The checkout is now the order's receipt: nothing to change, every row of the quote shown.
  await waitFor(
    () => extensions.locator('input[part~=input]').isDisabled(),
    (disabled) => disabled,
    'the stepper locked',
  );
  await expectQuote(page, { subtotal: '$22.34', tax: '$4.24', total: '$26.58' });
  await expectText(page.locator('pay-checkout [part~=receipt-tax] td.num'), '$4.24', 'the result tax row');
  await screenshot(page, 'expand-offline-order-light.png');
  await page.locator('pay-checkout [part~=new-order]').click();
  await waitFor(
    () => extensions.locator('input[part~=input]').inputValue(),
    (value) => value === '50',
    'a fresh selection',
  );
  assert.equal(await extensions.locator('input[part~=input]').isDisabled(), false);
});

// pascom trial: no credit for a trial. 12 months at 10 % off, 10 users of Business at €7.90,
// one trunk line above the 2 included at €4.90, SLA Business at €49.00 a month.
test('upgrade the pascom trial and pay by card (Stripe stand-in)', async ({ urls, newPage, screenshot }) => {
  const page = await newPage({ colorScheme: 'dark' });
  await openFlow(page, urls, 'trial', '&theme=dark');
  await page.locator('plan-picker [part~=cycle][data-cycle-id=m12]').click();
  await page.locator('plan-picker [part~=sla][data-sla-id=sla-business]').click();
  await page.locator('capacity-stepper[service-id=trunk-lines] [part~=increment]').click();
  // plan   790 × 10 × 12 × 0.9 = 85 320
  // trunk  490 ×  1 × 12 × 0.9 =  5 292
  // SLA   4900 ×  1 × 12 × 0.9 = 52 920
  // subtotal 143 532 = €1,435.32; VAT 19 % = 27 271.08 -> 27 271 = €272.71; total 170 803 = €1,708.03
  await expectQuote(page, { subtotal: '€1,435.32', tax: '€272.71', total: '€1,708.03' });

  await page.locator('pay-checkout').getByRole('radio', { name: /Card/ }).check();
  const card = page.frameLocator('checkout-session > [slot] iframe');
  await card.locator('input[name=cardnumber]').fill('4242 4242 4242 4242');
  await card.locator('input[name=exp-date]').fill('12 / 34');
  await card.locator('input[name=cvc]').fill('123');
  await screenshot(page, 'trial-card-dark.png');
  await page.locator('pay-checkout [part~=pay-button]').click();
  await expectOrder(page, { status: 'paid', total: '€1,708.03' });
  await screenshot(page, 'trial-card-paid-dark.png');
});

// KooPhone: renew phone-01 .. phone-10 for 1 year (15 % off) and co-term them: on the catalog's 1st,
// but phone-10 on its own renewal day, the 15th.
// All are Cloud Phone Standard at $9.00 a month: 900 × 12 × 0.85 = 9180 each, 91 800 in all.
// Co-terming charges 900 × 12 × days / 365 per phone, from the renewed end to the next 1st:
//   phone  ends (seed)   +1 year      next 1st    days  amount
//   01     2026-11-20    2027-11-20   2027-12-01   11   118 800 / 365 = 325.48 -> 325
//   02     2026-11-22    2027-11-22   2027-12-01    9    97 200 / 365 = 266.30 -> 266
//   03     2027-01-01    2028-01-01   2028-01-01    0   (no line)
//   04     2026-11-25    2027-11-25   2027-12-01    6    64 800 / 365 = 177.53 -> 178
//   05     2026-12-07    2027-12-07   2028-01-01   25   270 000 / 365 = 739.73 -> 740
//   06     2026-12-14    2027-12-14   2028-01-01   18   194 400 / 365 = 532.60 -> 533
//   07     2026-11-28    2027-11-28   2027-12-01    3    32 400 / 365 =  88.77 ->  89
//   08     2026-12-23    2027-12-23   2028-01-01    9   266
//   09     2026-12-31    2027-12-31   2028-01-01    1    10 800 / 365 =  29.59 ->  30
//   10     2026-12-02    2027-12-02   2027-12-15   13   140 400 / 365 = 384.66 -> 385
// co-terming 2812; subtotal 91 800 + 2812 = 94 612 = $946.12;
// VAT 19 % = 17 976.28 -> 17 976 = $179.76; total 112 588 = $1,125.88
// The quote groups its lines: a renewal line per cycle (monthly, yearly) and one co-term line.
test('batch renew 10 of the 30 phones with co-terming and pay by PayPal (stand-in)', async ({ urls, newPage, screenshot }) => {
  const page = await newPage();
  await openFlow(page, urls, 'renew');
  for (let number = 1; number <= 10; number++) {
    const id = `phone-${String(number).padStart(2, '0')}`;
    await page.locator(`plan-picker [part~=renew-row][data-id=${id}] input[data-action=select]`).check();
  }
  await expectTextContaining(page.locator('plan-picker .selected-count'), '10', 'the selected count');
  await page.locator('plan-picker [part~=duration][data-duration-id=r12]').click();
  await page.locator('plan-picker [part~=coterm] input').check();
  await expectQuote(page, { subtotal: '$946.12', tax: '$179.76', total: '$1,125.88' });
  // The renewed phones' new end dates are the quote's (its items): on a 1st, phone-10 on its 15th.
  await expectText(page.locator('plan-picker [part~=renew-row][data-id=phone-09] .new-end'), 'Jan 1, 2028', 'phone-09 new end');
  await expectText(page.locator('plan-picker [part~=renew-row][data-id=phone-10] .new-end'), 'Dec 15, 2027', 'phone-10 new end');

  // The picture is the first screen of the page.
  await page.setViewportSize({ width: 1280, height: 1000 });
  await screenshot(page, 'renew-light.png', { fullPage: false, top: true });

  await page
    .locator('pay-checkout')
    .getByRole('radio', { name: /PayPal/ })
    .check();
  await page.locator('[data-upcart-stand-in=paypal-buttons] button').first().click();
  const approval = page.locator('[data-upcart-stand-in=paypal-approval]');
  await approval.waitFor();
  // The stand-in's approval window over the page, as the buyer sees it.
  await screenshot(page, 'renew-paypal-approval-light.png', { fullPage: false });
  await approval.getByRole('button', { name: 'Approve payment' }).click();
  await expectOrder(page, { status: 'paid', total: '$1,125.88' });
  await screenshot(page, 'renew-paypal-paid-light.png', { element: page.locator('pay-checkout') });
});

/** What has the keyboard focus, through every shadow root. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const hosts = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element);
      element = element.shadowRoot.activeElement;
    }
    const stepper = hosts.find((host) => host.localName === 'capacity-stepper');
    return {
      host: hosts.at(-1)?.localName ?? null,
      tag: element?.localName ?? null,
      part: element?.getAttribute('part') ?? null,
      type: element?.getAttribute('type') ?? null,
      value: element && 'value' in element ? String(element.value) : null,
      checked: element && 'checked' in element ? element.checked : null,
      service: stepper?.getAttribute('service-id') ?? null,
    };
  });
}

/** Presses Tab until `match(focused)` holds. */
async function tabTo(page, match, what, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    const now = await focused(page);
    if (match(now)) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what} not reached with ${limit} presses of Tab`);
}

// +3 extensions: 3 × 2700 × 151 / 365 = 1 223 100 / 365 = 3350.96 -> 3351 = $33.51;
// VAT 19 % = 636.69 -> 637 = $6.37; total 3988 = $39.88
test('keyboard only: expand with Tab, arrows and Enter, then place the order offline', async ({ urls, newPage, screenshot }) => {
  const page = await newPage({ colorScheme: 'dark' });
  await openFlow(page, urls, 'expand', '&theme=dark');
  await tabTo(page, (f) => f.service === 'extensions' && f.part?.includes('input'), 'the extensions field');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  assert.equal((await focused(page)).value, '53');
  await expectQuote(page, { subtotal: '$33.51', tax: '$6.37', total: '$39.88' });

  await tabTo(page, (f) => f.host === 'pay-checkout' && f.type === 'radio', 'the payment methods');
  // No method is chosen yet: arrows move through the group and check what they reach.
  await waitFor(
    async () => {
      const now = await focused(page);
      if (now.value !== 'offline' || !now.checked) await page.keyboard.press('ArrowDown');
      return focused(page);
    },
    (now) => now.value === 'offline' && now.checked === true,
    'the offline method',
  );
  await tabTo(page, (f) => f.part?.includes('pay-button'), 'Place Order');
  await screenshot(page, 'expand-keyboard-dark.png', { blur: false });
  await page.keyboard.press('Enter');
  await expectOrder(page, { status: 'awaiting_offline_payment', total: '$39.88' });
  await screenshot(page, 'expand-offline-order-dark.png');
});

test('designer panel: a ready theme and edited tokens reach every element, and the CSS exports', async ({ urls, newPage, screenshot }) => {
  // Tall enough for the whole panel with its exported CSS.
  const page = await newPage({ viewport: { width: 1400, height: 1500 } });
  await openFlow(page, urls, 'upgrade', '&open=designer');
  const panel = page.locator('#designer-panel');
  await panel.getByRole('radio', { name: 'Teal rounded' }).check();
  const primary = () => page.locator('pay-checkout').evaluate((element) => getComputedStyle(element).getPropertyValue('--upcart-color-primary').trim());
  await waitFor(primary, (value) => value.startsWith('light-dark(#0f766e'), 'the teal primary on <pay-checkout>');
  // Every element inherits the same token from the portal.
  const radii = await page.evaluate(() =>
    ['plan-picker', 'order-summary', 'billing-contact', 'pay-checkout'].map((tag) =>
      getComputedStyle(document.querySelector(`checkout-session`).shadowRoot.querySelector(tag)).getPropertyValue('--upcart-radius').trim(),
    ),
  );
  assert.deepEqual(radii, ['16px', '16px', '16px', '16px']);

  await panel.getByLabel('Corner radius').fill('12');
  await panel.getByLabel('Primary', { exact: true }).fill('#0e7490');
  await waitFor(primary, (value) => value.startsWith('light-dark(#0e7490'), 'the edited primary');
  await panel.getByRole('button', { name: 'Export CSS' }).click();
  const css = await panel.getByLabel('CSS for your portal').inputValue();
  assert.match(css, /--upcart-color-primary: light-dark\(#0e7490, #5eead4\);/);
  assert.match(css, /--upcart-radius: 12px;/);
  assert.match(css, /Teal rounded \(edited\)/);
  assert.equal(await panel.getByRole('radio', { name: /Teal rounded/ }).isChecked(), true);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await panel.getByRole('button', { name: 'Copy' }).click();
  await expectText(panel.locator('.export .status'), 'Copied to the clipboard.', 'the copy status');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), css);
  await page.locator('plan-picker [part~=plan]').nth(2).click();
  await expectTextContaining(summary(page).total, '€', 'a priced upgrade');
  await screenshot(page, 'designer-panel-light.png');

  // Dark: the same theme's dark half, chosen from the panel.
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await waitFor(
    () => page.locator('#theme').inputValue(),
    (value) => value === 'dark',
    'the dark scheme',
  );
  await panel.getByRole('radio', { name: 'Graphite compact' }).check();
  await page.mouse.move(0, 0);
  await screenshot(page, 'designer-panel-dark.png');
});

test('fault panel: a failed quote shows its error and recovers on retry', async ({ urls, newPage, screenshot }) => {
  const page = await newPage();
  await openFlow(page, urls, 'upgrade', '&open=fault');
  const panel = page.locator('#fault-panel');
  await panel.getByLabel('Endpoint').selectOption('createQuote');
  await panel.getByLabel('Failure').selectOption('status500');
  await panel.getByRole('button', { name: 'Fail next call' }).click();
  await expectTextContaining(panel.locator('.armed'), 'createQuote', 'the armed fault');
  await page.locator('plan-picker [part~=plan]').nth(2).click();
  const error = page.locator('order-summary [part~=error]');
  await error.waitFor();
  await expectTextContaining(panel.locator('.status'), 'Fault sent: createQuote', 'the fault log');
  await screenshot(page, 'fault-panel-light.png');
  await error.getByRole('button').first().click();
  await expectTextContaining(summary(page).total, '€', 'the quote after the retry');

  // The latency slider sets the mock's global latency.
  await panel.getByLabel('Latency of every call').fill('800');
  assert.equal(await page.evaluate(() => globalThis.upcartMock.faults.latencyMs), 800);
  await panel.getByRole('button', { name: 'Reset faults' }).click();
  assert.equal(await page.evaluate(() => globalThis.upcartMock.faults.latencyMs), 250);
});

test('Arabic, right to left', async ({ urls, newPage, screenshot }) => {
  const page = await newPage();
  await openFlow(page, urls, 'upgrade', '&locale=ar');
  await waitFor(
    () => page.evaluate(() => document.documentElement.dir),
    (dir) => dir === 'rtl',
    'an RTL page',
  );
  await page.locator('plan-picker [part~=plan]').nth(2).click();
  await page.locator('plan-picker [part~=cycle][data-cycle-id=m12]').click();
  await waitFor(
    () => summary(page).total.innerText(),
    (text) => /\d/.test(text),
    'a priced total',
  );
  await screenshot(page, 'rtl-ar-light.png');
});

test('gallery: the other scheme of each flow, and the partner portal', async ({ urls, newPage, screenshot }) => {
  const dark = await newPage({ colorScheme: 'dark' });
  await openFlow(dark, urls, 'renew', '&theme=dark');
  for (const id of ['phone-02', 'phone-05', 'phone-08']) await dark.locator(`plan-picker [part~=renew-row][data-id=${id}] input[data-action=select]`).check();
  await dark.locator('plan-picker [part~=coterm] input').check();
  await expectTextContaining(summary(dark).total, '$', 'a renewal total');
  await screenshot(dark, 'renew-dark.png');

  const light = await newPage();
  await openFlow(light, urls, 'trial');
  await light.locator('plan-picker [part~=cycle][data-cycle-id=m12]').click();
  await expectTextContaining(summary(light).total, '€', 'an upgrade total');
  await screenshot(light, 'trial-light.png');

  // A partner portal asks for the company ID before the checkout appears.
  await light.goto(`${urls.demo}/?latency=0&flow=partner`);
  await light.locator('checkout-session #company-id').fill('WP-100234');
  await light.locator('checkout-session').getByRole('button', { name: 'Search' }).click();
  await light.locator('capacity-stepper [part~=increment]').first().click();
  await expectTextContaining(summary(light).total, '$', 'an expansion total');
  await screenshot(light, 'partner-light.png');
});

// The demo's own chrome (header, tabs, tool panels) in both schemes; the elements have their own
// accessibility tests in test/elements/. axe-core comes with @open-wc/testing.
test('the header, tabs and open tool panels pass axe in light and dark', async ({ urls, newPage }) => {
  for (const scheme of ['light', 'dark']) {
    const page = await newPage({ colorScheme: scheme });
    await openFlow(page, urls, 'upgrade', `&open=designer,fault&theme=${scheme}`);
    await page.locator('#designer-panel').getByRole('button', { name: 'Export CSS' }).click();
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const result = await globalThis.axe.run({ exclude: [['checkout-session']] });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${scheme}: ${violations.join('; ')}`);
  }
});
