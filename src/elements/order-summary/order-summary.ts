import { OrderSummary } from './order-summary.component.js';

OrderSummary.define('order-summary');

declare global {
  interface HTMLElementTagNameMap {
    'order-summary': OrderSummary;
  }
}
