/**
 * Injects a provider's `<script>` once per URL. Concurrent callers share one load; a load that
 * failed (network error, HTTP error, timeout) forgets itself and removes its element, so the
 * next call tries again with a fresh `<script>`.
 *
 * Under a Content-Security-Policy with `require-trusted-types-for 'script'`, a script's `src` must be
 * a TrustedScriptURL: the URL goes through Upcart's Trusted Types policy `upcart`, which a portal
 * allows with `trusted-types upcart` (beside Lit's `lit-html`).
 */
import { ProviderLoadError } from './payment-provider.js';

export interface LoadScriptOptions {
  /** CSP nonce for the injected `<script>`. */
  nonce?: string | undefined;
  /** Give up after this many milliseconds (default 15 s). */
  timeoutMs?: number | undefined;
}

export const DEFAULT_SCRIPT_TIMEOUT_MS = 15_000;

const loads = new Map<string, Promise<void>>();

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

/** Created on first use; null where Trusted Types are unknown or the page's CSP refuses the name. */
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The URL as a TrustedScriptURL where the browser has Trusted Types, else as it is. Only web URLs
 * pass: the provider scripts' URLs come from Upcart's constants and the portal's configuration.
 */
function trustedScriptUrl(href: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy } })
      .trustedTypes;
    try {
      policy =
        factory?.createPolicy('upcart', {
          createScriptURL: (url) => {
            const protocol = new URL(url, document.baseURI).protocol;
            if (protocol !== 'https:' && protocol !== 'http:') throw new TypeError(`upcart: refusing to load a script from ${protocol} URL`);
            return url;
          },
        }) ?? null;
    } catch {
      // The page's `trusted-types` directive does not list `upcart` (the browser reports it).
      policy = null;
    }
  }
  // A TrustedScriptURL is what the `src` setter takes; its type is not in this project's DOM lib.
  return (policy ? policy.createScriptURL(href) : href) as string;
}

/** Resolves once the script at `url` has loaded and run; rejects with `ProviderLoadError`. */
export function loadScript(url: string, options: LoadScriptOptions = {}): Promise<void> {
  const href = new URL(url, document.baseURI).href;
  const pending = loads.get(href);
  if (pending) return pending;

  const load = inject(href, options);
  loads.set(href, load);
  load.catch(() => {
    if (loads.get(href) === load) loads.delete(href);
  });
  return load;
}

function inject(href: string, { nonce, timeoutMs = DEFAULT_SCRIPT_TIMEOUT_MS }: LoadScriptOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = trustedScriptUrl(href);
    script.async = true;
    // The content attribute also sets the element's internal nonce that CSP checks.
    if (nonce) script.setAttribute('nonce', nonce);

    const settle = (error?: ProviderLoadError) => {
      clearTimeout(timer);
      script.removeEventListener('load', onLoad);
      script.removeEventListener('error', onError);
      if (!error) {
        resolve();
        return;
      }
      script.remove();
      reject(error);
    };
    const onLoad = () => settle();
    const onError = () => settle(new ProviderLoadError(`The script ${href} could not be loaded.`));
    const timer = setTimeout(() => settle(new ProviderLoadError(`The script ${href} did not load within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);

    script.addEventListener('load', onLoad);
    script.addEventListener('error', onError);
    (document.head ?? document.documentElement).append(script);
  });
}
