/**
 * Card payments through Stripe's Payment Element with a deferred intent: the element is shown
 * before the order exists, and the order's PaymentIntent client secret confirms it.
 *
 * Stripe.js is loaded only when `mountCardPayment` is called: `@stripe/stripe-js/pure` injects
 * nothing on import (its main entry does). We inject the script ourselves, so the CSP nonce and
 * the timeout apply and a stand-in URL can replace Stripe's; `loadStripe` then takes the
 * `window.Stripe` the script defined. Card data stays inside Stripe's iframe: nothing here reads,
 * stores, logs or emits it; only ids and Stripe's own messages come out.
 */
import { loadStripe } from '@stripe/stripe-js/pure';
import type { Appearance, Stripe, StripeElementLocale, StripeElements, StripePaymentElement } from '@stripe/stripe-js';
import type { Money } from '../api/schemas.js';
import { loadScript, DEFAULT_SCRIPT_TIMEOUT_MS } from './load-script.js';
import { ProviderLoadError, type CardPayment, type CardResult, type StripeOptions } from './payment-provider.js';

/** The Stripe.js release train `@stripe/stripe-js` 10 expects (its `loadStripe` injects this URL). */
export const STRIPE_JS_URL = 'https://js.stripe.com/endive/stripe.js';

const STRIPE_LOCALES: ReadonlySet<string> = new Set<StripeElementLocale>([
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'en-AU',
  'en-CA',
  'en-NZ',
  'en-GB',
  'es',
  'es-ES',
  'es-419',
  'et',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'fr-FR',
  'he',
  'hu',
  'hr',
  'id',
  'it',
  'it-IT',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'mt',
  'nb',
  'nl',
  'no',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sv',
  'th',
  'tr',
  'vi',
  'zh',
  'zh-HK',
  'zh-TW',
]);

/** A BCP 47 locale as Stripe Elements takes it: exact, else the language, else Stripe's own choice. */
export function toStripeLocale(locale: string): StripeElementLocale {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(locale)[0] ?? '';
  } catch {
    return 'auto';
  }
  if (STRIPE_LOCALES.has(tag)) return tag as StripeElementLocale;
  const language = tag.split('-')[0] ?? '';
  return STRIPE_LOCALES.has(language) ? (language as StripeElementLocale) : 'auto';
}

/** Mounts Stripe's Payment Element in `container`, which must be in the document's light DOM. */
export async function mountCardPayment(container: HTMLElement, amount: Money, options: StripeOptions): Promise<CardPayment> {
  assertInDocument(container);
  const stripe = await getStripe(options);

  const elements = stripe.elements({
    mode: 'payment',
    amount: amount.amount,
    currency: amount.currency.toLowerCase(),
    locale: toStripeLocale(options.locale),
    appearance: appearanceFrom(container),
  });
  const element = elements.create('payment', { layout: 'tabs' });
  try {
    await mountAndWait(element, container);
  } catch (error) {
    element.destroy();
    throw error;
  }
  return new StripeCardPayment(stripe, elements, element, container);
}

class StripeCardPayment implements CardPayment {
  private destroyed = false;
  private appearance: string;
  // A scheme change of the page re-themes the fields; a theme changed by CSS alone reaches them
  // at the next amount update (Stripe has no way to follow the page's custom properties).
  private readonly restyle = () => this.update();

  constructor(
    private readonly stripe: Stripe,
    private readonly elements: StripeElements,
    private readonly element: StripePaymentElement,
    private readonly container: HTMLElement,
  ) {
    this.appearance = JSON.stringify(appearanceFrom(container));
    matchMedia(DARK).addEventListener('change', this.restyle);
  }

  update(amount?: Money): void {
    if (this.destroyed) return;
    const appearance = appearanceFrom(this.container);
    const changed = JSON.stringify(appearance) !== this.appearance;
    this.appearance = JSON.stringify(appearance);
    if (!amount && !changed) return;
    // The element shows its own state; a failed update leaves the previous amount, which the
    // server-side PaymentIntent overrides at confirmation anyway.
    this.elements
      .update({ ...(amount && { amount: amount.amount, currency: amount.currency.toLowerCase() }), ...(changed && { appearance }) })
      .catch(() => undefined);
  }

  async submit(): Promise<{ ok: true } | { ok: false; message: string }> {
    const { error } = await this.elements.submit();
    if (error) return { ok: false, message: error.message ?? 'Check your card details.' };
    return { ok: true };
  }

  async confirm(clientSecret: string): Promise<CardResult> {
    const result = await this.stripe.confirmPayment({
      elements: this.elements,
      clientSecret,
      confirmParams: { return_url: location.href },
      redirect: 'if_required',
    });
    if (result.error) {
      return { status: 'failed', message: result.error.message ?? 'The payment could not be completed.' };
    }
    const intent = result.paymentIntent;
    // `processing` and `requires_capture` are accepted by the bank; the backend confirms the order
    // with the intent's id and checks its final state itself.
    if (intent.status === 'succeeded' || intent.status === 'processing' || intent.status === 'requires_capture') {
      return { status: 'succeeded', paymentIntentId: intent.id };
    }
    return { status: 'failed', message: 'The payment was not completed. Please try again or use another card.' };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    matchMedia(DARK).removeEventListener('change', this.restyle);
    this.element.destroy();
  }
}

function assertInDocument(container: HTMLElement): void {
  if (container.getRootNode() !== document) {
    throw new Error("mountCardPayment: the container must be in the document's light DOM (Stripe refuses shadow roots); use createLightDomMount.");
  }
}

async function getStripe(options: StripeOptions): Promise<Stripe> {
  if (!window.Stripe) {
    const url = options.scriptUrl ?? STRIPE_JS_URL;
    try {
      await loadScript(url, { nonce: options.nonce });
    } catch (error) {
      throw new ProviderLoadError(`Card payments are unavailable: Stripe.js could not be loaded (${messageOf(error)})`, {
        cause: error,
      });
    }
    if (!window.Stripe) {
      throw new ProviderLoadError(`Card payments are unavailable: ${url} loaded but did not define Stripe.`);
    }
  }
  let stripe: Stripe | null;
  try {
    stripe = await loadStripe(options.publishableKey);
  } catch (error) {
    throw new ProviderLoadError(`Card payments are unavailable: Stripe could not start (${messageOf(error)})`, { cause: error });
  }
  if (!stripe) throw new ProviderLoadError('Card payments are unavailable: Stripe could not start.');
  return stripe;
}

/** Mounts and waits for Stripe's `ready`; `loaderror` (e.g. an invalid key) or a timeout fail. */
function mountAndWait(element: StripePaymentElement, container: HTMLElement): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new ProviderLoadError('Card payments are unavailable: the card form did not load in time.')),
      DEFAULT_SCRIPT_TIMEOUT_MS,
    );
    element.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
    element.once('loaderror', (event) => {
      clearTimeout(timer);
      reject(new ProviderLoadError(`Card payments are unavailable: ${event.error.message ?? 'the card form did not load.'}`));
    });
    try {
      element.mount(container);
    } catch (error) {
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

const DARK = '(prefers-color-scheme: dark)';

/**
 * Upcart's theme as Stripe's appearance variables. The container inherits the host's tokens
 * through the flat tree; a hidden probe resolves them (including `light-dark()` and `calc()`) to
 * the concrete values Stripe takes (rgb(), px).
 */
function appearanceFrom(container: HTMLElement): Appearance {
  const probe = document.createElement('span');
  probe.hidden = true;
  container.append(probe);
  const resolve = (property: 'color' | 'borderTopLeftRadius', value: string) => {
    probe.style[property] = value;
    const resolved = getComputedStyle(probe)[property];
    probe.style[property] = '';
    return resolved;
  };
  const { color: text, fontFamily, fontSize } = getComputedStyle(container);
  const variables: NonNullable<Appearance['variables']> = {
    colorPrimary: resolve('color', 'var(--_primary, var(--upcart-color-primary, #4338ca))'),
    colorBackground: resolve('color', 'var(--_surface, var(--upcart-color-surface, #ffffff))'),
    colorText: text,
    colorDanger: resolve('color', 'var(--_danger, var(--upcart-color-danger, #b42318))'),
    borderRadius: resolve('borderTopLeftRadius', 'var(--_radius, var(--upcart-radius, 8px))'),
    // Stripe's spacing unit is 4px by default, as our --_space-xs at density 1.
    spacingUnit: resolve('borderTopLeftRadius', 'var(--_space-xs, calc(4px * var(--upcart-density, 1)))'),
    fontFamily,
    fontSizeBase: fontSize,
  };
  probe.remove();
  // Stripe takes hex, rgb() and hsl() colors only: drop anything else and keep its default.
  for (const key of ['colorPrimary', 'colorBackground', 'colorText', 'colorDanger'] as const) {
    if (!/^(#|rgba?\(|hsla?\()/.test(variables[key] ?? '')) delete variables[key];
  }
  // Light text means a dark theme around the element: start from Stripe's dark theme.
  return { theme: isLight(text) ? 'night' : 'stripe', variables };
}

function isLight(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 160;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
