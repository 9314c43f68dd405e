/**
 * Money as the core writes it in its messages (`USD 132.92`, `JPY 1200`, `BHD 1.250`): the code
 * then the amount with the currency's own minor-unit digits, the same in every locale, since an
 * error message is for the log and the fallback, and the client writes prices in the buyer's
 * language itself.
 */
import type { Money } from '../src/api/schemas.js';
import { minorDigits } from '../src/i18n/format.js';

export function formatMoney(money: Money): string {
  const digits = minorDigits(money.currency);
  const scale = 10 ** digits;
  // Integer arithmetic: no float rounding between the minor units and the text.
  const magnitude = Math.abs(money.amount);
  const whole = Math.floor(magnitude / scale);
  const fraction = digits === 0 ? '' : `.${String(magnitude % scale).padStart(digits, '0')}`;
  return `${money.currency} ${money.amount < 0 ? '-' : ''}${whole}${fraction}`;
}
