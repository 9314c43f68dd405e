import { expect } from '@open-wc/testing';
import { Money } from '../src/api/schemas.js';

describe('smoke', () => {
  it('parses money', () => {
    expect(Money.safeParse({ amount: 100, currency: 'EUR' }).success).to.equal(true);
    expect(Money.safeParse({ amount: 1.5, currency: 'EUR' }).success).to.equal(false);
  });
});
