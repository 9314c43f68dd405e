// Upcart in React 19. React 19 passes props to custom elements as properties when the element
// has one (else as attributes) and turns `on<event-name>` props into event listeners, so the
// elements need no wrapper components.
import { useState } from 'react';
import 'upcart/define';

const flows = {
  expand: { label: 'Add extensions', attributes: { flow: 'expand', product: 'pseries', subscription: 'sub-pseries' } },
  upgrade: { label: 'Upgrade your plan', attributes: { flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc' } },
  renew: { label: 'Renew phones', attributes: { flow: 'renew', product: 'koophone' } },
};

export function App() {
  const [flow, setFlow] = useState('expand');
  const [orders, setOrders] = useState([]);
  const [error, setError] = useState('');

  return (
    <>
      <header className="portal-header">Acme Telecom · Customer portal (React)</header>
      <main className="portal-main">
        <nav className="flow-switch" aria-label="Checkout">
          {Object.entries(flows).map(([id, { label }]) => (
            <button key={id} type="button" aria-pressed={flow === id} onClick={() => setFlow(id)}>
              {label}
            </button>
          ))}
        </nav>
        {orders.map((order) => (
          <p key={order.id} className="order-log" role="status">
            Order {order.id} is {order.status.replaceAll('_', ' ')}.
          </p>
        ))}
        {error && <p className="error-log">{error}</p>}
        <checkout-session
          key={flow}
          {...flows[flow].attributes}
          locale="en-US"
          onupcart-order-complete={(event) => setOrders((list) => [event.detail.order, ...list])}
          onupcart-error={(event) => setError(event.detail.message)}
        />
      </main>
    </>
  );
}
