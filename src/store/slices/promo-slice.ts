/** The promotion code: one per order; the price before it comes back if the server refuses it. */
import { PROMO_CODE } from '../../api/rules.js';
import { CheckoutError } from '../../api/errors.js';
import { OK, refuse, type ActionResult } from '../action-result.js';
import { isOrderComplete } from '../checkout-state.js';
import type { StoreKit } from './store-kit.js';

export interface PromoActions {
  /** One code per order; empty or null removes it. */
  setPromoCode(code: string | null): ActionResult;
}

export const promoActions: PromoActions & ThisType<StoreKit> = {
  setPromoCode(code) {
    if (this.container.destroyed) return refuse('destroyed');
    const state = this.container.get();
    if (state.config === null) return refuse('not_configured');
    if (isOrderComplete(state)) return refuse('order_complete');
    const promoCode = typeof code === 'string' && code.trim() !== '' ? code.trim() : null;
    if (promoCode !== state.promoCode && this.runner.busy('order')) return refuse('busy');
    if (promoCode !== null && promoCode.length > PROMO_CODE.maxLength) {
      return refuse('invalid_input', {
        error: new CheckoutError('validation', 'The code is too long.', { fields: { promoCode: `At most ${PROMO_CODE.maxLength} characters` } }),
      });
    }
    if (promoCode !== state.promoCode) {
      this.quotes.keepPriceBeforePromo(state);
      this.container.commit({ ...state, promoCode, promoRefusal: null });
    } else if (state.promoRefusal !== null) {
      this.container.commit({ ...state, promoRefusal: null });
    }
    return OK;
  },
};
