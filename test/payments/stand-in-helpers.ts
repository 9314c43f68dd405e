/** Shared helpers for driving the Stripe and PayPal stand-ins in tests. */

export interface StripeStandInStats {
  loads: number;
  instances: number;
  mounts: number;
  submits: number;
  confirmations: number;
  elementsOptions: Record<string, unknown> | null;
}
export interface PaypalStandInStats {
  loads: number;
  params: Record<string, string> | null;
  nonce: string;
  renders: number;
  orders: number;
  approvals: number;
  cancels: number;
  errors: number;
  style: Record<string, unknown> | null;
}

declare global {
  interface Window {
    __upcartStripeStandIn?: StripeStandInStats;
    __upcartPaypalStandIn?: PaypalStandInStats;
  }
}

/** Polls until `check` answers something truthy (or fails after `ms`). */
export async function until<T>(check: () => T | null | undefined | false, what = 'condition', ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

/** A button in the document (not in shadow roots) by its text. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

/** Types into the stand-in's card fields, inside its iframe, as a buyer would. */
export function fillCard(container: Element, number: string, expiry = '12 / 34', cvc = '123'): void {
  const frame = container.querySelector('iframe');
  const doc = frame?.contentDocument;
  if (!doc) throw new Error('no card iframe in the container');
  const values: Record<string, string> = { cardnumber: number, 'exp-date': expiry, cvc };
  for (const [name, value] of Object.entries(values)) {
    const input = doc.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Scripts in the document whose URL path is `path`. */
export function scriptsAt(path: string): HTMLScriptElement[] {
  return [...document.querySelectorAll('script')].filter((s) => s.src && new URL(s.src).pathname === path);
}
