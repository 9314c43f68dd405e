/**
 * <renewal-center> against a backend adapter of a portal's own (a small in-memory fake): what the
 * tabs, search, paging, selection and actions send, answers out of order, failures kept apart.
 * The flows against the mock backend (renew checkout, payments, 100,000 resources) are in
 * renewal-center.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ListRenewalsQuery } from '../../src/api/backend.js';
import type { RenewalMode, RenewalSelection } from '../../src/api/schemas.js';
import '../../src/elements/renewal-center/renewal-center.js';
import type { RenewalCenter } from '../../src/elements/renewal-center/renewal-center.component.js';
import { SEARCH_DEBOUNCE_MS } from '../../src/store/account/renewal-center-state.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { adapterWith, FakeRenewals } from '../fixtures/fake-renewals.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<renewal-center> (state and requests)', () => {
  let fake: FakeRenewals;
  let el: RenewalCenter;

  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector);
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
  const rowIds = () => $$('tbody tr[data-id]').map((row) => row.dataset['id']);
  const tabCount = (mode: RenewalMode) => text($(`#tab-${mode} .count`));
  const lastList = () => fake.sent<ListRenewalsQuery>('listRenewals').at(-1)!;

  async function mount(count = 30): Promise<void> {
    fake = new FakeRenewals(count);
    const store = new CheckoutStore({ backend: adapterWith(fake) });
    el = await fixture<RenewalCenter>(html`<renewal-center style="width: 1000px" .store=${store}></renewal-center>`);
    await waitUntil(() => $$('tbody tr[data-id]').length > 0 && $('#tab-manual .count')?.textContent !== '…', 'rows and counts never showed');
  }

  it('opens on manual renewals with each tab counted under the criteria', async () => {
    await mount();
    expect($('#tab-manual')!.getAttribute('aria-selected')).to.equal('true');
    expect(lastList()).to.include({ mode: 'manual', sort: 'expiry_asc' });
    expect([tabCount('manual'), tabCount('auto'), tabCount('pay_per_use'), tabCount('canceled')]).to.deep.equal(['12', '6', '6', '6']);
    expect($$('tbody tr[data-id]')).to.have.length(12);
  });

  it('search is debounced, sent to the server, and the counts follow it', async () => {
    await mount();
    const input = $<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'Phone 1' });
    expect(fake.sent('listRenewals')).to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await waitUntil(() => lastList().search === 'Phone 1' && fake.sent<{ search?: string }>('countRenewals').at(-1)?.search === 'Phone 1');
    expect(fake.sent('listRenewals')).to.have.length(2);
    await waitUntil(() =>
      rowIds().every((id) =>
        [
          'res-000001',
          'res-000010',
          'res-000011',
          'res-000015',
          'res-000016',
          'res-000020',
          'res-000021',
          'res-000025',
          'res-000026',
          'res-000030',
          'res-000005',
        ].includes(id!),
      ),
    );
  });

  it('product and plan, each expiry window and the sort are sent with the list and the counts', async () => {
    await mount();
    const select = (name: string, value: string) => {
      const element = $<HTMLSelectElement>(`select[name="${name}"]`)!;
      element.value = value;
      element.dispatchEvent(new Event('change', { bubbles: true }));
    };
    select('plan', 'koophone|pro');
    await waitUntil(() => lastList().planId === 'pro');
    expect(lastList()).to.include({ productId: 'koophone', planId: 'pro' });
    await waitUntil(() => fake.sent<{ planId?: string }>('countRenewals').at(-1)?.planId === 'pro');
    for (const window of ['expired', '7d', '30d', '90d']) {
      select('expires', window);
      await waitUntil(() => lastList().expires === window, `expires ${window} never sent`);
    }
    select('sort', 'expiry_desc');
    await waitUntil(() => lastList().sort === 'expiry_desc');
  });

  it('an older answer arriving after a newer one never shows', async () => {
    await mount();
    fake.holding.add('listRenewals');
    $<HTMLButtonElement>('#tab-auto')!.click();
    await waitUntil(() => fake.sent('listRenewals').length === 2);
    $<HTMLButtonElement>('#tab-canceled')!.click();
    await waitUntil(() => fake.sent('listRenewals').length === 3);
    fake.holding.clear();
    // The canceled tab's answer first, then the auto tab's (aborted) one.
    fake.release();
    await waitUntil(() => rowIds().length === 6 && rowIds().every((id) => fake.resources.find((r) => r.id === id)!.renewalMode === 'canceled'));
    // The auto tab's answer too has come back (after the canceled one's), and rendered.
    await waitUntil(() => fake.answered.filter((method) => method === 'listRenewals').length === 3);
    await el.updateComplete;
    expect(rowIds().every((id) => fake.resources.find((r) => r.id === id)!.renewalMode === 'canceled')).to.equal(true);
  });

  it("while another tab's first page loads, the old rows are dimmed, busy and cannot be selected or acted on", async () => {
    await mount();
    fake.holding.add('listRenewals');
    $<HTMLButtonElement>('#tab-auto')!.click();
    await waitUntil(() => fake.sent('listRenewals').length === 2 && $('.table-wrap')?.getAttribute('aria-busy') === 'true');
    expect($('.table-wrap')!.classList.contains('stale')).to.equal(true);
    expect($$<HTMLInputElement>('tbody input[data-action="select"]').every((box) => box.disabled)).to.equal(true);
    expect($$<HTMLButtonElement>('tbody .more').every((button) => button.disabled)).to.equal(true);
    expect($<HTMLButtonElement>('.select-all')!.disabled).to.equal(true);
    expect($$<HTMLButtonElement>('button[data-bulk]').every((button) => button.disabled)).to.equal(true);
    fake.holding.clear();
    fake.release();
    await waitUntil(() => $('.table-wrap')?.getAttribute('aria-busy') === 'false' && !$<HTMLButtonElement>('.select-all')!.disabled);
    expect(rowIds().every((id) => fake.resources.find((r) => r.id === id)!.renewalMode === 'auto')).to.equal(true);
    expect($$<HTMLInputElement>('tbody input[data-action="select"]').some((box) => box.disabled)).to.equal(false);
  });

  it('pages with the cursor: Load more appends the next page', async () => {
    await mount(400);
    // A page of 50 is loaded; only the rows in view (and a margin) are in the DOM, from the first page on.
    expect(rowIds().length).to.be.within(10, 30);
    expect($('table')!.getAttribute('aria-rowcount')).to.equal('161');
    expect(text($('.more-row'))).to.contain('50 of 160 shown');
    $<HTMLButtonElement>('[part="load-more"]')!.click();
    await waitUntil(() => text($('.more-row')).includes('100 of 160'));
    expect(lastList().cursor).to.equal('50');
  });

  it('select all in this view is one filter selection; unticking a row adds it to except', async () => {
    await mount(400);
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    expect(text($('.selected-count'))).to.equal('160 resources selected');
    const box = $<HTMLInputElement>('tbody tr[data-id] input[data-action="select"]')!;
    box.click();
    await el.updateComplete;
    expect(text($('.selected-count'))).to.equal('159 resources selected');
    $<HTMLButtonElement>('button[data-bulk="auto"]')!.click();
    await waitUntil(() => fake.sent('setRenewalMode').length === 1);
    const selection = fake.sent<RenewalSelection>('setRenewalMode')[0]!;
    expect(selection).to.deep.equal({ filter: { mode: 'manual' }, except: [box.closest('tr')!.dataset['id']] });
    await waitUntil(() => tabCount('auto') === '239' && tabCount('manual') === '1');
    expect(text($('[part="status"]'))).to.equal('159 resources moved to Auto renewals.');
  });

  it('a failed action changes nothing and offers Retry, which sends it again', async () => {
    await mount();
    const before = rowIds();
    $<HTMLInputElement>('tbody tr[data-id] input[data-action="select"]')!.click();
    await el.updateComplete;
    fake.failing.add('setRenewalMode');
    $<HTMLButtonElement>('button[data-bulk="pay_per_use"]')!.click();
    await waitUntil(() => $('[part~="error"]') !== null);
    expect(rowIds()).to.deep.equal(before);
    expect(tabCount('manual')).to.equal('12');
    expect(text($('.selected-count'))).to.equal('1 resource selected');
    fake.failing.clear();
    $<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => rowIds().length === 11 && tabCount('pay_per_use') === '7');
    expect($('[part~="error"]')).to.equal(null);
  });

  it('the tabs follow the ARIA tabs pattern: one tab stop, arrows, Home and End', async () => {
    await mount();
    expect($$('[role="tab"]').map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    expect($('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-manual');
    $('#tab-manual')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'tab-auto');
    expect($('#tab-auto')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'tab-canceled');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'tab-manual');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'tab-canceled');
    await waitUntil(() => lastList().mode === 'canceled');
  });

  it('a backend without renewal calls says so', async () => {
    const store = new CheckoutStore({ backend: adapterWith(new FakeRenewals(1)) });
    (store.backend as unknown as Record<string, unknown>)['listRenewals'] = undefined;
    el = await fixture<RenewalCenter>(html`<renewal-center .store=${store}></renewal-center>`);
    await waitUntil(() => text($('[part="empty"]')) === 'This backend has no renewal center.');
  });
});
