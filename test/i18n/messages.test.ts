import { expect } from '@open-wc/testing';
import { formatMessage, isRtl, languageOf, loadLocale, onMessagesChange, setMessages, translate } from '../../src/i18n/messages.js';

describe('messages', () => {
  it('finds the catalog language of a locale', () => {
    expect(languageOf('de-AT')).to.equal('de');
    expect(languageOf('zh-Hans-CN')).to.equal('zh');
    expect(languageOf('en_GB')).to.equal('en');
    expect(isRtl('ar-EG')).to.equal(true);
    expect(isRtl('de')).to.equal(false);
  });

  it('fills placeholders and plurals by the locale’s rules', () => {
    const months = '{count, plural, one {# month} other {# months}}';
    expect(formatMessage(months, { count: 1 }, 'en')).to.equal('1 month');
    expect(formatMessage(months, { count: 12 }, 'en')).to.equal('12 months');
    expect(formatMessage('{count, plural, =0 {none} other {# left}}', { count: 0 }, 'en')).to.equal('none');
    expect(formatMessage('Hello {name}, {missing}', { name: 'Anna' }, 'en')).to.equal('Hello Anna, {missing}');
    const arabic = '{count, plural, one {شهر واحد} two {شهران} few {# أشهر} other {# شهرًا}}';
    expect(formatMessage(arabic, { count: 2 }, 'ar')).to.equal('شهران');
    expect(formatMessage(arabic, { count: 3 }, 'ar')).to.equal(`${new Intl.NumberFormat('ar').format(3)} أشهر`);
  });

  it('falls back to English until a catalog loads, then notifies', async () => {
    expect(translate('de-DE', 'common.retry')).to.equal('Try again');
    let notified = 0;
    const stop = onMessagesChange(() => (notified += 1));
    await loadLocale('de-DE');
    stop();
    expect(notified).to.equal(1);
    expect(translate('de-DE', 'common.retry')).to.equal('Erneut versuchen');
    expect(translate('de-DE', 'common.months', { count: 3 })).to.equal('3 Monate');
  });

  it('loads Chinese and Arabic on demand, and knows nothing of unknown languages', async () => {
    await loadLocale('zh-CN');
    await loadLocale('ar');
    expect(translate('zh-CN', 'common.retry')).to.equal('重试');
    expect(translate('ar', 'common.retry')).to.equal('أعد المحاولة');
    await loadLocale('xx');
    expect(translate('xx', 'common.retry')).to.equal('Try again');
  });

  it('lets a vendor override wording per language', () => {
    setMessages('en', { 'common.retry': 'Retry now' });
    expect(translate('en-US', 'common.retry')).to.equal('Retry now');
    // A language without its own override falls back to its catalog, then to the English override.
    setMessages('fr', { 'common.retry': 'Réessayer' });
    expect(translate('fr-FR', 'common.retry')).to.equal('Réessayer');
    expect(translate('fr-FR', 'common.cancel')).to.equal('Cancel');
    setMessages('en', { 'common.retry': 'Try again' });
  });
});
