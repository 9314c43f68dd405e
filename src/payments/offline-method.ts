/** Offline: an optional PI number and Place Order; the account manager follows up for the payment. */
import { html, nothing } from 'lit';
import { piNumberProblem } from '../api/rules.js';
import { UpcartInputInvalidEvent } from '../events/input-invalid.js';
import type { PaymentContext, PaymentMethodHandler } from './payment-method.js';
import { paymentMethods as english } from '../i18n/locales/en/payment-methods.js';
import { addEnglish } from '../i18n/messages.js';

addEnglish(english);

/** The message for a typed PI number the contract's rule refuses; null when it is fine or empty. */
function piProblem(value: string): 'pay.pi.tooLong' | 'pay.pi.invalid' | null {
  const problem = piNumberProblem(value);
  return problem === null ? null : problem === 'too_long' ? 'pay.pi.tooLong' : 'pay.pi.invalid';
}

export function offlineMethod(context: PaymentContext): PaymentMethodHandler {
  const handleInput = (event: Event) => context.store()?.setPiNumber((event.target as HTMLInputElement).value);
  // A typed PI number that breaks the contract's rule is reported on change.
  const handleChange = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    const problem = piProblem(value);
    if (problem) context.host.dispatchEvent(new UpcartInputInvalidEvent({ name: 'piNumber', value, message: context.t(problem) }));
  };

  return {
    unavailable: false,
    paying: false,
    busyLabel: 'pay.button.placing',
    options() {
      const { piNumber } = context.state().payment;
      const problem = piProblem(piNumber);
      return html`<div class="field">
        <label for="pi">${context.t('pay.pi.label')} <span class="muted">${context.t('common.optional')}</span></label>
        <input
          id="pi"
          part="pi-number"
          name="piNumber"
          autocomplete="off"
          spellcheck="false"
          .value=${piNumber}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="pi-hint pi-error"
          @input=${handleInput}
          @change=${handleChange}
        />
        <p class="hint" id="pi-hint">${context.t('pay.pi.hint')}</p>
        <p class="field-error" id="pi-error" role="alert">${problem ? context.t(problem) : ''}</p>
      </div>`;
    },
    actions: () => nothing,
    sync() {},
    // The store sends the PI number with the order.
    pay() {
      void context.store()?.placeOrder();
    },
  };
}
