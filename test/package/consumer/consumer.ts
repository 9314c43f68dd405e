// A vendor's plain TypeScript: the tags are typed for anything that imports from 'upcart', before
// any tag is defined (nothing here imports 'upcart/define').
// (No type annotations on the queries: TypeScript would infer querySelector's type from them.)
import { httpBackend, type UpcartOrderCompleteEvent } from 'upcart';

const session = document.querySelector('checkout-session');
const history = document.createElement('order-history');
history.pageSize = 20;
document.createElement('renewal-center').product = 'pseries';

if (session) {
  session.flow = 'expand';
  session.companyLookup = true;
  session.backend = httpBackend({ baseUrl: 'https://shop.example/api' });
  // @ts-expect-error a flow is expand, upgrade or renew
  session.flow = 'shrink';
  // @ts-expect-error the page size is a number
  history.pageSize = '20';
}

export const totals: number[] = [];
session?.addEventListener('upcart-order-complete', (event) => {
  const complete: UpcartOrderCompleteEvent = event;
  totals.push(complete.detail.order.total.amount);
  // @ts-expect-error an order's total is Money, not a number
  totals.push(event.detail.order.total);
});
