import { FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { formatMoney } from '../api/catalog';
import { account, Address, Cart, cartById, checkout, currentCart, payWith, shipTo } from '../api/shop';
import { useTask } from '../api/task';
import { TaskStatus } from '../components/TaskStatus';

/** The documented test payment tokens (API.md), each explained so a shopper knows what will happen. */
export const PAYMENT_TOKENS = [
  { token: 'tok_visa', label: 'A card that pays', help: 'The bank authorizes the payment and the order is confirmed.' },
  { token: 'tok_chargeDeclined', label: 'A card the bank declines', help: 'The bank refuses the payment and the order is cancelled.' },
  {
    token: 'tok_timeout',
    label: 'A card whose bank never answers',
    help: 'The order is cancelled after the payment timeout.',
  },
];

const NEW = 'new';
const EMPTY: Address = { street: '', city: '', postalCode: '', country: '' };
const FIELDS: [keyof Address, string, string][] = [
  ['street', 'Street', 'street-address'],
  ['city', 'City', 'address-level2'],
  ['postalCode', 'Postal code', 'postal-code'],
  ['country', 'Country (two-letter code, e.g. FR)', 'country'],
];

/** Where to ship (a saved address or a new one) and how to pay, then Place order -> the order's page. */
export function CheckoutPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [cart, setCart] = useState<Cart | null | undefined>(undefined);
  const [saved, setSaved] = useState<(Address & { addressId: string })[]>([]);
  const [choice, setChoice] = useState(NEW);
  const [address, setAddress] = useState<Address>(EMPTY);
  const [token, setToken] = useState('tok_visa');
  const [task, run] = useTask();

  const id = params.get('cart');
  useEffect(() => {
    (id ? cartById(id) : currentCart()).then(setCart, () => setCart(null));
    account()
      .then((found) => {
        setSaved(found.addresses ?? []);
        if (found.addresses?.length) setChoice(found.addresses[0].addressId);
      })
      .catch(() => setSaved([])); // no account view yet: the shopper types an address in
  }, [id]);

  function placeOrder(event: FormEvent) {
    event.preventDefault();
    if (!cart) return;
    const picked = saved.find((a) => a.addressId === choice);
    const shipping = picked
      ? { street: picked.street, city: picked.city, postalCode: picked.postalCode, country: picked.country }
      : address;
    let orderId: string | undefined;
    void run('Placing your order…', async () => {
      await shipTo(cart.cartId, shipping);
      await payWith(cart.cartId, token);
      orderId = (await checkout(cart.cartId)).resourceId;
      return 'Your order is placed.';
    }).then((ok) => ok && orderId && navigate(`/orders/${orderId}`));
  }

  if (cart === undefined) return <p className="muted">Loading your cart…</p>;
  if (cart === null || cart.items.length === 0) {
    return (
      <section>
        <h1>Checkout</h1>
        <p>
          Your cart is empty. <Link to="/catalog">Browse the catalog</Link>.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="checkout-title">
      <h1 id="checkout-title">Checkout</h1>
      <p>
        {cart.items.length === 1 ? '1 line' : `${cart.items.length} lines`}, total{' '}
        <strong>{cart.total ? formatMoney(cart.total) : '—'}</strong>. <Link to="/cart">Change the cart</Link>
      </p>
      <form className="checkout" onSubmit={placeOrder}>
        <fieldset>
          <legend>Shipping address</legend>
          {saved.map((a) => (
            <label key={a.addressId} className="choice">
              <input type="radio" name="address" value={a.addressId} checked={choice === a.addressId} onChange={() => setChoice(a.addressId)} />
              {a.street}, {a.postalCode} {a.city}, {a.country}
            </label>
          ))}
          {saved.length > 0 && (
            <label className="choice">
              <input type="radio" name="address" value={NEW} checked={choice === NEW} onChange={() => setChoice(NEW)} />
              A new address
            </label>
          )}
          {choice === NEW &&
            FIELDS.map(([field, label, autoComplete]) => (
              <div className="field" key={field}>
                <label htmlFor={`address-${field}`}>{label}</label>
                <input
                  id={`address-${field}`}
                  required
                  autoComplete={autoComplete}
                  value={address[field]}
                  // The gateway takes ISO 3166 two-letter country codes only (PostalAddress).
                  {...(field === 'country' ? { maxLength: 2, pattern: '[A-Za-z]{2}' } : {})}
                  onChange={(event) =>
                    setAddress({ ...address, [field]: field === 'country' ? event.target.value.toUpperCase() : event.target.value })
                  }
                />
              </div>
            ))}
        </fieldset>
        <fieldset>
          <legend>Payment (test cards)</legend>
          {PAYMENT_TOKENS.map((option) => (
            <div className="choice" key={option.token}>
              <input
                type="radio"
                id={`pay-${option.token}`}
                name="payment"
                value={option.token}
                checked={token === option.token}
                onChange={() => setToken(option.token)}
                aria-describedby={`pay-${option.token}-help`}
              />
              <label htmlFor={`pay-${option.token}`}>
                {option.label} <code>{option.token}</code>
              </label>
              <p id={`pay-${option.token}-help`} className="muted help">
                {option.help}
              </p>
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={task.state === 'pending'}>
          Place order
        </button>
        <TaskStatus task={task} />
      </form>
    </section>
  );
}
