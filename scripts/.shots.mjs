import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [,, tab, width, extra = '', name] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(`http://127.0.0.1:4179/?latency=0&flow=${tab}${extra}`);
await page.waitForTimeout(2500);
await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
await browser.close();
