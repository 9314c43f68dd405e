import { RenewalCenter } from './renewal-center.component.js';

RenewalCenter.define('renewal-center');

declare global {
  interface HTMLElementTagNameMap {
    'renewal-center': RenewalCenter;
  }
}
