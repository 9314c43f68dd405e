/**
 * The portal around the checkout: one tab per seed flow, the portal frame with its
 * `<checkout-session>`, and the language and theme selects of the header.
 */
import type { CheckoutBackend } from '../src/api/backend.js';
import { isRtl, PSEUDO_LOCALE } from '../src/i18n/messages.js';
import { demoFlows, type DemoFlow, type DemoVariant } from './flows.js';

export type Scheme = 'light' | 'dark';

export interface PortalOptions {
  portal: HTMLElement;
  tabs: HTMLElement;
  localeSelect: HTMLSelectElement;
  themeSelect: HTMLSelectElement;
  /** Real provider keys from the URL; the offline stand-ins are used without them. */
  keys: { stripeKey: string | null; paypalClientId: string | null };
  /** The backend every session uses (the reference server with a token); `api-base` with MSW without it. */
  backend?: CheckoutBackend;
}

export interface Portal {
  /** Shows the current flow again with a fresh session (after the mock's data was reset). */
  reload(): void;
  /** The scheme the checkout is shown in now ("System" resolved through the media query). */
  scheme(): Scheme;
  /** Shows the checkout in light or dark. */
  setScheme(scheme: Scheme): void;
  /** Called whenever the scheme shown changes. */
  onSchemeChange(listener: (scheme: Scheme) => void): void;
}

/** The language switch: every locale Upcart speaks, and the pseudo-locale that shows what skips translation. */
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'ja-JP', 'ko-KR', 'zh-CN', 'vi-VN', 'ar', 'he-IL', PSEUDO_LOCALE];

/**
 * An option named by its language in itself (`Deutsch`, `日本語`, `Português`), by Intl rather than
 * by hand; each language is listed once, so its region would only lengthen the name.
 */
function localeOption(tag: string): HTMLOptionElement {
  const name = tag === PSEUDO_LOCALE ? `Pseudo (${tag})` : (new Intl.DisplayNames([tag], { type: 'language' }).of(new Intl.Locale(tag).language) ?? tag);
  const option = new Option(name.charAt(0).toLocaleUpperCase(tag) + name.slice(1), tag);
  option.lang = tag;
  return option;
}

const prefersDark = matchMedia('(prefers-color-scheme: dark)');

export function createPortal({ portal, tabs, localeSelect, themeSelect, keys, backend }: PortalOptions): Portal {
  const params = new URLSearchParams(location.search);
  const schemeListeners = new Set<(scheme: Scheme) => void>();
  localeSelect.replaceChildren(...LOCALES.map(localeOption));
  localeSelect.value = params.get('locale') ?? 'en-US';
  themeSelect.value = params.get('theme') ?? '';

  const scheme = (): Scheme => (themeSelect.value === 'light' || themeSelect.value === 'dark' ? themeSelect.value : prefersDark.matches ? 'dark' : 'light');

  function current(): DemoFlow {
    return demoFlows.find((flow) => flow.id === new URLSearchParams(location.search).get('flow')) ?? demoFlows[0]!;
  }

  function setUrl(name: string, value: string): void {
    const url = new URL(location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    history.replaceState(null, '', url);
  }

  function show(flow: DemoFlow): void {
    for (const tab of tabs.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
      const selected = tab.dataset['flow'] === flow.id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected) portal.setAttribute('aria-labelledby', tab.id);
    }
    const frame = document.createElement('section');
    frame.className = 'portal-frame';
    frame.setAttribute('aria-labelledby', 'flow-title');
    const title = frame.appendChild(document.createElement('h1'));
    title.id = 'flow-title';
    title.textContent = flow.title;
    // The demo's own words are English: in a right-to-left page they keep their order (no ".first"
    // at the line's start, no Subscription select cut at its start).
    title.dir = 'auto';
    const source = frame.appendChild(document.createElement('p'));
    source.className = 'source';
    source.textContent = flow.source;
    source.dir = 'auto';
    const variant = flow.variants?.find((candidate) => candidate.id === new URLSearchParams(location.search).get('variant')) ?? flow.variants?.[0];
    if (flow.variants && variant) frame.append(variantSelect(flow, flow.variants, variant));
    if (flow.toggle) {
      const { label, param, value } = flow.toggle;
      const toggle = frame.appendChild(document.createElement('label'));
      toggle.className = 'demo-toggle';
      toggle.dir = 'auto';
      const box = toggle.appendChild(document.createElement('input'));
      box.type = 'checkbox';
      box.checked = new URLSearchParams(location.search).get(param) === value;
      toggle.append(` ${label}`);
      // The mock backend is made once per page: the page reloads with the parameter.
      box.addEventListener('change', () => {
        setUrl(param, box.checked ? value : '');
        location.reload();
      });
    }
    const session = frame.appendChild(document.createElement('checkout-session'));
    for (const tag of flow.children ?? []) session.append(document.createElement(tag));
    if (backend) session.backend = backend;
    for (const [name, value] of Object.entries({ ...flow.attributes, ...variant?.attributes })) session.setAttribute(name, value);
    session.setAttribute('locale', localeSelect.value);
    if (themeSelect.value) session.setAttribute('theme', themeSelect.value);
    if (keys.stripeKey) session.setAttribute('stripe-key', keys.stripeKey);
    if (keys.paypalClientId) session.setAttribute('paypal-client-id', keys.paypalClientId);
    portal.replaceChildren(frame);
    setUrl('flow', flow.id);
    setUrl('variant', variant && variant !== flow.variants?.[0] ? variant.id : '');
  }

  /** The subscription a tab shows (statuses Active / Try / Inactive, a trial or a paid pascom). */
  function variantSelect(flow: DemoFlow, variants: DemoVariant[], chosen: DemoVariant): HTMLElement {
    const label = document.createElement('label');
    label.className = 'variant';
    label.dir = 'auto';
    label.textContent = 'Subscription ';
    const select = label.appendChild(document.createElement('select'));
    for (const variant of variants) select.add(new Option(variant.label, variant.id, false, variant === chosen));
    select.addEventListener('change', () => {
      setUrl('variant', select.value);
      show(flow);
      portal.querySelector<HTMLSelectElement>('.variant select')?.focus();
    });
    return label;
  }

  function applyTheme(): void {
    document.documentElement.dataset['theme'] = themeSelect.value;
    for (const session of portal.querySelectorAll('checkout-session')) {
      if (themeSelect.value) session.setAttribute('theme', themeSelect.value);
      else session.removeAttribute('theme');
    }
    setUrl('theme', themeSelect.value);
    for (const listener of schemeListeners) listener(scheme());
  }

  /**
   * The buyer's language changes in place, as the theme does: the sessions keep their store and
   * with it the buyer's selection (a new session would start over). `<order-history>` and
   * `<renewal-center>` sit inside a session and follow its `locale`.
   */
  function applyLocale(): void {
    for (const session of portal.querySelectorAll('checkout-session')) session.setAttribute('locale', localeSelect.value);
    setUrl('locale', localeSelect.value === 'en-US' ? '' : localeSelect.value);
    applyDirection();
  }

  function applyDirection(): void {
    document.documentElement.dir = isRtl(localeSelect.value) ? 'rtl' : 'ltr';
  }

  // Tabs follow the ARIA tabs pattern: one tab stop, arrows (and Home/End) move and select.
  tabs.replaceChildren(
    ...demoFlows.map((flow) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `tab-${flow.id}`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', portal.id);
      tab.dataset['flow'] = flow.id;
      tab.textContent = flow.tab;
      tab.addEventListener('click', () => {
        if (current() !== flow) setUrl('variant', '');
        show(flow);
      });
      return tab;
    }),
  );
  tabs.addEventListener('keydown', (event) => {
    const all = [...tabs.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const index = all.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const rtl = getComputedStyle(tabs).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    const target =
      step !== undefined ? all[(index + step + all.length) % all.length] : event.key === 'Home' ? all[0] : event.key === 'End' ? all.at(-1) : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.click();
  });

  localeSelect.addEventListener('change', applyLocale);
  themeSelect.addEventListener('change', applyTheme);
  prefersDark.addEventListener('change', () => {
    if (!themeSelect.value) for (const listener of schemeListeners) listener(scheme());
  });

  portal.setAttribute('role', 'tabpanel');
  portal.removeAttribute('aria-busy');
  document.documentElement.dataset['theme'] = themeSelect.value;
  applyDirection();
  show(current());

  return {
    reload: () => show(current()),
    scheme,
    setScheme(next) {
      if (scheme() === next && themeSelect.value === next) return;
      themeSelect.value = next;
      applyTheme();
    },
    onSchemeChange(listener) {
      schemeListeners.add(listener);
    },
  };
}
