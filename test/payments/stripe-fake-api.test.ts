/**
 * The Stripe stand-in loaded with `?fake-api=` (the demo on the reference server) tells the
 * server's fake Stripe how each confirmation ended, as Stripe.js tells Stripe: a decline and then
 * a success on the same PaymentIntent are two reports. Its own page: the stand-in reads the
 * parameter when it first loads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { mountCardPayment } from '../../src/payments/stripe.js';
import { fillCard, until } from './stand-in-helpers.js';

describe('the Stripe stand-in with ?fake-api=', () => {
  const reports: { url: string; body: unknown }[] = [];
  const realFetch = window.fetch;
  before(() => {
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/fake-api-test/')) return realFetch(input, init);
      reports.push({ url: new URL(url, location.href).pathname, body: JSON.parse(String(init?.body)) as unknown });
      return Promise.resolve(new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
    };
  });
  after(() => {
    window.fetch = realFetch;
  });

  it('reports a decline, then the success of the same PaymentIntent', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = await mountCardPayment(
      box,
      { amount: 4900, currency: 'USD' },
      { publishableKey: 'pk_test_upcart', locale: 'en', scriptUrl: '/public/stand-ins/stripe.js?fake-api=/fake-api-test' },
    );
    fillCard(box, '4000 0000 0000 0002');
    await card.submit();
    expect((await card.confirm('pi_fake_ord1_secret_fake')).status).to.equal('failed');
    fillCard(box, '4242 4242 4242 4242');
    await card.submit();
    expect((await card.confirm('pi_fake_ord1_secret_fake')).status).to.equal('succeeded');
    await until(() => reports.length === 2 || null, 'two reports');
    expect(reports).to.deep.equal([
      { url: '/fake-api-test/payment_intents/pi_fake_ord1/confirm', body: { outcome: 'failed' } },
      { url: '/fake-api-test/payment_intents/pi_fake_ord1/confirm', body: { outcome: 'succeeded' } },
    ]);
    card.destroy();
  });
});
