/**
 * Answers that used to send the buyer the wrong way, through a whole `<checkout-session>` on the
 * mock backend: a refused session reads as "sign in again" in every shipped language and asks the
 * host page to refresh it; going offline is said, and coming back online repeats what failed for
 * want of a network (and only that). The fault matrix holds the same for every call in English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import { httpBackend } from '../../src/api/http-backend.js';
import '../../src/define.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { UpcartAuthRequiredEvent } from '../../src/events/auth-required.js';
import type { UpcartErrorEvent } from '../../src/events/error.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import { en } from '../../src/i18n/locales/en.js';
import zh from '../../src/i18n/locales/zh.js';
import type { Messages } from '../../src/i18n/messages.js';
import { startMockBackend } from '../fixtures/mock-session.js';
import { alertSaying, controlledBackend, textOf, visibleAlerts } from './helpers.js';

let mock: MockBackend;
let online = true;

before(async () => {
  mock = await startMockBackend();
  // The browser's own flag, as a test can set it; the events are the browser's.
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
});

after(() => {
  delete (navigator as { onLine?: boolean }).onLine;
});

beforeEach(() => {
  mock.reset();
  mock.clock.set(new Date());
  mock.db.reset();
  sessionStorage.clear();
  online = true;
});

function session(locale: string, backend = httpBackend({ baseUrl: '/api' })): Promise<CheckoutSession> {
  return fixture<CheckoutSession>(
    html`<checkout-session locale=${locale} flow="expand" product="pseries" subscription="sub-pseries" .backend=${backend}></checkout-session>`,
  );
}

const statusLine = (el: CheckoutSession) => textOf(el.shadowRoot!.querySelector('[part="status"]'));

describe('a refused session (401, 403)', () => {
  const LANGUAGES: [string, Partial<Messages>][] = [
    ['en-US', en],
    ['de-DE', de],
    ['zh-CN', zh],
    ['ar-EG', ar],
  ];

  for (const [locale, messages] of LANGUAGES) {
    it(`reads as "sign in again" in ${locale}, even as a proxy's HTML page, and asks the host to refresh the session`, async () => {
      mock.faults.set('listContacts', { status: 401, body: 'html', message: 'Bitte anmelden', times: 1 });
      const errors: UpcartErrorEvent[] = [];
      const auth: UpcartAuthRequiredEvent[] = [];
      const onError = (event: UpcartErrorEvent) => errors.push(event);
      const onAuth = (event: UpcartAuthRequiredEvent) => auth.push(event);
      document.addEventListener('upcart-error', onError);
      document.addEventListener('upcart-auth-required', onAuth);
      try {
        const el = await session(locale);
        await alertSaying(el, messages['common.error.auth']!);
        if (locale !== 'en-US') expect(messages['common.error.auth'], 'translated').to.not.equal(en['common.error.auth']);
        await waitUntil(() => auth.length === 1, 'no upcart-auth-required');
        expect(auth[0]!.detail).to.deep.equal({ step: 'contacts', status: 401 });
        expect(errors.map((event) => [event.detail.code, event.detail.message])).to.deep.equal([['auth', messages['common.error.auth']]]);
        expect(visibleAlerts(el).map(textOf).join(' ')).to.not.contain(messages['common.error.http']!);

        // The host page signed the buyer in again: it repeats what failed.
        void el.retryFailed();
        await waitUntil(() => el.store!.getState().status.contacts.state === 'done', 'the contacts never loaded');
        expect(el.store!.getState().contacts).to.have.length(3);
      } finally {
        document.removeEventListener('upcart-error', onError);
        document.removeEventListener('upcart-auth-required', onAuth);
      }
    });
  }
});

describe('offline and back online', () => {
  it('says the checkout is offline, and once online repeats the calls that failed for want of a network', async () => {
    const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
    mock.faults.set('listContacts', { network: true, times: 1 });
    mock.faults.set('getSubscription', { status: 500, times: 1 });
    const el = await session('en-US', control.backend);
    await waitUntil(() => {
      const { status } = el.store!.getState();
      return status.contacts.state === 'error' && status.subscriptions.state === 'error';
    }, 'the calls never failed');
    expect(statusLine(el)).to.equal('');

    online = false;
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    const line = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(line.getAttribute('role')).to.equal('status');
    expect(statusLine(el)).to.equal(en['session.offline']);

    online = true;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(statusLine(el)).to.equal('');
    await waitUntil(() => el.store!.getState().status.contacts.state === 'done', 'the contacts were never loaded again');
    expect(el.store!.getState().contacts).to.have.length(3);
    // A server error is no network's fault: it waits for the buyer's Try again.
    expect(el.store!.getState().status.subscriptions.state).to.equal('error');
    expect([control.count('listContacts'), control.count('getSubscription')]).to.deep.equal([2, 1]);
  });

  it('says so when the page opens offline', async () => {
    online = false;
    const el = await session('de-DE');
    await waitUntil(() => statusLine(el) === de['session.offline'], `says "${statusLine(el)}"`);
  });
});
