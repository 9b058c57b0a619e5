import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { addToMyCart } from '../api/shop';
import { useTask } from '../api/task';
import { TaskStatus } from './TaskStatus';

/** Quantity and "Add to cart" on a product page; creates the shopper's cart first when there is none. */
export function AddToCart({ productId, name }: { productId: string; name: string }) {
  const [quantity, setQuantity] = useState(1);
  const [task, run] = useTask();

  function add(event: FormEvent) {
    event.preventDefault();
    void run(`Adding ${name} to your cart…`, async () => {
      await addToMyCart(productId, quantity);
      return `Added ${quantity} × ${name} to your cart.`;
    });
  }

  return (
    <form className="add-to-cart" onSubmit={add}>
      <label htmlFor="quantity">Quantity</label>
      <input
        id="quantity"
        type="number"
        min={1}
        max={99}
        value={quantity}
        onChange={(event) => setQuantity(Math.max(1, Math.min(99, Number(event.target.value) || 1)))}
      />
      <button type="submit" disabled={task.state === 'pending'}>
        Add to cart
      </button>
      <TaskStatus task={task} />
      {task.state === 'done' && <Link to="/cart">Go to your cart</Link>}
    </form>
  );
}
