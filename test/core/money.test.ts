import { expect } from '@open-wc/testing';
import { formatMoney } from '../../core/money.js';
import { applyPromotion, type Promotion } from '../../core/pricing.js';

describe('core money: amounts in messages', () => {
  it('writes each currency with its own minor-unit digits', () => {
    expect(formatMoney({ amount: 13_292, currency: 'USD' })).to.equal('USD 132.92');
    expect(formatMoney({ amount: 5, currency: 'EUR' })).to.equal('EUR 0.05');
    // The yen has no minor unit: 1200 minor units are ¥1200.
    expect(formatMoney({ amount: 1200, currency: 'JPY' })).to.equal('JPY 1200');
    // The Bahraini dinar has three: 1250 fils are 1.250 dinars.
    expect(formatMoney({ amount: 1250, currency: 'BHD' })).to.equal('BHD 1.250');
    expect(formatMoney({ amount: 7, currency: 'BHD' })).to.equal('BHD 0.007');
  });

  it('writes a credit with its sign, and a zero as zero', () => {
    expect(formatMoney({ amount: -1250, currency: 'USD' })).to.equal('USD -12.50');
    expect(formatMoney({ amount: -3, currency: 'BHD' })).to.equal('BHD -0.003');
    expect(formatMoney({ amount: 0, currency: 'JPY' })).to.equal('JPY 0');
  });

  it('names a minimum subtotal in the currency of the quote', () => {
    const promotions: Promotion[] = [{ code: 'BIG', description: 'Big orders', kind: 'fixed', amountOff: 500, minSubtotal: 20_000 }];
    const context = { flow: 'expand', subtotal: 100, today: '2026-11-23' } as const;
    const inYen = applyPromotion('big', promotions, { ...context, currency: 'JPY' });
    const inDinars = applyPromotion('big', promotions, { ...context, currency: 'BHD' });
    expect(inYen.ok ? '' : inYen.message).to.equal('The promotion code BIG needs a subtotal of at least JPY 20000.');
    expect(inDinars.ok ? '' : inDinars.message).to.equal('The promotion code BIG needs a subtotal of at least BHD 20.000.');
  });
});
