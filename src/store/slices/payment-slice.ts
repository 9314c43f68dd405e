/** The payment choice: method, the order's Auto Renew checkbox and the PI number. */
import type { PaymentMethod } from '../../api/schemas.js';
import { OK, refuse, type ActionResult } from '../action-result.js';
import { isOrderComplete, type PaymentSelection } from '../checkout-state.js';
import type { StoreKit } from './store-kit.js';

export interface PaymentActions {
  setPaymentMethod(method: PaymentMethod): ActionResult;
  /** The order's Auto Renew checkbox (PayPal and card). */
  setAutoRenew(autoRenew: boolean): ActionResult;
  /** Kept as typed so the field can show it; checked when the order is placed. */
  setPiNumber(piNumber: string): ActionResult;
}

export const paymentActions: PaymentActions & ThisType<StoreKit> = {
  setPaymentMethod(method) {
    const refused = refusal(this);
    if (refused) return refused;
    const catalog = this.container.get().catalog;
    if (catalog === null) return refuse('not_ready');
    if (!catalog.paymentMethods.includes(method)) return refuse('not_allowed');
    return change(this, 'method', method);
  },

  setAutoRenew(autoRenew) {
    return refusal(this) ?? change(this, 'autoRenew', autoRenew);
  },

  setPiNumber(piNumber) {
    return refusal(this) ?? change(this, 'piNumber', typeof piNumber === 'string' ? piNumber : '');
  },
};

function refusal(kit: StoreKit): ActionResult | null {
  if (kit.container.destroyed) return refuse('destroyed');
  return isOrderComplete(kit.container.get()) ? refuse('order_complete') : null;
}

/** Commits one field of the payment choice when it changed. */
function change<K extends keyof PaymentSelection>(kit: StoreKit, key: K, value: PaymentSelection[K]): ActionResult {
  const state = kit.container.get();
  if (state.payment[key] !== value) kit.container.commit({ ...state, payment: { ...state.payment, [key]: value } });
  return OK;
}
