/**
 * Where each payment method comes from: a chunk of its own (the method, its provider's controller
 * and the methods' words), imported when the buyer chooses the method, or ahead of time when the
 * pointer or the focus reaches the choice, so a checkout's first load carries none of them. The
 * record is mutable so a test can swap a loader for one that stalls or fails, and restore it.
 */
import type { PaymentMethod } from '../api/schemas.js';
import type { ViewClass, ViewLoaders } from '../elements/shared/lazy-views.js';
import type { PaymentContext, PaymentMethodHandler } from './payment-method.js';

/**
 * A method's factory as the class `LazyViews` makes views with: a constructor that returns the
 * factory's object. The methods stay factories of closures (a class would ship its property names).
 */
function asView(make: (context: PaymentContext) => PaymentMethodHandler): ViewClass<PaymentContext, PaymentMethodHandler> {
  return function (context: PaymentContext) {
    return make(context);
  } as unknown as ViewClass<PaymentContext, PaymentMethodHandler>;
}

export const methodLoaders: ViewLoaders<PaymentMethod, PaymentContext, PaymentMethodHandler> = {
  card: () => import('./card-method.js').then((module) => asView(module.cardMethod)),
  paypal: () => import('./paypal-method.js').then((module) => asView(module.paypalMethod)),
  offline: () => import('./offline-method.js').then((module) => asView(module.offlineMethod)),
};
