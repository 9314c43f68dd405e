// A vendor's React 19 component. React 19 sets a custom element's known properties, writes other
// props as attributes, and adds an `on<event>` prop as a listener for `<event>`.
import 'upcart/jsx-react';
import { useRef } from 'react';
import type { CheckoutBackend, CheckoutSession } from 'upcart';

export function Checkout({ backend, onTotal }: { backend: CheckoutBackend; onTotal: (amount: number) => void }) {
  const session = useRef<CheckoutSession>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <checkout-session
        ref={session}
        flow="expand"
        product="pseries"
        company-lookup
        backend={backend}
        onupcart-order-complete={(event) => onTotal(event.detail.order.total.amount)}
        onupcart-error={(event) => event.detail.code}
      >
        <plan-picker slot="plan" />
      </checkout-session>
      {/* @ts-expect-error a flow is expand, upgrade or renew */}
      <checkout-session flow="shrink" />
      {/* @ts-expect-error the order-complete event carries the order, not a quote */}
      <checkout-session onupcart-order-complete={(event) => event.detail.quote} />
      {/* @ts-expect-error the ref is a CheckoutSession's */}
      <checkout-session ref={input} />
      <order-history page-size={20} />
      {/* @ts-expect-error the page size is a number */}
      <order-history page-size="twenty" />
    </>
  );
}
