// The size budget, a stage of `npm test`: sizes are deterministic, so a change that makes
// Upcart cost more than its budget fails the tests (timings stay in `npm run bench`).
//
// Measured as scripts/bundle-sizes.mjs does for the bench: each entry bundled with lit,
// @lit/context and zod inlined, minified, gzip -9, entry chunk plus its static imports.
//
// Issue 18: the targets are ratios to the floor measured in the same run (`bench/floor.ts`: lit,
// @lit/context and the contract's zod/mini schemas bundled alone), each printed PASS or FAIL:
// - `upcart/define` (the six checkout elements, store, backend, validation) <= 2.0x the floor;
// - each checkout element's own entry <= 1.0x;
// - the account pages' elements (`upcart/order-history`, `upcart/renewal-center`), never in the
//   checkout's load, <= 1.2x each.
// A target met is enforced. One not met yet is held at its CEILING (gzip bytes: what it measures
// plus about 0.1 %), printed as FAIL, held, with the gap to its target; the run fails when it goes
// over that ceiling. Lower a ceiling with every cut and drop it once its target holds.
// `--strict` (or UPCART_SIZE_STRICT=1) ignores the ceilings.
// `node scripts/size-breakdown.mjs [entry]` shows where an entry's bytes go.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ELEMENTS, foreignMessagesIn, kB, measureAll } from './bundle-sizes.mjs';

/** Entries of the account pages, loaded where they are used, never with the checkout. */
const ACCOUNT_ELEMENTS = ['order-history', 'renewal-center'];

/** Issue 18's size targets, each a ratio to the floor of the same run: `[entry name, label, ratio]`. */
export const SIZE_TARGETS = [
  ['define', 'upcart/define (the checkout)', 2.0],
  ...ELEMENTS.map((tag) => [tag, `upcart/${tag}`, ACCOUNT_ELEMENTS.includes(tag) ? 1.2 : 1.0]),
];

// Ceilings, gzip bytes, of the targets not met yet (issue 18, 2026-12-08). Before the re-base they
// held every entry at what it measured plus 0.1 to 1.5 % against issue 7's absolute targets (24 kB
// for define, 12 kB an element; the history of each raise is in git: scripts/size-budget.mjs before
// issue 18). Re-based they measured: define 65,425 (3.16x the floor 20,696), checkout-session 65,413
// (it registers the whole default layout), plan-picker 23,321 (1.13x). capacity-stepper, order-summary,
// billing-contact, pay-checkout, order-history and renewal-center meet their targets and have none.
// Cut 1: the payment methods (card, PayPal, offline, their controllers and words) loaded when chosen:
// define 65,425 -> 63,188 (3.16x -> 3.05x), checkout-session 65,413 -> 63,173, pay-checkout 18,880 -> 16,654.
// Cut 2: <plan-picker>'s words that only a flow's view shows (73 of its 81) loaded with that view:
// define 63,188 -> 61,996 (3.00x), checkout-session 63,173 -> 61,984, plan-picker 23,318 -> 21,970 (1.06x).
// Cut 3: <capacity-stepper>'s plan and service bindings read through one path (the same model), and
// margins its paragraphs and alert never had: define 61,996 -> 61,908, checkout-session 61,984 -> 61,896,
// plan-picker 21,970 -> 21,880, capacity-stepper 18,508 -> 18,435.
// Cut 4: the stepper's loading, error and empty states in one template, and no focus ring of its own
// (the tokens' :focus-visible draws the same): define 61,908 -> 61,886, checkout-session 61,896 -> 61,873,
// plan-picker 21,880 -> 21,867, capacity-stepper 18,435 -> 18,422.
export const CEILINGS = {
  define: 61_948,
  'checkout-session': 61_935,
  'plan-picker': 21_889,
};

/**
 * Chunks loaded on demand by the full SDK, which no entry counts: each is held at what it costs
 * today plus about 1.5 %, so a part only some flows load cannot grow unnoticed either.
 */
const LAZY_CEILINGS = {
  // Expand explains a trial or inactive subscription and offers its next flow; upgrade marks cycles below the credit.
  // Each view brings its own styles since 2026-12-07 (about +0.1, +0.6 and +0.8 kB).
  // 2026-12 (issue 15): expand carries Workplace's partner layout (capacity disclosure, Plan/Service tabs,
  // the add-service dialog with its price preview), 1.53 -> 4.39 kB; upgrade the registered accounts,
  // View details and the no-new-minimum-term note, 4.65 -> 5.38 kB. Their words are a chunk of their own (0.47 kB).
  // Issue 18: each view carries its own words (they were in every picker's entry, 1.2 kB of define): expand
  // 4,313 -> 4,606, upgrade 5,303 -> 5,878, renew 5,655 -> 6,063; held at that plus about 0.2 %.
  'src/elements/plan-picker/expand-view.ts': 4_615,
  'src/elements/plan-picker/upgrade-view.ts': 5_890,
  // 2026-12 (issue 15): a renewal center's selection (no list) and a grouped quote's items read for the
  // rows' new end dates: 4.84 -> 5.11 kB.
  // Renewal center review: the co-term option and hint from the account's standard day the center passes: 5.12 -> 5.15 kB.
  // Issue 16: the narrow picker's card rows (+~430 bytes).
  'src/elements/plan-picker/renew-view.ts': 6_075,
  // Issue 18: each payment method, loaded when the buyer chooses it (or the pointer or focus reaches the
  // choice), with the card and PayPal controllers and the methods' words in chunks they share (below
  // 1.0 and 0.5 kB). Measured card 1,052, PayPal 1,022, offline 642; plus about 0.5 %.
  'src/payments/card-method.ts': 1_060,
  'src/payments/paypal-method.ts': 1_030,
  'src/payments/offline-method.ts': 650,
  // Loaded once there is an order to show (or when the buyer reaches for Pay), with its styles.
  'src/elements/pay-checkout/order-result.ts': 2_200,
  'src/elements/billing-contact/contact-form.ts': 4_350,
  // Issue 16: the card fields follow the tokens (font size, spacing unit, a theme change through
  // elements.update): 3,050 -> 3,173 (+123 B, measured 3,173 from 2,996). PayPal's button style
  // from the tokens (height, radius, color by scheme or --upcart-paypal-color): 2,550 -> 2,838
  // (+288 B, measured 2,838 from 2,499). Both chunks load only when that method is chosen.
  'src/payments/stripe.ts': 3_173,
  'src/payments/paypal.ts': 2_838,
  // The wait for the server after a card or PayPal step (2026-12-07): its note, messages and event.
  // Issue 16 review: 687 -> 727 with no change of its own (the names it imports from define grew
  // as define's modules changed); held at 730. Issue 18: 745 once the payment methods it serves are chunks
  // of their own (it imports their shared module instead of define's names); held at 750.
  'src/payments/settlement.ts': 750,
  // The pseudo-locale en-XA (issue 16): its transform of the English messages, loaded only in en-XA. 763 bytes.
  'src/i18n/pseudo-locale.ts': 780,
};

/**
 * Every size target of `sizes` (scripts/bundle-sizes.mjs `measureAll()`): the figure, the floor,
 * the ratio and `PASS`, `FAIL (held)` (over its target, within its ceiling) or `FAIL`.
 */
export function judgeSizes(sizes, { strict = false } = {}) {
  const floor = sizes.find((entry) => entry.name === 'floor').gzip;
  return SIZE_TARGETS.map(([name, label, ratio]) => {
    const gzip = sizes.find((entry) => entry.name === name).gzip;
    const target = Math.floor(floor * ratio);
    const ceiling = strict ? undefined : CEILINGS[name];
    const verdict = gzip <= target ? 'PASS' : ceiling !== undefined && gzip <= ceiling ? 'FAIL (held)' : 'FAIL';
    return { name, label, gzip, floor, ratio: gzip / floor, targetRatio: ratio, target, ceiling, gap: gzip - target, verdict };
  });
}

/** One line of `judgeSizes()`. */
export function formatSizeVerdict(row) {
  const figure = `${row.label}: ${kB(row.gzip)} kB (${row.gzip} B) = ${row.ratio.toFixed(2)}x the floor (target <= ${row.targetRatio.toFixed(1)}x = ${kB(row.target)} kB)`;
  if (row.verdict === 'PASS') return `  PASS          ${figure}`;
  const gap = `${kB(row.gap)} kB over`;
  if (row.verdict === 'FAIL (held)') return `  FAIL, held    ${figure}; ${gap}, held at its ceiling ${row.ceiling} B`;
  return `  FAIL          ${figure}; ${gap}${row.ceiling === undefined ? '' : `, and over its ceiling ${row.ceiling} B`}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const strict = process.argv.includes('--strict') || process.env.UPCART_SIZE_STRICT === '1';
  let failed = 0;
  const bytes = (value) => `${kB(value)} kB`;

  const sizes = await measureAll();
  const floor = sizes.find((entry) => entry.name === 'floor');
  const define = sizes.find((entry) => entry.name === 'define');
  console.log(
    `gzip -9, lit + @lit/context + zod inlined; floor (lit + @lit/context + zod/mini schemas) ${bytes(floor.gzip)}${strict ? ' (strict: the targets, no ceilings)' : ''}`,
  );
  const rows = judgeSizes(sizes, { strict });
  for (const row of rows) console.log(formatSizeVerdict(row));
  failed += rows.filter((row) => row.verdict === 'FAIL').length;
  const held = rows.filter((row) => row.verdict === 'FAIL (held)');
  // A ceiling far above what it holds no longer holds anything: lower it with the cut.
  for (const row of held.filter((candidate) => candidate.ceiling > candidate.gzip * 1.005)) {
    console.log(`  note          ${row.label}: ceiling ${row.ceiling} is ${row.ceiling - row.gzip} bytes above what it measures (${row.gzip}): lower it`);
  }

  // Non-English catalogs load only when a session uses them: each must be a lazy chunk, and none
  // of their messages may be in any entry's counted code.
  // Expected: every catalog in src/i18n/locales/ but English, so a new language needs no edit here.
  let localeFailures = 0;
  const languages = define.locales.map((chunk) => chunk.locale).sort();
  const catalogs = readdirSync(resolve(import.meta.dirname, '../src/i18n/locales'))
    .filter((name) => /^[a-z]{2,3}\.ts$/.test(name) && name !== 'en.ts')
    .map((name) => name.slice(0, -3))
    .sort();
  if (languages.join() !== catalogs.join()) {
    localeFailures += 1;
    console.log(`  FAIL          locales: lazy catalog chunks are [${languages.join(', ')}], expected ${catalogs.join(', ')}`);
  } else {
    console.log(`  PASS          locales: ${catalogs.join(', ')} are lazy chunks`);
  }
  for (const entry of sizes.filter((candidate) => candidate.name !== 'floor')) {
    const { checked, found } = await foreignMessagesIn(entry.code, entry.locales);
    if (checked === 0 || found.length > 0) {
      localeFailures += 1;
      const sample = found
        .slice(0, 3)
        .map((item) => `${item.locale} ${item.key} "${item.text}"`)
        .join('; ');
      console.log(`  FAIL          ${entry.label}: ${found.length} non-English messages in the entry code (${checked} checked) ${sample}`);
    }
  }
  if (localeFailures === 0) console.log(`  PASS          no non-English message in any entry's code`);
  failed += localeFailures;

  /** Whether a module (`src/...`) is in an entry's counted code, or in one of its lazy chunks. */
  const inEntry = (entry, path) => entry.modules.some((id) => id.endsWith(`/${path}`));
  const inLazyChunk = (entry, path) => entry.lazy.some((chunk) => chunk.modules.includes(path));

  // <plan-picker> loads each flow's view when that flow is used: every view must be a lazy chunk
  // and no view (nor a helper only a view uses) may be in the entry's counted code.
  let viewFailures = 0;
  const picker = sizes.find((entry) => entry.name === 'plan-picker');
  const PICKER_VIEWS = ['expand-view', 'upgrade-view', 'renew-view'].map((name) => `src/elements/plan-picker/${name}.ts`);
  const VIEW_HELPERS = ['shared/roving-tabindex', 'plan-picker/row-window', 'plan-picker/renew-dates'].map((name) => `src/elements/${name}.ts`);
  for (const path of [...PICKER_VIEWS, ...VIEW_HELPERS].filter((path) => inEntry(picker, path))) {
    viewFailures += 1;
    console.log(`  FAIL          ${picker.label}: ${path} is in the entry's code, expected only in a lazy chunk`);
  }
  for (const path of PICKER_VIEWS.filter((path) => !inLazyChunk(picker, path))) {
    viewFailures += 1;
    console.log(`  FAIL          ${picker.label}: ${path} is in no lazy chunk`);
  }
  if (viewFailures === 0) console.log(`  PASS          ${picker.label}: expand, upgrade and renew views are lazy chunks, none in the entry's code`);
  failed += viewFailures;

  // Only <checkout-session> (its httpBackend) and the lazy new-contact form validate with the
  // contract's zod schemas; no other element's entry may bundle zod or the schemas.
  let zodFailures = 0;
  for (const tag of ELEMENTS.filter((name) => name !== 'checkout-session')) {
    const entry = sizes.find((candidate) => candidate.name === tag);
    const found = entry.modules.filter((id) => id.endsWith('/src/api/schemas.ts') || id.includes('/node_modules/zod/'));
    if (found.length === 0) continue;
    zodFailures += 1;
    const sample = found
      .slice(0, 3)
      .map((id) => id.replace(/.*\/(node_modules|src)\//, '$1/'))
      .join(', ');
    console.log(`  FAIL          ${entry.label}: ${found.length} zod or schema modules in the entry's code (${sample})`);
  }
  if (zodFailures === 0) console.log(`  PASS          no element entry but checkout-session bundles zod or the contract's schemas`);
  failed += zodFailures;

  // Parts an element loads when the buyer gets there, each a lazy chunk with what only it uses: the
  // new-contact form; the order result and its messages; each flow view's styles.
  const LAZY_PARTS = [
    ['billing-contact', 'src/elements/billing-contact/contact-form.ts', 'the new-contact form'],
    ['pay-checkout', 'src/elements/pay-checkout/order-result.ts', 'the order result'],
    ['pay-checkout', 'src/i18n/locales/en/order-result.ts', "the order result's messages"],
    ...['card', 'paypal', 'offline'].map((method) => ['pay-checkout', `src/payments/${method}-method.ts`, `the ${method} payment method`]),
    ['pay-checkout', 'src/i18n/locales/en/payment-methods.ts', "the payment methods' messages"],
    ...['expand', 'upgrade', 'renew'].map((flow) => ['plan-picker', `src/elements/plan-picker/${flow}-view.styles.ts`, `the ${flow} view's styles`]),
  ];
  for (const [tag, path, what] of LAZY_PARTS) {
    const entry = sizes.find((candidate) => candidate.name === tag);
    if (inLazyChunk(entry, path) && !inEntry(entry, path)) {
      console.log(`  PASS          ${entry.label}: ${what}, in a lazy chunk and not in the entry`);
    } else {
      failed += 1;
      console.log(`  FAIL          ${entry.label}: ${path} is in the entry or in no lazy chunk`);
    }
  }

  // <renewal-center> is not in the checkout's entry: neither its element nor its list state; its
  // renewal calls over HTTP (with their zod schemas) load when it first talks to the backend.
  const center = sizes.find((entry) => entry.name === 'renewal-center');
  const CENTER_ONLY = ['src/elements/renewal-center/renewal-center.component.ts', 'src/store/account/renewal-center-state.ts', 'src/api/renewal-schemas.ts'];
  for (const path of CENTER_ONLY.filter((path) => inEntry(define, path))) {
    failed += 1;
    console.log(`  FAIL          ${define.label}: ${path} is in the checkout's entry`);
  }
  if (inEntry(center, 'src/api/renewal-http.ts') || !inLazyChunk(center, 'src/api/renewal-http.ts')) {
    failed += 1;
    console.log(`  FAIL          ${center.label}: src/api/renewal-http.ts is in the entry or in no lazy chunk`);
  } else {
    console.log(`  PASS          ${center.label}: not in define; its HTTP calls and their schemas are a lazy chunk`);
  }

  // The on-demand chunks of the full SDK, each against its own ceiling.
  for (const [module, ceiling] of Object.entries(LAZY_CEILINGS)) {
    const chunk = define.lazy.find((candidate) => candidate.module === module);
    if (!chunk) {
      failed += 1;
      console.log(`  FAIL          ${module}: no longer a chunk of its own in upcart/define`);
    } else if (chunk.gzip > ceiling) {
      failed += 1;
      console.log(`  FAIL          ${module} (loaded when used): ${chunk.gzip} B is over its ceiling ${ceiling} B`);
    } else {
      console.log(`  PASS          ${module} (loaded when used): ${bytes(chunk.gzip)} (ceiling ${bytes(ceiling)})`);
    }
  }

  if (held.length > 0) {
    console.log(`${held.length} size target(s) not met yet, held at their ceilings (--strict enforces the targets): ${held.map((row) => row.name).join(', ')}`);
  }
  process.exit(failed === 0 ? 0 : 1);
}
