/**
 * Injects a provider's `<script>` once per URL. Concurrent callers share one load; a load that
 * failed (network error, HTTP error, timeout) forgets itself and removes its element, so the
 * next call tries again with a fresh `<script>`.
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
    script.src = href;
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
    const timer = setTimeout(
      () => settle(new ProviderLoadError(`The script ${href} did not load within ${Math.round(timeoutMs / 1000)} s.`)),
      timeoutMs,
    );

    script.addEventListener('load', onLoad);
    script.addEventListener('error', onError);
    (document.head ?? document.documentElement).append(script);
  });
}
