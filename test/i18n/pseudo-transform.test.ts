/**
 * The pseudo-locale's transform (src/i18n/pseudo-locale.ts) and how `en-XA` reads through
 * `translate`: accented, longer, bracketed, placeholders and plurals intact, loaded on demand and
 * following English added later. What it finds in the elements is in pseudo-locale.test.ts.
 */
import { expect } from '@open-wc/testing';
import { formatMoney } from '../../src/i18n/format.js';
import { addEnglish, loadLocale, PSEUDO_LOCALE, setMessages, SHIPPED_LANGUAGES, translate, type MessageKey } from '../../src/i18n/messages.js';
import { pseudoLocalize } from '../../src/i18n/pseudo-locale.js';

describe('the pseudo-locale en-XA', () => {
  it('accents every letter, keeps digits and punctuation, and brackets the message', () => {
    const out = pseudoLocalize('Pay 3 items, now!');
    expect(out.startsWith('⟦') && out.endsWith('⟧')).to.equal(true);
    expect(out).to.not.match(/[A-Za-z]/);
    expect(out).to.contain('3');
    expect(out).to.contain(',');
    expect(out).to.contain('!');
    expect(out).to.equal('⟦Þááý 3 ííţééɱš, ñóóŵ! ···⟧');
  });

  it('makes a message about 40 % longer', () => {
    for (const message of ['Pay', 'Try again', 'We could not reach the checkout service. Check your connection and try again.']) {
      const body = pseudoLocalize(message).slice(1, -1);
      expect(body.length, message).to.be.at.least(Math.ceil(message.length * 1.4));
      expect(body.length, message).to.be.at.most(Math.ceil(message.length * 1.6) + 1);
    }
  });

  it('keeps placeholders, plural heads, case keys and # intact', () => {
    const out = pseudoLocalize('Pay {total} for {count, plural, =0 {nothing} one {# month} other {# months of {unit}}}');
    expect(out).to.contain('{total}');
    expect(out).to.contain('{count, plural, =0 {');
    expect(out).to.match(/ one \{# [^{}a-z]+\} other \{# [^{}a-z]+\{unit\}\}\}/);
  });

  it('loads on demand, reads through translate and Intl, and covers English added later and vendor English', async () => {
    expect(PSEUDO_LOCALE).to.equal('en-XA');
    expect(SHIPPED_LANGUAGES).to.not.include('en-xa');
    await loadLocale(PSEUDO_LOCALE);
    expect(translate('en-XA', 'common.retry')).to.equal(pseudoLocalize('Try again'));
    expect(translate('en-XA', 'common.months', { count: 1 })).to.match(/^⟦1 [^a-z]+⟧$/);
    expect(translate('en-XA', 'common.months', { count: 3 })).to.match(/^⟦3 [^a-z]+⟧$/);
    // A key an element adds after the catalog loaded.
    addEnglish({ 'test.pseudo.late': 'Added {name} later' } as unknown as Parameters<typeof addEnglish>[0]);
    expect(translate('en-XA', 'test.pseudo.late' as MessageKey, { name: 'Anna' })).to.match(/^⟦.+ Anna .+⟧$/);
    setMessages('en', { 'common.retry': 'Retry now' });
    expect(translate('en-XA', 'common.retry')).to.equal(pseudoLocalize('Retry now'));
    setMessages('en', { 'common.retry': 'Try again' });
    expect(formatMoney({ amount: 123450, currency: 'USD' }, 'en-XA')).to.equal('$1,234.50');
  });
});
