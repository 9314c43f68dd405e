/**
 * The context key that carries the store down the tree. It carries the store object, not its
 * state: the store never changes identity, and consumers follow state through `subscribe`.
 */
import { createContext } from '@lit/context';
import type { CheckoutStore } from './checkout-store.js';

export const checkoutContext = createContext<CheckoutStore>(Symbol('upcart-store'));

export type CheckoutContext = typeof checkoutContext;
