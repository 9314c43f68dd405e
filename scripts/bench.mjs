// `npm run bench`: what Upcart costs a page and how it holds up, in one run, against the size
// and speed targets. Prints a table; always exits 0 (a benchmark is not a test: the size budget, which
// is deterministic, is held by `scripts/size-budget.mjs` in `npm test`).
//
// - sizes: scripts/bundle-sizes.mjs (gzip -9 and brotli at max quality of each entry with lit,
//   @lit/context and zod inlined; lazy chunks listed apart);
// - timings, quote counts and heap: headless Chromium (playwright-core) on bench/*.html, served
//   from memory on 127.0.0.1, with the mock backend answering in the page (bench/harness.ts).
import { createServer } from 'node:http';
import { cpus, loadavg, platform, release } from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { bundle, foreignMessagesIn, gzipBytes, kB, measureAll } from './bundle-sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run'];
const THROTTLE = 4;
const LOAD_RUNS = 15;
const RENEW_SIZES = [100, 1_000, 10_000];
const RENEW_RUNS = 5;
const CYCLES = { first: 10, total: 200, steady: 400 };
const CENTER_RESOURCES = 100_000;
const CENTER_RUNS = 9;
const FRAME_RUNS = 30;

const TARGETS = {
  defineGzip: 24_000,
  floorRatio: 2,
  elementGzip: 12_000,
  interactiveMs: 100,
  renew10kMs: 200,
  centerMs: 50,
};

// `npm run bench -- renew heap` runs only those parts: sizes, load, quotes, renew, center, heap.
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);

const verdicts = [];
function verdict(name, ok, figure, target) {
  verdicts.push({ name, ok, figure, target });
}

// ---------------------------------------------------------------- statistics and printing

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

const ms = (value) => `${value.toFixed(1)} ms`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  '))
    .join('\n');
}

function section(title) {
  console.log(`\n== ${title}`);
}

// ---------------------------------------------------------------- the page server

async function pageFiles() {
  const files = new Map();
  for (const chunk of await bundle('src/define.ts', 'define')) files.set(`/sdk/${chunk.fileName}`, chunk.code);
  for (const chunk of await bundle('bench/harness.ts', 'harness')) files.set(`/${chunk.fileName}`, chunk.code);
  for (const chunk of await bundle('bench/floor.ts', 'floor')) files.set(`/floor/${chunk.fileName}`, chunk.code);
  for (const chunk of await bundle('bench/lit.ts', 'lit')) files.set(`/floor/${chunk.fileName}`, chunk.code);
  for (const chunk of await bundle('bench/renewals.ts', 'renewals')) files.set(`/renewals/${chunk.fileName}`, chunk.code);
  for (const page of ['expand.html', 'lab.html', 'floor.html', 'renewals.html', 'empty.html'])
    files.set(`/${page}`, readFileSync(resolve(root, 'bench', page), 'utf8'));
  return files;
}

function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const body = files.get(path);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

// ---------------------------------------------------------------- scenarios

async function freshPage(browser, throttle = 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return { context, page, cdp };
}

/** `runs` loads of `page` at `THROTTLE`, after one unmeasured load (server and disk warm). */
async function timedLoads(browser, origin, path, runs = LOAD_RUNS) {
  const results = [];
  for (let index = 0; index <= runs; index += 1) {
    const { context, page } = await freshPage(browser, THROTTLE);
    const scripts = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/sdk/')) scripts.push(pathname);
    });
    await page.goto(`${origin}${path}`);
    const result = await page.waitForFunction(() => window.benchResult, null, { timeout: 30_000, polling: 50 }).then((handle) => handle.jsonValue());
    if (index > 0) results.push({ ...result, scripts: [...scripts] });
    await context.close();
  }
  return results;
}

const STEPPER = 'checkout-session plan-picker capacity-stepper[service-id="extensions"]';

async function quoteBursts(browser, origin) {
  const counts = {};
  const open = async () => {
    const session = await freshPage(browser);
    await session.page.goto(`${origin}/expand.html`);
    await session.page.waitForFunction(() => window.benchResult, null, { timeout: 30_000 });
    await session.page.evaluate(() => window.benchNetwork.resetCounts());
    return session;
  };
  const settle = async (page) => {
    // Longer than the store's 250 ms debounce plus the answer.
    await page.waitForTimeout(1_500);
    return page.evaluate(() => ({ ...window.benchNetwork.quotes }));
  };
  const value = (page) => page.locator(`${STEPPER} input`).inputValue();

  {
    const { context, page } = await open();
    const box = await page.locator(`${STEPPER} button.increment`).boundingBox();
    const started = Date.now();
    for (let click = 0; click < 30; click += 1) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const burstMs = Date.now() - started;
    counts.clicks = { ...(await settle(page)), burstMs, value: await value(page) };
    await context.close();
  }
  {
    const { context, page } = await open();
    const field = page.locator(`${STEPPER} input`);
    await field.click();
    await page.keyboard.press('Control+A');
    const started = Date.now();
    await page.keyboard.type('250', { delay: 60 });
    await page.keyboard.press('Enter');
    const burstMs = Date.now() - started;
    counts.typing = { ...(await settle(page)), burstMs, value: await value(page) };
    await context.close();
  }
  return counts;
}

async function renewRendering(browser, origin) {
  const results = [];
  for (const size of RENEW_SIZES) {
    const { context, page } = await freshPage(browser);
    await page.goto(`${origin}/lab.html`);
    await page.waitForFunction(() => window.bench, null, { timeout: 30_000 });
    const runs = [];
    for (let index = 0; index <= RENEW_RUNS; index += 1) {
      const run = await page.evaluate((count) => window.bench.harness.renderRenew(window.bench.network, count), size);
      if (index > 0) runs.push(run);
    }
    results.push({
      size,
      layout: median(runs.map((run) => run.layout)),
      frame: median(runs.map((run) => run.frame)),
      selectAll: median(runs.map((run) => run.selectAll)),
      rows: runs[0].rows,
      rowCount: runs[0].rowCount,
    });
    await context.close();
  }
  return results;
}

/** The renewal center's runs over `CENTER_RESOURCES` generated resources (the first run, which loads the lazy chunks, not counted). */
async function centerRendering(browser, origin) {
  const { context, page } = await freshPage(browser);
  await page.goto(`${origin}/renewals.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 30_000 });
  await page.evaluate((count) => window.bench.network.generateResources(count), CENTER_RESOURCES);
  const runs = [];
  for (let index = 0; index <= CENTER_RUNS; index += 1) {
    const run = await page.evaluate(() => window.bench.harness.renderRenewalCenter(window.bench.network));
    if (index > 0) runs.push(run);
  }
  await context.close();
  return runs;
}

/** One frame of an empty page in the same browser: a requestAnimationFrame round trip, `FRAME_RUNS` times. */
async function frameFloor(browser, origin) {
  const { context, page } = await freshPage(browser);
  await page.goto(`${origin}/empty.html`);
  await page.waitForFunction(() => window.frameRoundTrip, null, { timeout: 30_000 });
  const frames = [];
  for (let index = 0; index < FRAME_RUNS; index += 1) frames.push(await page.evaluate(() => window.frameRoundTrip()));
  await context.close();
  return frames;
}

async function heapAfterCycles(browser, origin) {
  const { context, page, cdp } = await freshPage(browser);
  await page.goto(`${origin}/lab.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 30_000 });
  const measure = async () => {
    for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { used: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
  };
  await cdp.send('HeapProfiler.enable');
  await page.evaluate((cycles) => window.bench.harness.mountCycles(cycles, 0), CYCLES.first);
  const first = await measure();
  await page.evaluate(([cycles, offset]) => window.bench.harness.mountCycles(cycles, offset), [CYCLES.total - CYCLES.first, CYCLES.first]);
  const last = await measure();
  // Further cycles tell a leak (growth per cycle stays) from warm-up (compiled code, caches
  // filling, which stops).
  await page.evaluate(([cycles, offset]) => window.bench.harness.mountCycles(cycles, offset), [CYCLES.steady - CYCLES.total, CYCLES.total]);
  const steady = await measure();
  await context.close();
  return { first, last, steady };
}

// ---------------------------------------------------------------- run

const started = Date.now();
console.log('Upcart bench (size and speed targets)');
const machine = { cpu: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, node: process.version, os: `${platform()} ${release()}`, load: loadavg() };

if (want('sizes')) {
  section('sizes: minified ES, lit + @lit/context + zod inlined; entry chunk + static imports');
  const sizes = await measureAll();
  const floor = sizes.find((entry) => entry.name === 'floor');
  const sizeRows = [['entry', 'min', 'gzip', 'brotli', 'x floor (gzip)', 'target', 'result']];
  for (const entry of sizes) {
    const ratio = entry.gzip / floor.gzip;
    let target = '';
    let ok = null;
    if (entry.name === 'define') {
      ok = entry.gzip <= TARGETS.defineGzip && ratio <= TARGETS.floorRatio;
      target = `<= ${kB(TARGETS.defineGzip)} kB, <= ${TARGETS.floorRatio}x`;
      verdict('full SDK <= 24 kB gzip', entry.gzip <= TARGETS.defineGzip, `${kB(entry.gzip)} kB`, '24.0 kB');
      verdict('full SDK <= 2x floor', ratio <= TARGETS.floorRatio, `${ratio.toFixed(2)}x of ${kB(floor.gzip)} kB`, '2.00x');
    } else if (entry.name !== 'floor') {
      ok = entry.gzip <= TARGETS.elementGzip;
      target = `<= ${kB(TARGETS.elementGzip)} kB`;
    }
    sizeRows.push([
      entry.label,
      `${kB(entry.bytes)} kB`,
      `${kB(entry.gzip)} kB`,
      `${kB(entry.brotli)} kB`,
      entry.name === 'floor' ? '1.00x' : `${ratio.toFixed(2)}x`,
      target,
      ok === null ? '' : ok ? 'PASS' : 'FAIL',
    ]);
  }
  console.log(table(sizeRows));
  const elements = sizes.filter((entry) => entry.name !== 'floor' && entry.name !== 'define');
  const largest = elements.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  verdict(
    'each element entry <= 12 kB gzip',
    elements.every((entry) => entry.gzip <= TARGETS.elementGzip),
    `largest ${largest.name} ${kB(largest.gzip)} kB`,
    '12.0 kB',
  );

  const define = sizes.find((entry) => entry.name === 'define');
  console.log('\nloaded only when used (not counted above), from upcart/define:');
  const lazyRows = [['chunk', 'min', 'gzip', 'brotli']];
  for (const chunk of [...define.lazy, ...define.locales]) {
    lazyRows.push([
      chunk.locale ? `locale ${chunk.locale} (${chunk.module})` : chunk.module,
      `${kB(chunk.bytes)} kB`,
      `${kB(chunk.gzip)} kB`,
      `${kB(chunk.brotli)} kB`,
    ]);
  }
  console.log(table(lazyRows));
  const foreign = [];
  for (const entry of sizes.filter((candidate) => candidate.name !== 'floor')) foreign.push({ entry, ...(await foreignMessagesIn(entry.code, entry.locales)) });
  const localesSplit = define.locales.length >= 3 && foreign.every((item) => item.found.length === 0);
  const checked = foreign.find((item) => item.entry.name === 'define')?.checked ?? 0;
  console.log(`non-English messages in any counted entry code: ${foreign.reduce((sum, item) => sum + item.found.length, 0)} of ${checked} checked per entry`);
  verdict(
    'non-English locales loaded only when used',
    localesSplit,
    `${define.locales.map((chunk) => chunk.locale).join(', ')} in lazy chunks; ${foreign.reduce((sum, item) => sum + item.found.length, 0)} foreign messages in entries`,
    '0 in entries',
  );
}

const files = await pageFiles();
const server = await serve(files);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
machine.chromium = browser.version();

try {
  if (want('load')) {
    section(`expand flow: module load to interactive, ${THROTTLE}x CPU throttling, ${LOAD_RUNS} runs`);
    console.log('interactive = the Extensions <capacity-stepper> in <plan-picker> in <checkout-session> shows the');
    console.log("subscription's 50 in an enabled spinbutton with enabled + (catalog, subscription and selection");
    console.log('loaded through httpBackend and zod), timed in the page from just before `import(define.js)`;');
    console.log('"next frame" adds the first frame produced after that.');
    const loads = await timedLoads(browser, origin, '/expand.html');
    // References under the same throttling, in their own fresh pages (see bench/floor.html).
    const references = await timedLoads(browser, origin, '/floor.html');
    const litOnly = await timedLoads(browser, origin, '/floor.html?module=lit');
    const loadRows = [['measure', 'median', 'p25-p75', 'min-max']];
    const spread = (values) => [
      ms(median(values)),
      `${ms(quantile(values, 0.25))} - ${ms(quantile(values, 0.75))}`,
      `${ms(Math.min(...values))} - ${ms(Math.max(...values))}`,
    ];
    const labels = { imported: 'define.js fetched + evaluated', interactive: 'interactive', frame: 'interactive + next frame' };
    for (const key of Object.keys(labels)) loadRows.push([labels[key], ...spread(loads.map((run) => run[key]))]);
    loadRows.push(['of which the mock backend answering in the page', ...spread(loads.map((run) => run.backend))]);
    loadRows.push(['reference: the floor alone, imported', ...spread(references.map((run) => run.floor))]);
    loadRows.push(['reference: lit + @lit/context alone, imported', ...spread(litOnly.map((run) => run.floor))]);
    loadRows.push(["reference: the page's first Intl.NumberFormat", ...spread(references.map((run) => run.intl))]);
    console.log(table(loadRows));
    // What the expand flow fetched of the SDK until interactive: the entry and any lazy chunk.
    const fetched = [...new Set(loads.flatMap((run) => run.scripts))];
    const fetchedGzip = fetched.reduce((sum, path) => sum + gzipBytes(files.get(path) ?? ''), 0);
    console.log(
      `the expand flow fetched ${fetched.length} SDK file(s) until interactive, ${kB(fetchedGzip)} kB gzip: ${fetched.map((path) => path.replace('/sdk/', '')).join(', ')}`,
    );
    const interactive = median(loads.map((run) => run.interactive));
    verdict(`interactive < 100 ms at ${THROTTLE}x throttling (median)`, interactive < TARGETS.interactiveMs, ms(interactive), '< 100 ms');
  }

  if (want('quotes')) {
    section('quote requests (store debounce 250 ms, as shipped)');
    const quotes = await quoteBursts(browser, origin);
    const quoteRows = [['burst', 'duration', 'sent', 'aborted', 'answered', 'stepper ends at', 'result']];
    for (const [name, label] of [
      ['clicks', '30 clicks on +'],
      ['typing', 'type "250" + Enter'],
    ]) {
      const count = quotes[name];
      const ok = count.answered === 1 && count.sent - count.aborted === 1 && count.aborted <= 1;
      quoteRows.push([label, `${count.burstMs} ms`, count.sent, count.aborted, count.answered, count.value, ok ? 'PASS' : 'FAIL']);
      verdict(`one quote request per burst: ${label}`, ok, `${count.sent} sent, ${count.aborted} aborted`, '1 (+1 aborted)');
    }
    console.log(table(quoteRows));
  }

  if (want('renew')) {
    section(`renew flow: <plan-picker> render with N subscriptions (no throttling, median of ${RENEW_RUNS})`);
    console.log('from appending <plan-picker> (subscriptions already in the store) to the table laid out; and to the next frame');
    const renew = await renewRendering(browser, origin);
    const renewRows = [['subscriptions', 'render + layout', 'to next frame', 'rows in DOM', 'aria-rowcount', 'select all, to next frame']];
    for (const run of renew)
      renewRows.push([run.size.toLocaleString('en-US'), ms(run.layout), ms(run.frame), run.rows, run.rowCount ?? '-', ms(run.selectAll)]);
    console.log(table(renewRows));
    const small = renew[renew.length - 2];
    const big = renew[renew.length - 1];
    const perRow = ((big.frame - small.frame) / (big.size - small.size)) * 1000;
    console.log(
      `growth per row: ${perRow.toFixed(2)} us (from ${small.size.toLocaleString('en-US')} to ${big.size.toLocaleString('en-US')} subscriptions, to next frame)`,
    );
    verdict('10,000 subscriptions render < 200 ms', big.frame < TARGETS.renew10kMs, `${ms(big.frame)} (${perRow.toFixed(2)} us/row)`, '< 200 ms');
  }

  if (want('center')) {
    section(
      `renewal center: ${CENTER_RESOURCES.toLocaleString('en-US')} resources, no throttling, median of ${CENTER_RUNS} (against one frame of an empty page, median of ${FRAME_RUNS})`,
    );
    console.log("first rows: from the page's answer to the first page to its rows laid out, and to the next frame;");
    console.log('filter: from the expiry window set to "within 7 days" to the filtered rows laid out, and to the next frame.');
    console.log('The mock answers in the page: its time inside each interval (the counts over every resource, the filtered');
    console.log("page) is measured and taken out, so the figures are the center's: parsing, state, windowing, Lit render, layout.");
    const frames = await frameFloor(browser, origin);
    const runs = await centerRendering(browser, origin);
    const floor = median(frames);
    const centerRows = [['measure', 'laid out', 'to next frame', 'p25-p75 (next frame)', 'mock backend, taken out', 'x floor', 'target', 'result']];
    centerRows.push(['floor: one frame of an empty page', '', ms(floor), `${ms(quantile(frames, 0.25))} - ${ms(quantile(frames, 0.75))}`, '', '1.00x', '', '']);
    for (const [key, label] of [
      ['firstRows', 'first rows visible after the answer'],
      ['filter', 'filtered view (expiry 7 days)'],
    ]) {
      const values = runs.map((run) => run[key]);
      const figure = median(values);
      const ok = figure < TARGETS.centerMs;
      centerRows.push([
        label,
        ms(median(runs.map((run) => run[`${key}Layout`]))),
        ms(figure),
        `${ms(quantile(values, 0.25))} - ${ms(quantile(values, 0.75))}`,
        ms(median(runs.map((run) => run[`${key}Backend`]))),
        `${(figure / floor).toFixed(2)}x`,
        `< ${TARGETS.centerMs} ms`,
        ok ? 'PASS' : 'FAIL',
      ]);
      verdict(
        `renewal center, ${CENTER_RESOURCES.toLocaleString('en-US')} resources: ${label} < 50 ms`,
        ok,
        `${ms(figure)} (${(figure / floor).toFixed(2)}x of ${ms(floor)} floor)`,
        '< 50 ms',
      );
    }
    console.log(table(centerRows));
    console.log(`rows in the DOM: ${runs[0].rowsInDom} of aria-rowcount ${runs[0].total} (the filtered view)`);
  }

  if (want('heap')) {
    section(`JS heap: ${CYCLES.total} mount/unmount cycles of a full <checkout-session> (expand, upgrade, renew in turn)`);
    const heap = await heapAfterCycles(browser, origin);
    const growth = heap.last.used - heap.first.used;
    const perCycle = growth / (CYCLES.total - CYCLES.first);
    const steadyPerCycle = (heap.steady.used - heap.last.used) / (CYCLES.steady - CYCLES.total);
    console.log(
      table([
        ['after (GC forced)', 'JS heap used', 'DOM nodes', 'JS listeners', 'documents'],
        ...[
          [CYCLES.first, heap.first],
          [CYCLES.total, heap.last],
          [CYCLES.steady, heap.steady],
        ].map(([cycles, at]) => [`${cycles} cycles`, `${kB(at.used)} kB`, at.nodes, at.listeners, at.documents]),
      ]),
    );
    console.log(`${CYCLES.first} -> ${CYCLES.total}: ${kB(growth)} kB (${(perCycle / 1000).toFixed(2)} kB per cycle, warm-up included: compiled code, caches)`);
    console.log(`${CYCLES.total} -> ${CYCLES.steady}: ${kB(heap.steady.used - heap.last.used)} kB (${(steadyPerCycle / 1000).toFixed(2)} kB per cycle)`);
    // A leak keeps growing per cycle; warm-up stops. "No growth": after warm-up under 0.25 kB per
    // cycle (the size of no session, whose store and DOM are tens of kB), no DOM node or listener
    // left behind, and the issue's own 10 -> 200 comparison under 2 kB per cycle.
    const flat = (at) => at.nodes <= heap.first.nodes && at.listeners <= heap.first.listeners && at.documents <= heap.first.documents;
    const heapOk = steadyPerCycle < 250 && perCycle < 2000 && flat(heap.last) && flat(heap.steady);
    verdict(
      'no heap growth across cycles',
      heapOk,
      `${kB(growth)} kB over 10->200; ${(steadyPerCycle / 1000).toFixed(2)} kB/cycle after; DOM/listeners flat: ${flat(heap.last) && flat(heap.steady)}`,
      '< 0.25 kB/cycle steady',
    );
  }
} finally {
  await browser.close();
  server.close();
}

section('machine');
console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`);
console.log(
  `load average at start ${machine.load.map((value) => value.toFixed(2)).join(' ')}, at end ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} (timings need an otherwise idle machine)`,
);

section('targets');
console.log(table([['target', 'figure', 'wanted', 'result'], ...verdicts.map((item) => [item.name, item.figure, item.target, item.ok ? 'PASS' : 'FAIL'])]));
console.log(`\n${verdicts.filter((item) => item.ok).length} of ${verdicts.length} targets met; bench took ${Math.round((Date.now() - started) / 1000)} s`);
