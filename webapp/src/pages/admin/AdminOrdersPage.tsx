import { Link } from 'react-router-dom';
import { ordersToShip, shipOrder, useAdminView } from '../../api/admin';
import { formatMoney } from '../../api/catalog';
import { ORDER_VIEW, OrderSummary } from '../../api/shop';
import { useTask } from '../../api/task';
import { TaskStatus } from '../../components/TaskStatus';
import { AdminNav } from './AdminNav';
import { LoadNotice } from '../../components/LoadNotice';

const short = (orderId: string) => orderId.slice(0, 8);

/** Confirmed (paid) orders waiting to ship, oldest first, each with Ship and a link to the order. */
export function AdminOrdersPage() {
  const [load, expectChange] = useAdminView<OrderSummary[]>('confirmed', ordersToShip, { views: [ORDER_VIEW] });
  const [task, run] = useTask();

  function ship(order: OrderSummary) {
    void run(`Shipping order ${short(order.orderId)}…`, async () => {
      await shipOrder(order.orderId);
      return `Order ${short(order.orderId)} has shipped.`;
    }).then((ok) => ok && expectChange());
  }

  return (
    <section aria-labelledby="admin-orders-title" className="admin">
      <AdminNav />
      <h1 id="admin-orders-title">Orders to ship</h1>
      <p className="muted">Confirmed orders, paid and waiting to ship, oldest first.</p>
      <TaskStatus task={task} />
      <LoadNotice load={load} what="the orders" announce />
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <p>No order is waiting to ship.</p>
        ) : (
          <ul className="admin-rows" aria-label="Orders to ship">
            {load.value.map((order) => (
              <li key={order.orderId} className="admin-row">
                <Link className="admin-row-name" to={`/orders/${order.orderId}`}>
                  Order {short(order.orderId)}
                </Link>
                <span>
                  Placed <time dateTime={order.placedAt}>{new Date(order.placedAt).toLocaleString()}</time>
                </span>
                <span className="price">{order.total ? formatMoney(order.total) : '—'}</span>
                <button
                  type="button"
                  onClick={() => ship(order)}
                  disabled={task.state === 'pending'}
                  aria-label={`Ship order ${short(order.orderId)}`}
                >
                  Ship
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
