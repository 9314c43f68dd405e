// Serves public/ on a loopback port and pays by card on the Stripe stand-in in Chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  try {
    const body = await readFile(join('public', path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/html' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.locator('capacity-stepper[service-id=extensions] [part~=increment]').click();
  await page.locator('order-summary [part~=total]').getByText('$13.29').waitFor();
  await page.locator('pay-checkout').getByRole('radio', { name: /Card/ }).check();
  const card = page.frameLocator('checkout-session > [slot] iframe');
  await card.locator('input[name=cardnumber]').fill('4242 4242 4242 4242');
  await card.locator('input[name=exp-date]').fill('12 / 34');
  await card.locator('input[name=cvc]').fill('123');
  await page.locator('pay-checkout [part~=pay-button]').click();
  await page.locator('#order-log').getByText('paid: 1329').waitFor();
  console.log('paid by card: 1329');
} finally {
  await browser.close();
  server.close();
}
