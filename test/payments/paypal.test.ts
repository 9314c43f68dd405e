import { expect, fixture, html } from '@open-wc/testing';
import { createLightDomMount } from '../../src/payments/light-dom-mount.js';
import { ProviderLoadError, type PaypalCallbacks, type PaypalOptions } from '../../src/payments/payment-provider.js';
import { readableMessage, renderPaypalButtons, toPaypalLocale } from '../../src/payments/paypal.js';
import { buttonByText, rejection, scriptsAt, until } from './stand-in-helpers.js';

const STAND_IN = '/public/stand-ins/paypal.js';
const options: PaypalOptions = { clientId: 'upcart-sandbox', currency: 'eur', locale: 'de-DE', nonce: 'n0nce', sdkBaseUrl: STAND_IN };

/** Callbacks that record what PayPal called, in order. */
function recorder(overrides: Partial<PaypalCallbacks> = {}) {
  const calls: string[] = [];
  const callbacks: PaypalCallbacks = {
    createOrder: async () => {
      calls.push('createOrder');
      return 'PAYPAL-ORDER-1';
    },
    onApprove: async (id) => {
      calls.push(`onApprove ${id}`);
    },
    onCancel: () => calls.push('onCancel'),
    onError: (message) => calls.push(`onError ${message}`),
    ...overrides,
  };
  return { calls, callbacks };
}

const approvalPanel = () => document.querySelector<HTMLElement>('[data-upcart-stand-in="paypal-approval"]');

describe('renderPaypalButtons with the PayPal stand-in', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
    document.querySelectorAll('[data-upcart-stand-in="paypal-approval"]').forEach((el) => el.remove());
  });

  async function rendered(callbacks: PaypalCallbacks, extra: Partial<PaypalOptions> = {}) {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const buttons = await renderPaypalButtons(box, callbacks, { ...options, ...extra });
    cleanups.push(() => buttons.destroy());
    const pay = await until(() => buttonByText(box, 'PayPal'), 'the PayPal button');
    return { box, buttons, pay };
  }

  // These first three run in order: nothing is loaded before the first successful call.
  it('loads nothing before it is called', () => {
    expect(window.paypal).to.equal(undefined);
    expect(window.__upcartPaypalStandIn).to.equal(undefined);
    expect(scriptsAt(STAND_IN)).to.have.length(0);
    expect(document.querySelector('script[src*="paypal.com"]')).to.equal(null);
  });

  it('turns an SDK that cannot load into a ProviderLoadError', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const error = await rejection(renderPaypalButtons(box, recorder().callbacks, { ...options, sdkBaseUrl: '/public/stand-ins/no-such-paypal.js' }));
    expect(error).to.be.instanceOf(ProviderLoadError);
    expect(error.message).to.match(/^PayPal is unavailable: its SDK could not be loaded/);
    expect(window.paypal).to.equal(undefined);

    // An SDK that answers but defines nothing (the stand-in without a client id logs why).
    const consoleError = console.error;
    console.error = () => undefined;
    const empty = await rejection(renderPaypalButtons(box, recorder().callbacks, { ...options, clientId: '' })).finally(() => {
      console.error = consoleError;
    });
    expect(empty).to.be.instanceOf(ProviderLoadError);
    expect(empty.message).to.contain('window.paypal');
    expect(box.children).to.have.length(0);
  });

  it('loads the SDK once, with client id, currency, locale and nonce', async () => {
    const loadsBefore = window.__upcartPaypalStandIn?.loads ?? 0;
    await rendered(recorder().callbacks);
    const stats = window.__upcartPaypalStandIn!;
    expect(stats.loads).to.equal(loadsBefore + 1);
    expect(stats.params).to.deep.equal({ 'client-id': 'upcart-sandbox', currency: 'EUR', locale: 'de_DE', components: 'buttons' });
    expect(stats.nonce).to.equal('n0nce');
    const script = scriptsAt(STAND_IN).find((s) => s.src.includes('client-id=upcart-sandbox'))!;
    expect(script.getAttribute('data-csp-nonce')).to.equal('n0nce');

    await rendered(recorder().callbacks);
    expect(stats.loads).to.equal(loadsBefore + 1);
    expect(document.querySelector('script[src*="paypal.com"]')).to.equal(null);
  });

  it("styles the buttons from the tokens as far as PayPal's options allow", async () => {
    const style = () => window.__upcartPaypalStandIn!.style;
    // Defaults on a light page: white, a 40 px control, our 8 px corners.
    const light = await fixture<HTMLDivElement>(html`<div style="color: #1f2328; --_control-height: 40px"></div>`);
    cleanups.push(await renderPaypalButtons(light, recorder().callbacks, options).then((b) => () => b.destroy()));
    expect(style()).to.deep.equal({ layout: 'vertical', label: 'pay', color: 'white', height: 40, shape: 'rect', borderRadius: 8 });

    // A dark page with square corners and a tall control (PayPal stops at 55 px).
    const dark = await fixture<HTMLDivElement>(html`<div style="color: #ececf1; --upcart-radius: 0px; --_control-height: 72px"></div>`);
    cleanups.push(await renderPaypalButtons(dark, recorder().callbacks, options).then((b) => () => b.destroy()));
    expect(style()).to.deep.include({ color: 'black', height: 55, shape: 'sharp' });
    expect(style()).not.to.have.property('borderRadius');

    // The vendor's choice of PayPal color wins; an unknown one is ignored.
    const gold = await fixture<HTMLDivElement>(html`<div style="--upcart-paypal-color: gold; --upcart-radius: 20px"></div>`);
    cleanups.push(await renderPaypalButtons(gold, recorder().callbacks, options).then((b) => () => b.destroy()));
    expect(style()).to.deep.include({ color: 'gold', borderRadius: 20 });
    const pink = await fixture<HTMLDivElement>(html`<div style="--upcart-paypal-color: pink; color: #111"></div>`);
    cleanups.push(await renderPaypalButtons(pink, recorder().callbacks, options).then((b) => () => b.destroy()));
    expect(style()).to.deep.include({ color: 'white' });
  });

  it('creates the order, then confirms it with the PayPal order id on approval', async () => {
    const { calls, callbacks } = recorder();
    const { pay } = await rendered(callbacks);
    pay.click();
    const panel = await until(approvalPanel, 'the approval panel');
    expect(panel.getRootNode()).to.equal(document);
    expect(calls).to.deep.equal(['createOrder']);
    buttonByText(panel, 'Approve payment')!.click();
    await until(() => calls.length === 2, 'onApprove');
    expect(calls).to.deep.equal(['createOrder', 'onApprove PAYPAL-ORDER-1']);
    expect(approvalPanel()).to.equal(null);
  });

  it('reports a cancel through onCancel and lets the buyer start again', async () => {
    const { calls, callbacks } = recorder();
    const { pay } = await rendered(callbacks);
    pay.click();
    buttonByText(await until(approvalPanel, 'the approval panel'), 'Cancel')!.click();
    expect(calls).to.deep.equal(['createOrder', 'onCancel']);
    await until(() => !pay.disabled, 'the button to be enabled again');

    pay.click();
    buttonByText(await until(approvalPanel, 'the approval panel'), 'Approve payment')!.click();
    await until(() => calls.length === 4, 'onApprove');
    expect(calls.slice(2)).to.deep.equal(['createOrder', 'onApprove PAYPAL-ORDER-1']);
  });

  it("reports PayPal's errors through onError as readable messages", async () => {
    const { calls, callbacks } = recorder();
    const { pay } = await rendered(callbacks);
    pay.click();
    buttonByText(await until(approvalPanel, 'the approval panel'), 'Fail')!.click();
    expect(calls).to.deep.equal(['createOrder', 'onError The PayPal stand-in was told to fail this payment.']);
  });

  it('reports a failed createOrder through onError, without approval', async () => {
    const { calls, callbacks } = recorder({
      createOrder: () => Promise.reject(new Error('The network is down.')),
    });
    const { pay } = await rendered(callbacks);
    pay.click();
    await until(() => calls.length === 1, 'onError');
    expect(calls).to.deep.equal(['onError The network is down.']);
    expect(approvalPanel()).to.equal(null);
  });

  it('reports a failed confirmation (onApprove rejecting) through onError', async () => {
    const { calls, callbacks } = recorder({
      onApprove: () => Promise.reject(new Error('The order could not be confirmed.')),
    });
    const { pay } = await rendered(callbacks);
    pay.click();
    buttonByText(await until(approvalPanel, 'the approval panel'), 'Approve payment')!.click();
    await until(() => calls.length === 2, 'onError');
    expect(calls).to.deep.equal(['createOrder', 'onError The order could not be confirmed.']);
  });

  it('renders through createLightDomMount when the host is inside a shadow root', async () => {
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const host = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(host);
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('slot'), { name: 'paypal' }));
    const mount = createLightDomMount(host, 'paypal');
    cleanups.push(() => mount.remove());

    const { calls, callbacks } = recorder();
    const buttons = await renderPaypalButtons(mount.element, callbacks, options);
    cleanups.push(() => buttons.destroy());
    const pay = buttonByText(mount.element, 'PayPal')!;
    expect(pay.getBoundingClientRect().height).to.be.greaterThan(0);
    pay.click();
    buttonByText(await until(approvalPanel, 'the approval panel'), 'Approve payment')!.click();
    await until(() => calls.length === 2, 'onApprove');
    expect(calls).to.deep.equal(['createOrder', 'onApprove PAYPAL-ORDER-1']);
  });

  it('refuses a container inside a shadow root, as PayPal fails there', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const error = await rejection(renderPaypalButtons(inner, recorder().callbacks, options));
    expect(error).not.to.be.instanceOf(ProviderLoadError);
    expect(error.message).to.contain('light DOM');

    // The stand-in itself fails there like PayPal.
    const direct = await rejection(window.paypal!.Buttons!({}).render(inner));
    expect(direct.message).to.contain('does not exist');
  });

  it('removes the buttons on destroy()', async () => {
    const { box, buttons } = await rendered(recorder().callbacks);
    buttons.destroy();
    buttons.destroy();
    await until(() => box.children.length === 0, 'the buttons to go');
  });

  it('converts locales for PayPal', () => {
    expect(toPaypalLocale('de-DE')).to.equal('de_DE');
    expect(toPaypalLocale('de-AT')).to.equal('de_AT');
    expect(toPaypalLocale('de')).to.equal('de_DE');
    expect(toPaypalLocale('en')).to.equal('en_US');
    expect(toPaypalLocale('pt-BR')).to.equal('pt_BR');
    expect(toPaypalLocale('nb-NO')).to.equal('no_NO');
    expect(toPaypalLocale('zh-Hant-TW')).to.equal('zh_TW');
    expect(toPaypalLocale('xx')).to.equal(undefined);
    expect(toPaypalLocale('not a locale')).to.equal(undefined);
  });

  it("makes PayPal's errors readable", () => {
    expect(readableMessage(new Error('First line\n    at stack'))).to.equal('First line');
    expect(readableMessage({ message: 'Plain object' })).to.equal('Plain object');
    expect(readableMessage(undefined)).to.equal('PayPal reported an error. Please try again.');
  });
});
