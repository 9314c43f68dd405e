import { expect, fixture, html } from '@open-wc/testing';
import { createLightDomMount } from '../../src/payments/light-dom-mount.js';
import { ProviderLoadError, type CardPayment, type StripeOptions } from '../../src/payments/payment-provider.js';
import { mountCardPayment, toStripeLocale } from '../../src/payments/stripe.js';
import { buttonByText, fillCard, rejection, scriptsAt, until } from './stand-in-helpers.js';

const STAND_IN = '/public/stand-ins/stripe.js';
const options: StripeOptions = { publishableKey: 'pk_test_upcart', locale: 'de-DE', nonce: 'n0nce', scriptUrl: STAND_IN };
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A light-DOM container in the document, removed after each test. */
async function container(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width: 420px"></div>`);
}

describe('mountCardPayment with the Stripe stand-in', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
    document.querySelectorAll('[data-upcart-stand-in]').forEach((el) => el.remove());
  });

  async function mounted(amount = usd(4900), extra: Partial<StripeOptions> = {}): Promise<{ card: CardPayment; box: HTMLElement }> {
    const box = await container();
    const card = await mountCardPayment(box, amount, { ...options, ...extra });
    cleanups.push(() => card.destroy());
    return { card, box };
  }

  // These first three run in order: nothing is loaded before the first call.
  it('loads nothing before it is called', () => {
    expect(window.Stripe).to.equal(undefined);
    expect(window.__upcartStripeStandIn).to.equal(undefined);
    expect(scriptsAt(STAND_IN)).to.have.length(0);
    expect(document.querySelector('script[src*="js.stripe.com"]')).to.equal(null);
  });

  it('turns a script that cannot load into a ProviderLoadError', async () => {
    const box = await container();
    const error = await rejection(mountCardPayment(box, usd(4900), { ...options, scriptUrl: '/public/stand-ins/no-such-stripe.js' }));
    expect(error).to.be.instanceOf(ProviderLoadError);
    expect(error.message).to.match(/^Card payments are unavailable: Stripe.js could not be loaded/);
    expect(window.Stripe).to.equal(undefined);
    expect(box.children).to.have.length(0);
  });

  it('loads the script once, with the nonce, when first called', async () => {
    const { box } = await mounted();
    expect(window.__upcartStripeStandIn?.loads).to.equal(1);
    const scripts = scriptsAt(STAND_IN);
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.nonce).to.equal('n0nce');
    expect(box.querySelector('iframe')).to.exist;

    await mounted();
    expect(window.__upcartStripeStandIn?.loads).to.equal(1);
    expect(window.__upcartStripeStandIn?.instances).to.equal(2);
    expect(document.querySelector('script[src*="js.stripe.com"]')).to.equal(null);
  });

  it('creates a deferred-intent Payment Element: minor units, lowercase currency, Stripe locale', async () => {
    await mounted({ amount: 123456, currency: 'EUR' });
    const elementsOptions = window.__upcartStripeStandIn!.elementsOptions!;
    expect(elementsOptions).to.include({ mode: 'payment', amount: 123456, currency: 'eur', locale: 'de' });
    expect(elementsOptions['appearance']).to.deep.include({ theme: 'stripe' });
  });

  it("passes Upcart's theme tokens to Stripe as resolved colors", async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="--upcart-color-primary: #ff0000; --upcart-radius: 3px; color: rgb(240, 240, 240)"></div>`);
    const card = await mountCardPayment(box, usd(4900), options);
    cleanups.push(() => card.destroy());
    const appearance = window.__upcartStripeStandIn!.elementsOptions!['appearance'] as { theme: string; variables: Record<string, string> };
    expect(appearance.theme).to.equal('night');
    expect(appearance.variables).to.include({ colorPrimary: 'rgb(255, 0, 0)', borderRadius: '3px', colorText: 'rgb(240, 240, 240)' });
    expect(box.querySelectorAll('span')).to.have.length(0);
  });

  it('derives every appearance variable from the tokens, light-dark() and density included, and follows a theme change', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div
        style="color-scheme: dark; --upcart-color-primary: light-dark(#ffe680, #0e7490); --upcart-color-surface: #101010; --upcart-color-danger: #ff5555; --upcart-radius: 12px; --upcart-density: 1.25; font: 17px Georgia, serif; color: light-dark(#111111, #eeeeee)"
      ></div>`,
    );
    const card = await mountCardPayment(box, usd(4900), options);
    cleanups.push(() => card.destroy());
    const appearance = () => window.__upcartStripeStandIn!.elementsOptions!['appearance'] as { theme: string; variables: Record<string, string> };
    expect(appearance().theme).to.equal('night');
    expect(appearance().variables).to.deep.equal({
      colorPrimary: 'rgb(14, 116, 144)',
      colorBackground: 'rgb(16, 16, 16)',
      colorText: 'rgb(238, 238, 238)',
      colorDanger: 'rgb(255, 85, 85)',
      borderRadius: '12px',
      spacingUnit: '5px',
      fontFamily: 'Georgia, serif',
      fontSizeBase: '17px',
    });

    // The page turns light: the next update carries the new appearance.
    box.style.colorScheme = 'light';
    card.update(usd(5000));
    await until(() => appearance().theme === 'stripe', 'the light appearance');
    expect(appearance().variables).to.include({ colorPrimary: 'rgb(255, 230, 128)', colorText: 'rgb(17, 17, 17)' });
  });

  it('keeps the amount in step with update()', async () => {
    const { card } = await mounted();
    card.update({ amount: 9900, currency: 'EUR' });
    await until(() => window.__upcartStripeStandIn!.elementsOptions!['amount'] === 9900, 'the update');
    expect(window.__upcartStripeStandIn!.elementsOptions).to.include({ amount: 9900, currency: 'eur' });
  });

  it('pays with 4242 4242 4242 4242', async () => {
    const { card, box } = await mounted();
    fillCard(box, '4242 4242 4242 4242');
    expect(await card.submit()).to.deep.equal({ ok: true });
    const result = await card.confirm('pi_123abc_secret_xyz');
    expect(result).to.deep.equal({ status: 'succeeded', paymentIntentId: 'pi_123abc' });
  });

  it("answers Stripe's validation message when the fields are incomplete", async () => {
    const { card, box } = await mounted();
    expect(await card.submit()).to.deep.equal({ ok: false, message: 'Your card number is incomplete.' });
    fillCard(box, '4242 4242 4242 4242', '12 / 34', '');
    expect(await card.submit()).to.deep.equal({ ok: false, message: "Your card's security code is incomplete." });
  });

  it("reports a decline with Stripe's message and lets the buyer try another card", async () => {
    const { card, box } = await mounted();
    fillCard(box, '4000 0000 0000 0002');
    expect(await card.submit()).to.deep.equal({ ok: true });
    expect(await card.confirm('pi_decline_secret_1')).to.deep.equal({ status: 'failed', message: 'Your card was declined.' });

    fillCard(box, '4242 4242 4242 4242');
    expect(await card.submit()).to.deep.equal({ ok: true });
    expect(await card.confirm('pi_decline_secret_1')).to.deep.equal({ status: 'succeeded', paymentIntentId: 'pi_decline' });
  });

  it("completes 3-D Secure in Stripe's own modal", async () => {
    const { card, box } = await mounted();
    fillCard(box, '4000 0027 6000 3184');
    await card.submit();
    const pending = card.confirm('pi_3ds_secret_ok');
    const modal = await until(() => document.querySelector('[data-upcart-stand-in="stripe-3ds"]'), 'the 3-D Secure modal');
    expect(modal.getRootNode()).to.equal(document);
    buttonByText(modal, 'Complete authentication')!.click();
    expect(await pending).to.deep.equal({ status: 'succeeded', paymentIntentId: 'pi_3ds' });
    expect(document.querySelector('[data-upcart-stand-in="stripe-3ds"]')).to.equal(null);
  });

  it('reports a failed 3-D Secure authentication as a failure the buyer can retry', async () => {
    const { card, box } = await mounted();
    fillCard(box, '4000 0027 6000 3184');
    await card.submit();
    const pending = card.confirm('pi_3dsfail_secret_1');
    const modal = await until(() => document.querySelector('[data-upcart-stand-in="stripe-3ds"]'), 'the 3-D Secure modal');
    buttonByText(modal, 'Fail authentication')!.click();
    const result = await pending;
    expect(result.status).to.equal('failed');
    expect(result)
      .to.have.property('message')
      .that.matches(/unable to authenticate/);
  });

  it("keeps card data out of Upcart's DOM and results", async () => {
    const { card, box } = await mounted();
    fillCard(box, '4242 4242 4242 4242', '12 / 34', '987');
    await card.submit();
    const result = await card.confirm('pi_private_secret_1');
    expect(Object.keys(result).sort()).to.deep.equal(['paymentIntentId', 'status']);
    const page = document.documentElement.outerHTML;
    expect(page).not.to.contain('4242');
    expect(page).not.to.contain('987');
    expect(box.querySelectorAll('input')).to.have.length(0);
  });

  it('mounts through createLightDomMount when the host is inside shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const host = document.createElement('div');
    outerRoot.append(host);
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('slot'), { name: 'card' }));
    const mount = createLightDomMount(host, 'card');
    cleanups.push(() => mount.remove());

    const card = await mountCardPayment(mount.element, usd(4900), options);
    cleanups.push(() => card.destroy());
    const frame = mount.element.querySelector('iframe')!;
    expect(frame.getBoundingClientRect().height).to.be.greaterThan(0);
    fillCard(mount.element, '4242 4242 4242 4242');
    expect(await card.submit()).to.deep.equal({ ok: true });
    expect(await card.confirm('pi_shadow_secret_1')).to.deep.equal({ status: 'succeeded', paymentIntentId: 'pi_shadow' });
  });

  it('refuses a container inside a shadow root, as Stripe does', async () => {
    const host = await container();
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const error = await rejection(mountCardPayment(inner, usd(4900), options));
    expect(error).not.to.be.instanceOf(ProviderLoadError);
    expect(error.message).to.contain('light DOM');

    // The stand-in itself enforces Stripe's rule.
    const element = window.Stripe!('pk_test_upcart').elements({ mode: 'payment', amount: 100, currency: 'usd' }).create('payment');
    expect(() => element.mount(inner)).to.throw('Elements cannot be mounted in a ShadowRoot. Please mount in the Light DOM.');
  });

  it('turns an element that cannot load (bad key) into a ProviderLoadError', async () => {
    const box = await container();
    const error = await rejection(mountCardPayment(box, usd(4900), { ...options, publishableKey: 'pk_test_invalid' }));
    expect(error).to.be.instanceOf(ProviderLoadError);
    expect(error.message).to.contain('Invalid API Key');
    expect(box.querySelector('iframe')).to.equal(null);
  });

  it('removes the element on destroy()', async () => {
    const { card, box } = await mounted();
    expect(box.querySelector('iframe')).to.exist;
    card.destroy();
    card.destroy();
    expect(box.children).to.have.length(0);
  });

  it('converts locales for Stripe', () => {
    expect(toStripeLocale('de-DE')).to.equal('de');
    expect(toStripeLocale('en-GB')).to.equal('en-GB');
    expect(toStripeLocale('en-US')).to.equal('en');
    expect(toStripeLocale('pt-BR')).to.equal('pt-BR');
    expect(toStripeLocale('zh-Hant-TW')).to.equal('zh');
    expect(toStripeLocale('xx')).to.equal('auto');
    expect(toStripeLocale('not a locale')).to.equal('auto');
  });
});
