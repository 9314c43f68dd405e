/**
 * Upcart under a strict Content-Security-Policy: a page served by the test server with
 * `script-src 'self' 'nonce-…'`, no 'unsafe-inline' or 'unsafe-eval', `require-trusted-types-for
 * 'script'` (policies `lit-html`, `upcart`, and the page's MSW-only `default`), loaded in an iframe.
 * The page records every `securitypolicyviolation`; a checkout to an offline order and a card
 * payment through the Stripe stand-in must cause none. The stand-in is loaded from the other
 * loopback name, a cross-origin URL that `'self'` does not cover, so it runs only through the nonce
 * Upcart puts on its script.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import type { Violation } from './csp/violations.js';
import { fillCard } from '../payments/stand-in-helpers.js';
import { deepQuery, textOf } from './helpers.js';

const PAGE = '/test/reliability/csp/checkout.html';

type CspWindow = Window & typeof globalThis & { upcartCsp?: { mock: MockBackend; violations: Violation[]; nonce: string } };
type Session = HTMLElement & { store?: CheckoutStore; updateComplete: Promise<unknown> };

/** The same server under its other loopback name: another origin. */
const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const crossOriginStripe = `${otherOrigin}/public/stand-ins/stripe.js`;

describe('a strict Content-Security-Policy', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement;
  let win: CspWindow;
  let doc: Document;

  const violations = () => win.upcartCsp!.violations;
  const describeViolations = () => violations().map((v) => `${v.directive} ${v.blocked} at ${v.source}:${v.line} ${v.sample}`);

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1100px';
    frame.style.height = '1600px';
    frame.src = `${PAGE}?stripe=${encodeURIComponent(crossOriginStripe)}`;
    document.body.append(frame);
    await waitUntil(() => (frame.contentWindow as CspWindow | null)?.upcartCsp, 'the CSP page never started', { timeout: 10_000 });
    win = frame.contentWindow as CspWindow;
    doc = frame.contentDocument!;
  });

  after(() => frame.remove());

  afterEach(() => {
    for (const overlay of doc.querySelectorAll('[data-upcart-stand-in]')) overlay.remove();
  });

  async function session(attributes: Record<string, string>): Promise<Session> {
    win.upcartCsp!.mock.reset();
    win.sessionStorage.clear();
    doc.querySelector('#portal')!.replaceChildren();
    const el = doc.createElement('checkout-session') as Session;
    for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) el.setAttribute(name, value);
    doc.querySelector('#portal')!.append(el);
    await waitUntil(() => el.store?.getState().selection != null && el.store.getState().contacts.length > 0, 'the session never loaded', { timeout: 5000 });
    return el;
  }

  async function priced(el: Session): Promise<void> {
    await waitUntil(() => deepQuery(el, 'capacity-stepper')?.shadowRoot?.querySelector('[part="increment"]'), 'no stepper', { timeout: 3000 });
    deepQuery(el, 'capacity-stepper')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    await waitUntil(() => el.store!.getState().quote !== null, 'never priced', { timeout: 3000 });
    await waitUntil(() => textOf(deepQuery(el, 'order-summary')?.shadowRoot?.querySelector('[part="total"]')) !== '', 'no total shown', { timeout: 3000 });
  }

  it('is served on its own page only, with a fresh nonce and nothing unsafe', async () => {
    const one = await fetch(PAGE, { cache: 'no-store' });
    const two = await fetch(PAGE, { cache: 'no-store' });
    const other = await fetch('/test/reliability/helpers.ts', { cache: 'no-store' });
    const policy = one.headers.get('content-security-policy')!;
    expect(policy).to.match(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types lit-html upcart default');
    expect(policy).to.not.match(/unsafe-inline|unsafe-eval|strict-dynamic|\*/);
    expect(two.headers.get('content-security-policy')).to.not.equal(policy);
    expect(other.headers.get('content-security-policy')).to.equal(null);
    expect(violations(), 'the page started without a violation').to.deep.equal([]);
  });

  it('is enforced: eval, strings into script and HTML sinks, a script without the nonce and an inline style are refused and reported', async () => {
    const before = violations().length;
    expect(() => win.eval('1 + 1')).to.throw();
    expect(() => {
      doc.createElement('div').innerHTML = '<b>bold</b>';
    }).to.throw();
    expect(() => {
      doc.createElement('script').textContent = 'window.inlineRan = true';
    }).to.throw();
    // A script from another origin without the nonce: 'self' does not cover it.
    const preload = Object.assign(doc.createElement('link'), { rel: 'modulepreload', href: `${otherOrigin}/test/reliability/csp/violations.ts` });
    doc.head.append(preload);
    // A <style> without the nonce.
    const style = doc.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    doc.head.append(style);
    await waitUntil(() => violations().length >= before + 5, `the refusals were not all reported: ${JSON.stringify(violations().slice(before))}`);
    const canaries = violations().splice(before);
    preload.remove();
    style.remove();
    expect(canaries.map((violation) => violation.directive).sort()).to.deep.equal([
      'require-trusted-types-for',
      'require-trusted-types-for',
      'require-trusted-types-for',
      'script-src-elem',
      'style-src-elem',
    ]);
    expect((win as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
  });

  it('runs a checkout to an offline order with no violation', async () => {
    const el = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' });
    await priced(el);
    const pay = deepQuery(el, 'pay-checkout')!;
    pay.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="offline"]')!.click();
    await waitUntil(() => pay.shadowRoot!.querySelector('[part="pi-number"]'), 'no PI field', { timeout: 3000 });
    const pi = pay.shadowRoot!.querySelector<HTMLInputElement>('[part="pi-number"]')!;
    pi.value = 'PI-2026-0042';
    pi.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    pay.shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!.click();
    await waitUntil(() => el.store!.getState().order?.status === 'awaiting_offline_payment', 'never ordered', { timeout: 3000 });
    await waitUntil(() => pay.shadowRoot!.querySelector('[part="result"]'), 'no result', { timeout: 3000 });
    expect(textOf(pay.shadowRoot!.querySelector('[part="result"]'))).to.contain('PI-2026-0042');
    expect(win.upcartCsp!.mock.db.listOrders()).to.have.length(1);
    expect(describeViolations()).to.deep.equal([]);
  });

  it('pays by card through the Stripe stand-in, loaded with the nonce from another origin, with no violation', async () => {
    const el = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' });
    await priced(el);
    const pay = deepQuery(el, 'pay-checkout')!;
    pay.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="card"]')!.click();
    const mount = await waitUntilValue(() => el.querySelector<HTMLElement>(':scope > [slot]'), 'the card mount');
    await waitUntilValue(() => mount.querySelector('iframe'), 'the card element');
    const script = [...doc.querySelectorAll('script')].find((candidate) => candidate.src === crossOriginStripe);
    expect(script, 'the stand-in came from the other origin').to.exist;
    expect(script!.nonce).to.equal(win.upcartCsp!.nonce);
    const button = () => pay.shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
    await waitUntil(() => button().getAttribute('aria-disabled') === 'false', 'never ready to pay', { timeout: 3000 });
    fillCard(mount, '4242 4242 4242 4242');
    button().click();
    await waitUntil(() => el.store!.getState().order?.status === 'paid', 'never paid', { timeout: 5000 });
    expect(win.upcartCsp!.mock.db.listOrders()).to.have.length(1);
    expect(describeViolations()).to.deep.equal([]);
  });

  it('keeps a re-quote’s placeholder at the priced height without an inline style', async () => {
    const el = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' });
    await priced(el);
    // Hold the next quote so the placeholder stays on screen.
    win.upcartCsp!.mock.faults.set('createQuote', { latencyMs: 400, times: 1 });
    deepQuery(el, 'capacity-stepper')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    const summary = deepQuery(el, 'order-summary')!;
    await waitUntil(() => summary.shadowRoot!.querySelector('[part="placeholder"]'), 'no placeholder', { timeout: 3000 });
    const priced2 = summary.shadowRoot!.querySelector<HTMLElement>('.priced')!;
    expect(priced2.style.minHeight).to.match(/^\d+(\.\d+)?px$/);
    await waitUntil(() => el.store!.getState().quote !== null, 'never re-priced', { timeout: 3000 });
    expect(describeViolations()).to.deep.equal([]);
  });
});

async function waitUntilValue<T>(read: () => T | null | undefined, what: string): Promise<T> {
  let value: T | null | undefined;
  await waitUntil(() => (value = read()), `no ${what}`, { timeout: 3000 });
  return value!;
}
