import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatMoney } from '../api/catalog';
import { useLive } from '../api/live';
import { cancelOrder, cancellationWords, order, Order, ORDER_VIEW, orderStatusWords, paymentWords, reorder } from '../api/shop';
import { useTask } from '../api/task';
import { TaskStatus } from '../components/TaskStatus';

const FINAL = new Set(['CONFIRMED', 'SHIPPED', 'CANCELLED']);

/**
 * One order, live: status, lines, payment and timeline reload when the event stream announces an update of
 * this order (and, while the order is still in flight, every few seconds in case the stream is down).
 */
export function OrderPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [load, reload] = useLive<Order>(id, () => order(id), {
    refreshOn: (event) => event.view === ORDER_VIEW && event.id === id,
    notFoundRetries: 15, // just placed: the order view may not have it yet
    pollMs: 5000,
    keepPolling: (value) => !FINAL.has((value as Order).status),
  });
  const [task, run] = useTask();

  function cancel() {
    void run('Cancelling your order…', async () => {
      await cancelOrder(id);
      return 'Your order is being cancelled.';
    }).then(reload);
  }

  function buyAgain() {
    let cartId: string | undefined;
    void run('Putting these items in a new cart…', async () => {
      cartId = (await reorder(id)).resourceId;
      return 'A new cart holds these items.';
    }).then((ok) => ok && cartId && navigate(`/cart?id=${encodeURIComponent(cartId)}`));
  }

  if (load.state === 'loading') return <p className="muted">Loading your order…</p>;
  if (load.state === 'failed') {
    return (
      <section>
        <h1>Order not available</h1>
        <p role="alert" className="error">
          {load.message}
        </p>
        <Link to="/orders">Your orders</Link>
      </section>
    );
  }
  const o = load.value;
  const cancellable = o.status !== 'SHIPPED' && o.status !== 'CANCELLED';
  return (
    <section aria-labelledby="order-title" className="order">
      <h1 id="order-title">Order {o.orderId.slice(0, 8)}</h1>
      <p className="order-status">
        Status: <strong data-testid="order-status">{orderStatusWords(o.status)}</strong>
      </p>
      {o.cancellationReason && <p className="error">Why it was cancelled: {cancellationWords(o.cancellationReason)}</p>}
      <p>Payment: {o.payment ? paymentWords(o.payment.status) : 'Not started yet'}</p>
      <h2>Items</h2>
      <ul className="lines" aria-label="Order lines">
        {o.lines.map((line) => (
          <li key={line.productId} className="line">
            <span className="line-name">{line.name}</span>
            <span>
              {line.quantity} × {formatMoney(line.unitPrice)}
            </span>
            <span className="line-total">{formatMoney(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <p className="total">Total: {o.total ? formatMoney(o.total) : '—'}</p>
      <h2>Timeline</h2>
      <ol className="timeline" aria-label="Order timeline" aria-live="polite">
        {o.timeline.map((step) => (
          <li key={`${step.status}-${step.at}`}>
            <strong>{orderStatusWords(step.status)}</strong> <time dateTime={step.at}>{new Date(step.at).toLocaleString()}</time>
          </li>
        ))}
      </ol>
      <div className="actions">
        {cancellable && (
          <button type="button" className="secondary" onClick={cancel} disabled={task.state === 'pending'}>
            Cancel order
          </button>
        )}
        <button type="button" onClick={buyAgain} disabled={task.state === 'pending'}>
          Reorder
        </button>
      </div>
      <TaskStatus task={task} />
    </section>
  );
}
