/**
 * What a part of an element that is made elsewhere (a view loaded on demand, see lazy-views.ts)
 * gets from the element it renders for: it renders into the element's shadow root and reads and
 * acts through the element, so the element's parts, styles, store and messages apply. Types only,
 * so an element can name them without bundling the part.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CheckoutError } from '../../api/errors.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import type { CheckoutStore } from '../../store/checkout-store.js';

export interface HostContext {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The shadow root the part renders into. */
  root(): HTMLElement | DocumentFragment;
  store(): CheckoutStore | undefined;
  locale(): string;
  t(key: MessageKey, params?: MessageParams): string;
  errorText(error: CheckoutError): string;
}
