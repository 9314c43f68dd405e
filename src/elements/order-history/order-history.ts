import { OrderHistory } from './order-history.component.js';

OrderHistory.define('order-history');

declare global {
  interface HTMLElementTagNameMap {
    'order-history': OrderHistory;
  }
}
