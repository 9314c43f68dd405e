/**
 * One writer of messages with isolated values (shared/isolated.ts): the line writer, the receipt
 * rows, the stepper and the renewal center all use it, so a message is always one `<span>` of
 * text and `<bdi>` values, trimmed, with an empty text left out of any isolate.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { QuoteLine } from '../../src/api/schemas.js';
import { isolated } from '../../src/elements/shared/isolated.js';
import * as lineLabel from '../../src/elements/shared/line-label.js';
import { lineText } from '../../src/elements/shared/line-label.js';
import { formatMessage, setMessages, translate, type MessageKey, type MessageParams } from '../../src/i18n/messages.js';

const t = (key: MessageKey, params?: MessageParams) => translate('en-US', key, params);

async function shown(template: TemplateResult | string): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<p>${template}</p>`);
}

/** The element tree without Lit's markers: tag names and text. */
const shape = (node: Element) => node.innerHTML.replace(/<!--[^>]*-->/g, '');

describe('isolated()', () => {
  afterEach(() => setMessages('en', {}));

  it('writes a message as one span of text with each text value in a bdi, numbers and empty texts plain, trimmed', async () => {
    const el = await shown(
      isolated((marked) => formatMessage(' {from} → {to}{note} (+{count}) ', marked, 'en'), { from: 'Berlin', to: 'תל אביב', note: '', count: 3 }),
    );
    expect(el.children).to.have.length(1);
    const span = el.firstElementChild!;
    expect(span.localName).to.equal('span');
    expect([...span.children].map((child) => `${child.localName}:${child.textContent}`)).to.deep.equal(['bdi:Berlin', 'bdi:תל אביב']);
    expect(span.textContent).to.equal('Berlin → תל אביב (+3)');
  });

  it('is the line writer’s too: a line is the same span, trimmed like every message', async () => {
    expect('isolated' in lineLabel, 'the line writer has an isolated() of its own').to.equal(false);
    // A vendor's wording with stray spaces, as setMessages may bring it.
    setMessages('en', { 'lines.expand': ' {name} {from} → {to} ({added}) ' });
    const line = {
      id: 'l',
      kind: 'service',
      itemName: 'Extensions',
      fromQuantity: 50,
      toQuantity: 51,
      quantity: 1,
      unitPrice: { amount: 250, currency: 'USD' },
      amount: { amount: 250, currency: 'USD' },
      description: 'server text',
    } as QuoteLine;
    const written = await shown(lineText(line, { t, locale: 'en-US' }));
    const direct = await shown(isolated((marked) => t('lines.expand', marked), { name: 'Extensions', from: '50', to: '51', added: '+1' }));
    expect(shape(written)).to.equal(shape(direct));
    expect(written.firstElementChild!.textContent).to.equal('Extensions 50 → 51 (+1)');
  });
});
