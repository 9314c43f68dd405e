/**
 * PayPal's buttons through `@paypal/paypal-js`. The SDK is loaded only when
 * `renderPaypalButtons` is called (`loadScript` injects nothing on import); `sdkBaseUrl` points it
 * at a local stand-in for tests and the offline demo, and the CSP nonce goes in as
 * `data-csp-nonce` (paypal-js copies it to the script's `nonce`, and PayPal uses it for the
 * styles it adds). Errors reach the caller as readable messages; a failure to load or render is
 * a `ProviderLoadError`.
 */
import { loadScript, type PayPalButtonStyle, type PayPalNamespace, type PayPalScriptOptions } from '@paypal/paypal-js';
import { DEFAULT_SCRIPT_TIMEOUT_MS } from './load-script.js';
import { ProviderLoadError, type PaypalButtons, type PaypalCallbacks, type PaypalOptions } from './payment-provider.js';

/** Region used when a locale names only a language (PayPal wants `ll_CC`). */
const DEFAULT_REGION: Readonly<Record<string, string>> = {
  ar: 'EG',
  cs: 'CZ',
  da: 'DK',
  de: 'DE',
  el: 'GR',
  en: 'US',
  es: 'ES',
  fi: 'FI',
  fr: 'FR',
  he: 'IL',
  hu: 'HU',
  id: 'ID',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  nl: 'NL',
  no: 'NO',
  nb: 'NO',
  pl: 'PL',
  pt: 'PT',
  ru: 'RU',
  sk: 'SK',
  sv: 'SE',
  th: 'TH',
  tr: 'TR',
  zh: 'CN',
};

/**
 * A BCP 47 locale as PayPal takes it: `de-AT` → `de_AT`, `de` → `de_DE`; undefined (PayPal
 * detects the buyer's) for a language without a known default region.
 */
export function toPaypalLocale(locale: string): string | undefined {
  let parts: Intl.Locale;
  try {
    parts = new Intl.Locale(locale);
  } catch {
    return undefined;
  }
  const language = parts.language === 'nb' ? 'no' : parts.language;
  const region = parts.region ?? DEFAULT_REGION[language];
  if (!/^[a-z]{2}$/.test(language) || !region || !/^[A-Z]{2}$/.test(region)) return undefined;
  return `${language}_${region}`;
}

/** Loads PayPal's SDK (once for the same options) and renders its buttons into `container`. */
export async function renderPaypalButtons(container: HTMLElement, callbacks: PaypalCallbacks, options: PaypalOptions): Promise<PaypalButtons> {
  if (container.getRootNode() !== document) {
    throw new Error("renderPaypalButtons: the container must be in the document's light DOM (PayPal fails inside shadow roots); use createLightDomMount.");
  }
  const paypal = await loadPaypal(options);
  if (!paypal?.Buttons) throw new ProviderLoadError('PayPal is unavailable: its SDK loaded without buttons.');

  const buttons = paypal.Buttons({
    style: buttonStyle(container),
    // Must reject on failure so PayPal stops; PayPal then reports the error through onError.
    createOrder: () => callbacks.createOrder(),
    onApprove: async (data) => {
      try {
        await callbacks.onApprove(data.orderID);
      } catch (error) {
        callbacks.onError(readableMessage(error));
      }
    },
    onCancel: () => callbacks.onCancel(),
    onError: (error) => callbacks.onError(readableMessage(error)),
  });
  if (!buttons.isEligible()) throw new ProviderLoadError('PayPal is unavailable for this purchase.');
  try {
    await buttons.render(container);
  } catch (error) {
    throw new ProviderLoadError(`PayPal is unavailable: its buttons could not be shown (${readableMessage(error)})`, {
      cause: error,
    });
  }

  let closed = false;
  return {
    destroy() {
      if (closed) return;
      closed = true;
      buttons.close().catch(() => undefined);
    },
  };
}

const COLORS = ['gold', 'blue', 'silver', 'white', 'black'];

/**
 * PayPal's button style from Upcart's tokens, as far as PayPal allows: the height of our controls
 * (PayPal takes 25 to 55 px), our corner radius (0 is `sharp`), and a color from
 * `--upcart-paypal-color` (one of PayPal's five), else white on light and black on dark pages.
 */
function buttonStyle(container: HTMLElement): PayPalButtonStyle {
  const probe = document.createElement('span');
  container.append(probe);
  probe.style.cssText = 'display:block;height:var(--_control-height,40px);border-radius:var(--_radius,var(--upcart-radius,8px))';
  const computed = getComputedStyle(probe);
  const height = Math.round(Math.min(55, Math.max(25, parseFloat(computed.height) || 40)));
  const radius = parseFloat(computed.borderTopLeftRadius) || 0;
  const chosen = computed.getPropertyValue('--upcart-paypal-color').trim();
  const [r = 0, g = 0, b = 0] = (computed.color.match(/[\d.]+/g) ?? []).map(Number);
  probe.remove();
  const dark = 0.2126 * r + 0.7152 * g + 0.0722 * b > 160;
  const color = (COLORS.includes(chosen) ? chosen : dark ? 'black' : 'white') as PayPalButtonStyle['color'];
  return { layout: 'vertical', label: 'pay', color, height, ...(radius ? { shape: 'rect', borderRadius: radius } : { shape: 'sharp' }) };
}

/** Concurrent calls with the same options share one load (paypal-js would inject twice). */
const loads = new Map<string, Promise<PayPalNamespace | null>>();

function loadPaypal(options: PaypalOptions): Promise<PayPalNamespace | null> {
  const scriptOptions: PayPalScriptOptions = {
    clientId: options.clientId,
    currency: options.currency.toUpperCase(),
    locale: toPaypalLocale(options.locale),
    components: 'buttons',
    sdkBaseUrl: options.sdkBaseUrl,
    dataCspNonce: options.nonce,
  };
  const key = JSON.stringify(scriptOptions);
  const pending = loads.get(key);
  if (pending) return pending;

  const load = withTimeout(loadScript(scriptOptions), DEFAULT_SCRIPT_TIMEOUT_MS).catch((error: unknown) => {
    throw new ProviderLoadError(`PayPal is unavailable: its SDK could not be loaded (${readableMessage(error)})`, {
      cause: error,
    });
  });
  loads.set(key, load);
  // Once settled, paypal-js itself reuses a loaded script; a failure must be retryable.
  load.then(
    () => loads.delete(key),
    () => loads.delete(key),
  );
  return load;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The first line of an error's message: PayPal's errors can carry stack-like detail. */
export function readableMessage(error: unknown): string {
  let message = '';
  if (error instanceof Error) message = error.message;
  else if (typeof error === 'string') message = error;
  else if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    message = (error as { message: string }).message;
  }
  const line = message.split('\n')[0]?.trim() ?? '';
  if (!line) return 'PayPal reported an error. Please try again.';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
