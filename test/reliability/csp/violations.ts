/**
 * Imported first by the CSP page: records every Content-Security-Policy violation from the start,
 * and defines the page's Trusted Types `default` policy. That policy is the test page's one
 * allowance and is for MSW only (it registers its service worker with a plain string); it vouches
 * for exactly `/mockServiceWorker.js` and refuses everything else, so any other string reaching a
 * script sink, Upcart's included, is still blocked and reported.
 */
export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** Every violation since this module ran, which is before anything else on the page. */
export const violations: Violation[] = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
});

const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string | null }): unknown } }).trustedTypes;
factory?.createPolicy('default', {
  createScriptURL: (url: string) => (new URL(url, location.href).pathname === '/mockServiceWorker.js' ? url : null),
});
