/** Quote and order lines named by their kind: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
export const lineLabels = {
  'lines.renewal': 'Renewal',
  'lines.coterm': 'Days to the standard renewal date',
  'lines.credit': 'Credit for unused time',
};
