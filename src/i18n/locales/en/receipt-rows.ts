/** The receipt rows under a quote's or an order's lines (subtotal, promotion, tax or reverse charge): `<order-summary>` and `<pay-checkout>`'s order result (shared/receipt-rows.ts). */
export const receiptRows = {
  'summary.subtotal': 'Subtotal',
  'summary.discount': 'Promotion {code}',
  'summary.tax': 'VAT {rate} ({country})',
  'summary.tax.reverseCharge': 'Reverse charge — 0%',
};
