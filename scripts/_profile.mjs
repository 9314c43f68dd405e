import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { bundle } from './bundle-sizes.mjs';
const root = resolve(import.meta.dirname, '..');
const files = new Map();
for (const chunk of await bundle('src/define.ts', 'define')) files.set(`/sdk/${chunk.fileName}`, chunk.code);
for (const chunk of await bundle('bench/harness.ts', 'harness')) files.set(`/${chunk.fileName}`, chunk.code);
files.set('/expand.html', readFileSync(resolve(root, 'bench/expand.html'), 'utf8'));
const server = await new Promise((r) => { const s = createServer((q, a) => { const p = new URL(q.url, 'http://x').pathname; const b = files.get(p); if (b === undefined) return a.writeHead(404).end(); a.writeHead(200, { 'Content-Type': p.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(b); }); s.listen(0, '127.0.0.1', () => r(s)); });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const agg = new Map(); const byUrl = new Map(); let results = [];
for (let run = 0; run < 6; run++) {
  const context = await browser.newContext(); const page = await context.newPage(); const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  await page.goto(`${origin}/expand.html`);
  const res = await page.waitForFunction(() => window.benchResult, null, { timeout: 30000 }).then((h) => h.jsonValue());
  const { profile } = await cdp.send('Profiler.stop');
  results.push(res);
  if (run === 0) { await context.close(); continue; }
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map(); for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + profile.timeDeltas[i]);
  for (const [id, t] of dt) { const n = nodes.get(id); const cf = n.callFrame; const url = cf.url.replace(origin, '') || '(native)'; const key = `${cf.functionName || '(anon)'} ${url}:${cf.lineNumber}:${cf.columnNumber}`; agg.set(key, (agg.get(key) ?? 0) + t / 1000); byUrl.set(url, (byUrl.get(url) ?? 0) + t / 1000); }
  await context.close();
}
console.log(results);
console.log([...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${(v / 5).toFixed(1)} ms ${k}`).join('\n'));
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 5).toFixed(1)} ms ${k}`).join('\n'));
await browser.close(); server.close();
