/**
 * Arrows and chevrons follow the reading direction (issue 16, item 4). The rule: an arrow in a
 * message is written by the catalog in its language's direction (`{current} → {value}` in English,
 * `{current} ← {value}` in Arabic and Hebrew), its parameters isolated so a Latin name or a date
 * cannot turn the arrow's run around; an icon chevron is mirrored by CSS (`:dir(rtl)`); disclosure
 * triangles are the native marker, which mirrors by itself. Checked by where things land on screen,
 * not only by the characters.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { MockBackend } from '../../mocks/index.js';
import '../../src/elements/capacity-stepper/capacity-stepper.js';
import type { CapacityStepper } from '../../src/elements/capacity-stepper/capacity-stepper.component.js';
import '../../src/elements/plan-picker/plan-picker.js';
import type { PlanPicker } from '../../src/elements/plan-picker/plan-picker.component.js';
import { isolated } from '../../src/elements/shared/isolated.js';
import { textDirection } from '../../src/elements/shared/text-direction.js';
import { en } from '../../src/i18n/locales/en.js';
import type { MessageKey, Messages } from '../../src/i18n/message-keys.js';
import { formatMessage, isRtl, loadLocale, SHIPPED_LANGUAGES, translate } from '../../src/i18n/messages.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { createLoadedStore, flows, startMockBackend } from '../fixtures/mock-session.js';

const LOCALES = [
  ['en-US', 'ltr'],
  ['ar', 'rtl'],
  ['he-IL', 'rtl'],
] as const;

/** The horizontal centre of a node's box. */
const centre = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('arrows and chevrons in right-to-left locales', () => {
  it('every catalog writes its arrows in its own direction, wherever English has one', async () => {
    const english = en as Messages;
    const withArrow = (Object.keys(english) as MessageKey[]).filter((key) => /[→←]/.test(english[key]));
    expect(withArrow.length, 'English messages with an arrow').to.be.at.least(2);
    for (const language of SHIPPED_LANGUAGES.filter((language) => language !== 'en')) {
      await loadLocale(language);
      const [wanted, wrong] = isRtl(language) ? ['←', '→'] : ['→', '←'];
      for (const key of withArrow) {
        const message = translate(language, key);
        expect(message, `${language} ${key}`).to.include(wanted);
        expect(message, `${language} ${key}`).not.to.include(wrong);
      }
    }
  });

  for (const [locale, dir] of LOCALES) {
    it(`the stepper's "current → new" points from 50 to 60 in ${locale}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${dir}>
        <capacity-stepper label="Extensions" unit="extension" current="50" value="60" max="500"></capacity-stepper>
      </div>`);
      const el = wrapper.querySelector<CapacityStepper>('capacity-stepper')!;
      await loadLocale(locale);
      // The message's own span (shared/isolated.ts) inside the visual, aria-hidden line.
      const line = () => el.shadowRoot!.querySelector('[part~="current"] [aria-hidden] > span')!;
      await waitUntil(() => line()?.textContent!.includes(dir === 'rtl' ? '←' : '→'), `${locale}: no arrow in its direction`);
      const [from, to] = [...line().querySelectorAll('bdi')].filter((bdi) => /\d/.test(bdi.textContent!));
      expect(from!.textContent).to.equal('50');
      expect(to!.textContent).to.equal('60');
      const arrow = document.createRange();
      const text = [...line().childNodes].find((node) => node.nodeType === Node.TEXT_NODE && /[→←]/.test(node.textContent!))!;
      const at = text.textContent!.search(/[→←]/);
      arrow.setStart(text, at);
      arrow.setEnd(text, at + 1);
      const arrowBox = arrow.getBoundingClientRect();
      const arrowCentre = arrowBox.left + arrowBox.width / 2;
      // The old value, the arrow, the new value, in reading order on the screen.
      if (dir === 'rtl') {
        expect(centre(from!), `${locale}: 50 right of the arrow`).to.be.above(arrowCentre);
        expect(arrowCentre, `${locale}: 60 left of the arrow`).to.be.above(centre(to!));
      } else {
        expect(centre(from!), `${locale}: 50 left of the arrow`).to.be.below(arrowCentre);
        expect(arrowCentre, `${locale}: 60 right of the arrow`).to.be.below(centre(to!));
      }
    });
  }

  it('an end date "name: from ← to" keeps its order in Hebrew with a Latin name (isolated parameters)', async () => {
    await loadLocale('he');
    const host = await fixture<HTMLParagraphElement>(html`<p dir="rtl" lang="he" style="width: max-content"></p>`);
    const params = { name: 'Cloud phone 01', from: '20.11.2026', to: '20.11.2027' };
    render(
      isolated((marked) => translate('he', 'renewals.checkout.endDate', marked), params),
      host,
    );
    expect(host.textContent).to.equal(formatMessage('{name}: {from} ← {to}', params, 'he'));
    const [name, from, to] = [...host.querySelectorAll('bdi')];
    expect(centre(name!), 'the name first, at the right').to.be.above(centre(from!));
    expect(centre(from!), 'the new date left of the old one').to.be.above(centre(to!));
  });

  describe('the partner layout disclosure chevron', () => {
    let mock: MockBackend;
    const stores: CheckoutStore[] = [];
    before(async () => {
      mock = await startMockBackend();
    });
    after(() => {
      for (const store of stores.splice(0)) store.destroy();
    });

    for (const [locale, dir] of LOCALES) {
      it(`points in the reading direction when closed and down when open, in ${locale}`, async () => {
        const store = await createLoadedStore(mock, { ...flows.expandByCompany, locale });
        stores.push(store);
        const el = await fixture<PlanPicker>(html`<plan-picker style="width: 600px" .store=${store}></plan-picker>`);
        await el.updateComplete;
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.capacity-toggle')!;
        const chevron = toggle.querySelector('.chevron')!;
        // The path "M6 3l5 5-5 5" points right; mirrored it points left.
        expect(getComputedStyle(chevron).transform, `${locale} closed`).to.equal(dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
        // The chevron sits at the start of the toggle, before the plan's name.
        const name = toggle.querySelector('.plan-name')!;
        if (dir === 'rtl') expect(centre(chevron)).to.be.above(centre(name));
        else expect(centre(chevron)).to.be.below(centre(name));
        toggle.click();
        await el.updateComplete;
        // rotate(90deg), after its transition: matrix(cos, sin, -sin, cos) with sin = 1, pointing down either way.
        const matrix = () => getComputedStyle(chevron).transform.slice(7, -1).split(',').map(Number);
        await waitUntil(() => Math.abs(matrix()[0]!) < 1e-6 && Math.abs(matrix()[1]! - 1) < 1e-6, `${locale}: the open chevron does not point down`, {
          timeout: 2000,
        });
      });
    }
  });
});

describe('textDirection (the chosen contact in a closed select)', () => {
  it('follows the first letter, as dir="auto" would for that text alone', () => {
    expect(textDirection('Anna Schmidt (Acme Telecom GmbH) – الافتراضية')).to.equal('ltr');
    expect(textDirection('٣ شركة أكمي')).to.equal('rtl');
    expect(textDirection('(12) דנה כהן')).to.equal('rtl');
    expect(textDirection('123 – …')).to.equal(undefined);
  });
});
