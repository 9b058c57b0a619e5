import { FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatMoney } from '../api/catalog';
import { useLive } from '../api/live';
import { Cart, CART_VIEWS, cartById, CartLine, changeQuantity, currentCart, removeLine } from '../api/shop';
import { useTask } from '../api/task';
import { TaskStatus } from '../components/TaskStatus';
import { LoadNotice } from '../components/LoadNotice';

/**
 * The shopper's cart (or, with ?id=, a given one such as a reorder's new cart) at current catalog prices; it
 * loads again whenever the event stream says the cart or its prices changed.
 */
export function CartPage() {
  const [params] = useSearchParams();
  const id = params.get('id');
  const [load, reload] = useLive<Cart>(id ?? 'current', () => (id ? cartById(id) : currentCart()), {
    refreshOn: (event) => CART_VIEWS(event.view),
    notFoundRetries: id ? 10 : 0,
  });
  const [task, run] = useTask();

  const act = (pending: string, action: () => Promise<string>) => run(pending, action).then(reload);

  return (
    <section aria-labelledby="cart-title">
      <h1 id="cart-title">Your cart</h1>
      <LoadNotice
        load={load}
        what="your cart"
        notFound={
          <p>
            Your cart is empty. <Link to="/catalog">Browse the catalog</Link>.
          </p>
        }
      />
      {load.state === 'loaded' && <CartBody cart={load.value} busy={task.state === 'pending'} act={act} />}
      <TaskStatus task={task} />
    </section>
  );
}

type Act = (pending: string, action: () => Promise<string>) => void;

function CartBody({ cart, busy, act }: { cart: Cart; busy: boolean; act: Act }) {
  if (cart.items.length === 0) {
    return (
      <p>
        Your cart is empty. <Link to="/catalog">Browse the catalog</Link>.
      </p>
    );
  }
  return (
    <>
      <ul className="lines" aria-label="Cart lines">
        {cart.items.map((line) => (
          <Line key={line.productId} cartId={cart.cartId} line={line} busy={busy} act={act} />
        ))}
      </ul>
      <p className="total">Total: {cart.total ? formatMoney(cart.total) : '—'}</p>
      <p className="muted">Prices are the catalog's current prices.</p>
      <Link className="button" to={`/checkout?cart=${encodeURIComponent(cart.cartId)}`}>
        Checkout
      </Link>
    </>
  );
}

function Line({ cartId, line, busy, act }: { cartId: string; line: CartLine; busy: boolean; act: Act }) {
  const [quantity, setQuantity] = useState(line.quantity);
  const inputId = `qty-${line.productId}`;
  useEffect(() => setQuantity(line.quantity), [line.quantity]);

  function update(event: FormEvent) {
    event.preventDefault();
    act(`Changing the quantity of ${line.name}…`, async () => {
      await changeQuantity(cartId, line.productId, quantity);
      return `${line.name}: quantity is now ${quantity}.`;
    });
  }

  return (
    <li className="line">
      <span className="line-name">{line.name}</span>
      <span>{formatMoney(line.unitPrice)} each</span>
      <form className="line-quantity" onSubmit={update}>
        <label htmlFor={inputId}>Quantity of {line.name}</label>
        <input
          id={inputId}
          type="number"
          min={1}
          max={99}
          value={quantity}
          onChange={(event) => setQuantity(Math.max(1, Math.min(99, Number(event.target.value) || 1)))}
        />
        <button type="submit" disabled={busy || quantity === line.quantity}>
          Update
        </button>
      </form>
      <span className="line-total">Line total: {formatMoney(line.lineTotal)}</span>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        aria-label={`Remove ${line.name}`}
        onClick={() =>
          act(`Removing ${line.name}…`, async () => {
            await removeLine(cartId, line.productId);
            return `${line.name} was removed from your cart.`;
          })
        }
      >
        Remove
      </button>
    </li>
  );
}
