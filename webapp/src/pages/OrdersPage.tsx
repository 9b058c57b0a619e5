import { Link } from 'react-router-dom';
import { formatMoney } from '../api/catalog';
import { useLive } from '../api/live';
import { ORDER_VIEW, orders, OrderSummary, orderStatusWords } from '../api/shop';
import { LoadNotice } from '../components/LoadNotice';

/** The shopper's orders, newest first (the API's order), each linking to its live page. */
export function OrdersPage() {
  const [load] = useLive<OrderSummary[]>('orders', orders, { refreshOn: (event) => event.view === ORDER_VIEW });
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">Your orders</h1>
      <LoadNotice load={load} what="your orders" />
      {load.state === 'loaded' && load.value.length === 0 && (
        <p>
          No orders yet. <Link to="/catalog">Browse the catalog</Link>.
        </p>
      )}
      {load.state === 'loaded' && load.value.length > 0 && (
        <ul className="lines" aria-label="Orders">
          {load.value.map((o) => (
            <li key={o.orderId} className="line">
              <Link to={`/orders/${o.orderId}`}>Order {o.orderId.slice(0, 8)}</Link>
              <time dateTime={o.placedAt}>{new Date(o.placedAt).toLocaleString()}</time>
              <span>{orderStatusWords(o.status)}</span>
              <span className="line-total">{o.total ? formatMoney(o.total) : '—'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
