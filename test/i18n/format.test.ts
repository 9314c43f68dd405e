import { expect } from '@open-wc/testing';
import { formatDate, formatMoney, formatPercent, minorDigits } from '../../src/i18n/format.js';

// Intl puts a narrow no-break space or no-break space in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('formats minor units in the currency’s own digits', () => {
    expect(minorDigits('EUR')).to.equal(2);
    expect(minorDigits('JPY')).to.equal(0);
    expect(minorDigits('KWD')).to.equal(3);
    expect(formatMoney({ amount: 13500, currency: 'USD' }, 'en-US')).to.equal('$135.00');
    expect(formatMoney({ amount: 1234, currency: 'JPY' }, 'en-US')).to.equal('¥1,234');
    expect(plain(formatMoney({ amount: 1234, currency: 'KWD' }, 'en-US'))).to.equal('KWD 1.234');
  });

  it('formats in the locale', () => {
    expect(plain(formatMoney({ amount: 123456, currency: 'EUR' }, 'de-DE'))).to.equal('1.234,56 €');
    expect(formatMoney({ amount: -9990, currency: 'CNY' }, 'zh-CN')).to.equal('-¥99.90');
  });

  it('shows a UTC calendar date as that same day in every time zone', () => {
    expect(formatDate('2027-03-01', 'en-US')).to.equal('Mar 1, 2027');
    expect(formatDate('2027-03-01', 'de-DE')).to.equal('01.03.2027');
  });

  it('formats percentages', () => {
    expect(formatPercent(15, 'en-US')).to.equal('15%');
    expect(plain(formatPercent(12.5, 'de-DE'))).to.equal('12,5 %');
  });
});
