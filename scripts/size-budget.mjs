// The size budget, a stage of `npm test`: sizes are deterministic, so a change that makes
// Upcart cost more than its budget fails the tests (timings stay in `npm run bench`).
//
// Measured as scripts/bundle-sizes.mjs does for the bench: each entry bundled with lit,
// @lit/context and zod inlined, minified, gzip -9, entry chunk plus its static imports.
//
// Two budgets:
// - TARGETS are the performance targets: the full SDK <= 24 kB gzip and <= 2x the floor, each element's
//   entry <= 12 kB, no non-English message in any entry. `--strict` (or UPCART_SIZE_STRICT=1)
//   enforces them.
// - CEILINGS hold what the SDK costs today where a target is not met yet, so no change can make
//   it bigger unnoticed; lower them as the SDK gets smaller, and drop one once its target holds.
//   Without `--strict` a target that is missed but under its ceiling prints "over target".
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ELEMENTS, foreignMessagesIn, kB, measureAll } from './bundle-sizes.mjs';

const strict = process.argv.includes('--strict') || process.env.UPCART_SIZE_STRICT === '1';

const TARGETS = { defineGzip: 24_000, floorRatio: 2, elementGzip: 12_000 };

/**
 * gzip bytes measured on 2026-11-23 (second session) plus about 1.5 %, and the ratio to the floor
 * likewise. Raised on 2026-12-04 to what it measured then plus about 1.5 %: the
 * receipt and lock after an order, refused fields, quote expiry, promotion fallback (the store,
 * summary and payment: about 2.3 kB in define), the server answers (sign in again, Retry-After,
 * offline: about 1.1 kB), the next step for dead ends, the same-contact rule and the fallback tags.
 * define went from 56.1 kB to 61.2 kB; the performance targets are where it comes down.
 * capacity-stepper and billing-contact raised on 2026-12-04 for the shared element plumbing
 * (src/elements/shared: the step alert, the form-control base, lazy views): counted whole in an
 * entry of one element (about 0.1 and 0.25 kB), once in define, which stayed at 61,197 bytes.
 */
// The restructuring into a store of slices, an event bridge, payment methods and shared element
// code cost define about 1.06 kB gzip on 2026-12-04 (61,197 -> 62,260 bytes). Won back on
// 2026-12-07 by loading what only some buyers see with the part that shows it: each flow view's
// styles with the view (plan-picker.styles.ts kept only what every flow uses), the order result
// messages and styles once there is an order (60,885 bytes). define and checkout-session are held at
// 61,197, their size before the restructuring; the others at what they measured plus about 0.5 %.
// 2026-12-07: the renewal center's contract (a renew quote by selection, grouped lines, the
// request function renewal-http.ts reuses), its renew path (config.renewal), the grouped lines'
// labels and the seed features cost define about 400 bytes; moving the route table's `summary`
// texts (OpenAPI only) to openapi.ts won back about 480: 60,888, under 61,197 again. The review's
// fixes (account failures through the store, the session's locale without a flow: +219) and the
// renew view's reading of a grouped quote's items (a lazy chunk, but define exports what it uses:
// +109) brought it to 61,216: held at 61,250 until issue 18 re-bases the targets on the floor.
// order-summary (+17: grouped renewal lines in the buyer's language) and pay-checkout (+53: the
// review counts a center's selection from its quote) are held at what they measure plus ~0.4 %.
// Issue 16, measured at its contract commit (4376ebb: define 61,346, already 96 over) and after it
// all merged: define 64,083 (+2,737, 3.10x the floor). Where it went: the shared line writer with
// its English templates and amount explanation, units by plural form, full receipts, folded batch
// renewals with a sticky total (+1,240); the session's pay bar, shared/breakable.ts, container
// queries and card rows (+~750); arrows and values isolated for right to left (+~250); the store
// asking for the catalog in the buyer's language and swapping it in on a locale change (+~360);
// twelve catalogs and the pseudo-locale in the loader table (+~150). Each entry is held at what it
// measures plus about 0.1 % until issue 18 re-bases the targets on the floor and cuts.
// Issue 16, the server's refusals in the buyer's language (src/i18n/locales/en/errors.ts: 19 short
// English messages, one per 4xx code of the contract, shared by every element because errorText is):
// measured before and after, each ceiling raised by exactly that: define and checkout-session +527,
// plan-picker +646, capacity-stepper +579, order-summary +595, billing-contact +607, pay-checkout
// +573, order-history +606, renewal-center +575 bytes; define / floor 3.10x -> 3.12x.
// Issue 16 review (order result lines in the buyer's language, receipt rows written once from the
// order): define 64,083 -> 64,483 (+400; checkout-session 64,071 -> 64,471). The one isolated()
// saves 76 and Catalog.language costs 16 (the floor too); the rest is the bundler: once the lazy
// order result imports the line writer (or the shared receipt rows) from define, rolldown moves
// lit and i18n/format.ts out of the entry into a common chunk the entry imports, and two chunks
// gzip worse than one (+~320; the order result chunk itself went 2,151 -> 1,982). order-summary
// 16,876 -> 17,109 (its receipt rows and isolated() are shared modules now), order-history
// 15,756 -> 15,807 (isolated.ts with the line writer). Then units in the buyer's language only
// (Catalog.language checked before a catalog's unit forms are used, in the line writer, the stepper
// and the picker; units.ts importing languageOf from messages.ts is 63 of it) and an expansion over
// an included allowance saying so (two English messages, 31): define 64,483 -> 64,684 (+201),
// plan-picker 22,595 -> 22,686, capacity-stepper 17,861 -> 17,911, order-summary 17,109 -> 17,185,
// order-history 15,807 -> 15,886. Held at what they measure plus ~0.1 %.
// Both together (merged): define 65,264 (3.15x the floor 20,696); each entry held at what it measures plus ~0.1 %.
// Issue 17, httpBackend refusing a relative baseUrl where there is no page (Node) at creation, with
// a message that says to pass an absolute URL: define 65,294 -> 65,422 and checkout-session 65,282
// -> 65,410 (+128 each); both ceilings +130, define / floor 3.16x -> 3.17x.
const CEILINGS = {
  define: 65_460,
  floorRatio: 3.17,
  'checkout-session': 65_460,
  'plan-picker': 23_340,
  'capacity-stepper': 18_530,
  'order-summary': 17_810,
  // +0.15 kB on 2026-12-07: lazy views add their styles to the host's (shared/view-styles.ts).
  'billing-contact': 15_320,
  'pay-checkout': 18_880,
  // Its own entry, never in define (2026-12-08): 14,389 bytes measured, 0.71x the floor (20,307), plus about 0.5 %.
  // 2026-12 (issue 15 review): 14,619 bytes with its failures reported through the store (upcart-error, upcart-auth-required),
  // lines named by kind in the buyer's language (shared/line-label.ts) and the tab opened within the click; plus about 0.5 %.
  // Then 16,552 asking for its pages in the buyer's language (the backend names the items in it) and again on a change;
  // 16,571 with the items under their label on a card (a compound word no longer breaks inside itself).
  'order-history': 16_600,
  // 2026-12-07: its own entry, never in define (the floor plus the element base, its state and
  // view); its target is 1.2x the floor (24.7 kB). Measured 21.9 kB, held at that plus about 0.5 %.
  // 2026-12 (issue 15 review): 22.3 kB (from 21.9 kB, measured before and after) with its failures reported
  // through the store (upcart-error, upcart-auth-required), the session's locale followed into its renewal, and the
  // quote's groups named in the buyer's language (messages of its own); held at that plus about 0.5 %.
  // 2026-12 (renewal center review): 22,515 bytes (from 22,333, measured before and after) with stale rows held
  // inert while a tab's or filter's page loads, the renew checkout started from the tab's Auto Renew, left
  // by Back (no hidden re-quotes), titled from its quote, and the focus moved after an action; plus about 0.5 %.
  // Then 22,606 with the account's standard day read and passed to the renewal (co-terming), and 22,658 with the
  // new end dates following a new quote; held at that plus about 0.5 %.
  // 2026-12 (issue 16, bulk bar at narrow widths): 24,310 bytes (from 24,013, measured before and after) with
  // Batch renew kept and the other bulk actions in one More actions menu (the row menu's keyboard); +297.
  // Issue 17: 24,364 (from 24,310, measured before and after; +54, ceiling +27) with its dialogs opened and closed
  // through shared/modal-dialog.ts, so a simulated DOM without showModal (jsdom) still opens them.
  'renewal-center': 24_364,
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
  'src/elements/plan-picker/expand-view.ts': 4_450,
  'src/elements/plan-picker/upgrade-view.ts': 5_460,
  // 2026-12 (issue 15): a renewal center's selection (no list) and a grouped quote's items read for the
  // rows' new end dates: 4.84 -> 5.11 kB.
  // Renewal center review: the co-term option and hint from the account's standard day the center passes: 5.12 -> 5.15 kB.
  // Issue 16: the narrow picker's card rows (+~430 bytes).
  'src/elements/plan-picker/renew-view.ts': 5_660,
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
  // as define's modules changed); held at 730.
  'src/payments/settlement.ts': 730,
  // The pseudo-locale en-XA (issue 16): its transform of the English messages, loaded only in en-XA. 763 bytes.
  'src/i18n/pseudo-locale.ts': 780,
};

let failed = 0;
let over = 0;

/** `value` against its target and, unless strict, its ceiling. */
function check(name, value, target, ceiling, show) {
  if (value <= target) {
    console.log(`  ok            ${name}: ${show(value)} (target ${show(target)})`);
    return;
  }
  if (!strict && ceiling !== undefined && value <= ceiling) {
    over += 1;
    console.log(`  over target   ${name}: ${show(value)} (target ${show(target)}; held at its ceiling ${show(ceiling)})`);
    return;
  }
  failed += 1;
  const limit = strict || ceiling === undefined ? `target ${show(target)}` : `ceiling ${show(ceiling)}, target ${show(target)}`;
  console.log(`  FAILED        ${name}: ${show(value)} is over its ${limit}`);
}

const bytes = (value) => `${kB(value)} kB`;
const times = (value) => `${value.toFixed(2)}x`;

const sizes = await measureAll();
const floor = sizes.find((entry) => entry.name === 'floor');
const define = sizes.find((entry) => entry.name === 'define');
console.log(`gzip -9, lit + @lit/context + zod inlined; floor ${bytes(floor.gzip)}${strict ? ' (strict: the targets)' : ''}`);

check('upcart/define', define.gzip, TARGETS.defineGzip, CEILINGS.define, bytes);
check('upcart/define / floor', define.gzip / floor.gzip, TARGETS.floorRatio, CEILINGS.floorRatio, times);
for (const tag of ELEMENTS) {
  const entry = sizes.find((candidate) => candidate.name === tag);
  check(`upcart/${tag}`, entry.gzip, TARGETS.elementGzip, CEILINGS[tag], bytes);
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
  console.log(`  FAILED        locales: lazy catalog chunks are [${languages.join(', ')}], expected ${catalogs.join(', ')}`);
} else {
  console.log(`  ok            locales: ${catalogs.join(', ')} are lazy chunks`);
}
for (const entry of sizes.filter((candidate) => candidate.name !== 'floor')) {
  const { checked, found } = await foreignMessagesIn(entry.code, entry.locales);
  if (checked === 0 || found.length > 0) {
    localeFailures += 1;
    const sample = found
      .slice(0, 3)
      .map((item) => `${item.locale} ${item.key} "${item.text}"`)
      .join('; ');
    console.log(`  FAILED        ${entry.label}: ${found.length} non-English messages in the entry code (${checked} checked) ${sample}`);
  }
}
if (localeFailures === 0) console.log(`  ok            no non-English message in any entry's code`);
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
  console.log(`  FAILED        ${picker.label}: ${path} is in the entry's code, expected only in a lazy chunk`);
}
for (const path of PICKER_VIEWS.filter((path) => !inLazyChunk(picker, path))) {
  viewFailures += 1;
  console.log(`  FAILED        ${picker.label}: ${path} is in no lazy chunk`);
}
if (viewFailures === 0) console.log(`  ok            ${picker.label}: expand, upgrade and renew views are lazy chunks, none in the entry's code`);
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
  console.log(`  FAILED        ${entry.label}: ${found.length} zod or schema modules in the entry's code (${sample})`);
}
if (zodFailures === 0) console.log(`  ok            no element entry but checkout-session bundles zod or the contract's schemas`);
failed += zodFailures;

// Parts an element loads when the buyer gets there, each a lazy chunk with what only it uses: the
// new-contact form; the order result and its messages; each flow view's styles.
const LAZY_PARTS = [
  ['billing-contact', 'src/elements/billing-contact/contact-form.ts', 'the new-contact form'],
  ['pay-checkout', 'src/elements/pay-checkout/order-result.ts', 'the order result'],
  ['pay-checkout', 'src/i18n/locales/en/order-result.ts', "the order result's messages"],
  ...['expand', 'upgrade', 'renew'].map((flow) => ['plan-picker', `src/elements/plan-picker/${flow}-view.styles.ts`, `the ${flow} view's styles`]),
];
for (const [tag, path, what] of LAZY_PARTS) {
  const entry = sizes.find((candidate) => candidate.name === tag);
  if (inLazyChunk(entry, path) && !inEntry(entry, path)) {
    console.log(`  ok            ${entry.label}: ${what}, in a lazy chunk and not in the entry`);
  } else {
    failed += 1;
    console.log(`  FAILED        ${entry.label}: ${path} is in the entry or in no lazy chunk`);
  }
}

// <renewal-center> is not in the checkout's entry: neither its element nor its list state; its
// renewal calls over HTTP (with their zod schemas) load when it first talks to the backend.
const center = sizes.find((entry) => entry.name === 'renewal-center');
const CENTER_ONLY = ['src/elements/renewal-center/renewal-center.component.ts', 'src/store/account/renewal-center-state.ts', 'src/api/renewal-schemas.ts'];
for (const path of CENTER_ONLY.filter((path) => inEntry(define, path))) {
  failed += 1;
  console.log(`  FAILED        ${define.label}: ${path} is in the checkout's entry`);
}
if (inEntry(center, 'src/api/renewal-http.ts') || !inLazyChunk(center, 'src/api/renewal-http.ts')) {
  failed += 1;
  console.log(`  FAILED        ${center.label}: src/api/renewal-http.ts is in the entry or in no lazy chunk`);
} else {
  console.log(`  ok            ${center.label}: not in define; its HTTP calls and their schemas are a lazy chunk`);
}

// The on-demand chunks of the full SDK, each against its own ceiling.
for (const [module, ceiling] of Object.entries(LAZY_CEILINGS)) {
  const chunk = define.lazy.find((candidate) => candidate.module === module);
  if (!chunk) {
    failed += 1;
    console.log(`  FAILED        ${module}: no longer a chunk of its own in upcart/define`);
  } else if (chunk.gzip > ceiling) {
    failed += 1;
    console.log(`  FAILED        ${module} (loaded when used): ${bytes(chunk.gzip)} is over its ceiling ${bytes(ceiling)}`);
  } else {
    console.log(`  ok            ${module} (loaded when used): ${bytes(chunk.gzip)} (ceiling ${bytes(ceiling)})`);
  }
}

if (over > 0) console.log(`${over} size target(s) not met yet; held at today's ceilings (run with --strict to enforce the targets)`);
process.exit(failed === 0 ? 0 : 1);
