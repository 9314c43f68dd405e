// End-to-end tests of the designer panel's contrast check: a failing pair is named with its fix
// while colors change, the fix clears it, the exported CSS lists every pair it checked, and an
// exported theme with a failing pair warns again when it is imported.
import assert from 'node:assert/strict';
import { expectText, expectTextContaining, test, waitFor } from './harness.mjs';

async function openDesigner(page, urls) {
  await page.goto(`${urls.demo}/?latency=0&flow=upgrade&open=designer&theme=light`);
  await page.locator('pay-checkout [part~=method]').waitFor();
  return page.locator('#designer-panel');
}

test('designer contrast: a pale primary under white text warns, its fix clears it, the CSS lists the pairs', async ({ urls, newPage, screenshot }) => {
  const page = await newPage({ viewport: { width: 1400, height: 1500 } });
  const panel = await openDesigner(page, urls);
  const live = panel.locator('.contrast-live');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await expectText(live, 'All 26 pairs pass in light and dark (text 4.5:1, large text and controls 3:1).', 'the passing state');

  await panel.getByLabel('Primary', { exact: true }).fill('#ffe680');
  await expectTextContaining(live, '4 of 26 pairs fail', 'the failing count');
  const payButton = live.locator('li', { hasText: 'Pay button' });
  await expectText(payButton, 'Pay button (light): #ffffff on #ffe680 — 1.2:1, needs 4.5:1 Use #8f7300 for Primary, light', 'the failing pay button');
  await expectTextContaining(live.locator('li', { hasText: 'Links' }), 'Links (light): #ffe680 on #ffffff — 1.2:1, needs 4.5:1', 'the failing links');
  await expectTextContaining(live.locator('li', { hasText: 'Focus ring' }), 'Focus ring (light)', 'the failing focus ring');
  // What the buyer would see: the pay button's own colors are the failing pair.
  const payColors = await page.evaluate(() => {
    const checkout = document.querySelector('checkout-session').shadowRoot.querySelector('pay-checkout');
    const style = getComputedStyle(checkout);
    return [style.getPropertyValue('--upcart-color-primary').trim()];
  });
  assert.match(payColors[0], /^light-dark\(#ffe680,/);
  await screenshot(page, 'designer-contrast-warning.png', { element: panel });

  await panel.getByRole('button', { name: 'Export CSS' }).click();
  const failingCss = await panel.getByLabel('CSS for your portal').inputValue();
  assert.match(failingCss, /^\/\* Upcart theme: Upcart indigo \(edited\)\./);
  assert.match(failingCss, /light {2}Pay button +#ffffff on #ffe680 +1\.2:1 {2}FAILS, needs 4\.5:1/);
  assert.match(failingCss, /4 pairs fail: fix them before shipping\./);

  await payButton.getByRole('button', { name: /^Use #8f7300/ }).click();
  await expectText(live, 'All 26 pairs pass in light and dark (text 4.5:1, large text and controls 3:1).', 'the warning cleared');
  assert.equal(await panel.getByLabel('Primary', { exact: true }).inputValue(), '#8f7300');
  const css = await panel.getByLabel('CSS for your portal').inputValue();
  assert.match(css, /--upcart-color-primary: light-dark\(#8f7300, #a5b4fc\);/);
  assert.match(css, /Contrast checked \(WCAG 2\.x: text 4\.5:1, large text and controls 3:1\), 26 pairs:/);
  for (const scheme of ['light', 'dark']) {
    for (const label of ['Text', 'Muted text', 'Pay button', 'Links', 'Errors', 'Total \\(large text\\)', 'Control borders', 'Focus ring']) {
      assert.match(css, new RegExp(`\\* +${scheme} +${label} +#[0-9a-f]{6} on #[0-9a-f]{6} +\\d+\\.\\d:1 {2}ok\\n`), `${scheme} ${label} listed`);
    }
  }
  assert.match(css, /light {2}Pay button +#ffffff on #8f7300 +4\.\d:1 {2}ok/);
  assert.match(css, /Every pair passes\.\n \*\/\n:root \{/);
  assert.doesNotMatch(css, /FAILS/);

  // The failing theme, exported and imported in a fresh page: the warning is back.
  const fresh = await newPage({ viewport: { width: 1400, height: 1500 } });
  const freshPanel = await openDesigner(fresh, urls);
  await expectTextContaining(freshPanel.locator('.contrast-live'), 'All 26 pairs pass', 'a passing start');
  await freshPanel.getByRole('button', { name: 'Import CSS' }).click();
  await freshPanel.getByLabel("Paste a theme's CSS").fill(failingCss);
  await freshPanel.getByRole('button', { name: 'Apply imported CSS' }).click();
  await expectTextContaining(freshPanel.locator('.status').first(), 'Imported 13 declarations.', 'the import status');
  await expectTextContaining(freshPanel.locator('.contrast-live'), '4 of 26 pairs fail', 'the imported warning');
  await expectTextContaining(
    freshPanel.locator('.contrast-live li', { hasText: 'Pay button' }),
    'Pay button (light): #ffffff on #ffe680 — 1.2:1, needs 4.5:1 Use #8f7300',
    'the imported failing pair',
  );
  await waitFor(
    () => fresh.locator('pay-checkout').evaluate((element) => getComputedStyle(element).getPropertyValue('--upcart-color-primary').trim()),
    (value) => value.startsWith('light-dark(#ffe680'),
    'the imported primary on <pay-checkout>',
  );
});

test('designer contrast: pasted CSS resolves its own var() chains and component tokens, in dark too', async ({ urls, newPage }) => {
  const page = await newPage({ colorScheme: 'dark' });
  const panel = await openDesigner(page, urls);
  await panel.getByRole('button', { name: 'Import CSS' }).click();
  await panel
    .getByLabel("Paste a theme's CSS")
    .fill(
      ':root {\n  --brand-ink: #3f3f46;\n  --upcart-color-text-muted: light-dark(#57606a, var(--brand-ink));\n  --upcart-pay-button-background: #777777;\n}\n',
    );
  await panel.getByRole('button', { name: 'Apply imported CSS' }).click();
  const live = panel.locator('.contrast-live');
  await expectTextContaining(live, '4 of 26 pairs fail', 'the imported warning');
  // The dark muted text came through the pasted var() chain.
  await expectTextContaining(live.locator('li', { hasText: 'Muted text (dark)' }), 'Muted text (dark): #3f3f46 on #18181b', 'dark muted text');
  // --upcart-pay-button-background overrides primary: the pair is named, and primary is not offered as its fix.
  const pay = live.locator('li', { hasText: 'Pay button (light)' });
  await expectTextContaining(pay, 'Pay button (light): #ffffff on #777777 — 4.4:1, needs 4.5:1', 'the component token');
  assert.equal(await pay.getByRole('button').count(), 0);
});
