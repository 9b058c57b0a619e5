import { Money } from './catalog';
import { api, ApiError } from './client';
import { CommandRejected, perform } from './commands';

export interface Address {
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface CartLine {
  productId: string;
  sku: string;
  name: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export interface Cart {
  cartId: string;
  status: string;
  items: CartLine[];
  total: Money | null;
  shippingAddress: Address | null;
  paymentMethod: string | null;
  version: number;
}

export interface OrderSummary {
  orderId: string;
  status: string;
  total: Money | null;
  placedAt: string;
}

export interface Order {
  orderId: string;
  status: string;
  cancellationReason: string | null;
  lines: CartLine[];
  total: Money | null;
  payment: { status: string } | null;
  timeline: { status: string; at: string }[];
}

export interface Account {
  accountId: string;
  addresses: (Address & { addressId: string })[];
}

export const CART_VIEWS = (view: string) => view.startsWith('shoppingcart.');
export const ORDER_VIEW = 'order.Orders';

export const currentCart = () => api.get<Cart>('/api/v1/carts/current');
export const cartById = (id: string) => api.get<Cart>(`/api/v1/carts/${encodeURIComponent(id)}`);
export const orders = () => api.get<OrderSummary[]>('/api/v1/orders');
export const order = (id: string) => api.get<Order>(`/api/v1/orders/${encodeURIComponent(id)}`);
export const account = () => api.get<Account>('/api/v1/account');

/** The shopper's cart id, creating a cart when there is none (GET current 404 -> POST /carts). */
export async function ensureCart(): Promise<string> {
  try {
    return (await currentCart()).cartId;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  const created = await perform('POST', '/api/v1/carts', {});
  return created.resourceId!;
}

const cartPath = (cartId: string) => `/api/v1/carts/${encodeURIComponent(cartId)}`;

/**
 * Adds to the shopper's cart, creating one if needed. Right after a checkout the read model may still show the
 * checked-out cart as current; the rejection says so, and a new cart is made for the item.
 */
export async function addToMyCart(productId: string, quantity: number): Promise<void> {
  const cartId = await ensureCart();
  try {
    await addToCart(cartId, productId, quantity);
  } catch (error) {
    const stale = error instanceof CommandRejected && (error.reason === 'CART_CHECKED_OUT' || error.reason === 'CART_DISCARDED');
    if (!stale) throw error;
    const fresh = (await perform('POST', '/api/v1/carts', {})).resourceId!;
    await addToCart(fresh, productId, quantity);
  }
}

export const addToCart = (cartId: string, productId: string, quantity: number) =>
  perform('POST', `${cartPath(cartId)}/items`, { productId, quantity });
export const changeQuantity = (cartId: string, productId: string, quantity: number) =>
  perform('PUT', `${cartPath(cartId)}/items/${encodeURIComponent(productId)}`, { quantity });
export const removeLine = (cartId: string, productId: string) =>
  perform('DELETE', `${cartPath(cartId)}/items/${encodeURIComponent(productId)}`);
export const shipTo = (cartId: string, address: Address) => perform('PUT', `${cartPath(cartId)}/shipping-address`, address);
export const payWith = (cartId: string, token: string) => perform('PUT', `${cartPath(cartId)}/payment-method`, { token });
export const checkout = (cartId: string) => perform('POST', `${cartPath(cartId)}/checkout`);
export const cancelOrder = (orderId: string) => perform('POST', `/api/v1/orders/${encodeURIComponent(orderId)}/cancel`);
export const reorder = (orderId: string) => perform('POST', `/api/v1/orders/${encodeURIComponent(orderId)}/reorder`);

const STATUS_WORDS: Record<string, string> = {
  PLACED: 'Placed',
  AWAITING_PAYMENT: 'Awaiting payment',
  CONFIRMED: 'Confirmed',
  SHIPPED: 'Shipped',
  CANCELLED: 'Cancelled',
};

const CANCELLATION_WORDS: Record<string, string> = {
  OUT_OF_STOCK: 'Some items were out of stock.',
  PAYMENT_DECLINED: 'The bank declined the payment.',
  PAYMENT_TIMEOUT: 'The bank did not answer in time, so the order was cancelled.',
  RESERVATION_EXPIRED: 'The items were held for too long without payment.',
  CUSTOMER_CANCELLED: 'You cancelled the order.',
};

const PAYMENT_WORDS: Record<string, string> = {
  PENDING: 'Waiting for the bank',
  AUTHORIZED: 'Authorized',
  DECLINED: 'Declined by the bank',
  TIMED_OUT: 'The bank did not answer',
  CAPTURED: 'Paid',
  REFUNDED: 'Refunded',
  VOIDED: 'Released, nothing was charged',
};

/** An upper-case code as words, for codes a later version of the shop may add. */
export const codeToWords = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

export const orderStatusWords = (status: string) => STATUS_WORDS[status] ?? codeToWords(status);
export const cancellationWords = (reason: string) => CANCELLATION_WORDS[reason] ?? `${codeToWords(reason)}.`;
export const paymentWords = (status: string) => PAYMENT_WORDS[status] ?? codeToWords(status);
