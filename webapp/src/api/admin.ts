import { useCallback, useEffect, useRef, useState } from 'react';
import { CatalogItem, Money } from './catalog';
import { api } from './client';
import { CommandRejected, perform } from './commands';
import { streamIsOpen } from './events';
import { Load, useLive } from './live';
import { OrderSummary } from './shop';

/**
 * The ADMIN's side of API.md: every catalog item (inactive ones too), stock, and the orders waiting to ship.
 * An admin's event stream announces every read-model update, so these pages reload when their views change; after
 * an action a page also polls its read model for a while, in case the stream is down (see `useAdminView`).
 */

export interface AdminItem extends CatalogItem {
  active: boolean;
}

export interface AdminItemPage {
  items: AdminItem[];
  page: number;
  size: number;
  total: number;
}

export interface Stock {
  productId: string;
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
}

export interface NewItem {
  sku: string;
  name: string;
  description: string;
  price: Money;
  imageUrl: string | null;
}

export interface ItemDetails {
  name: string;
  description: string;
  imageUrl: string | null;
}

export const CATALOG_VIEW = 'catalog.Items';
export const STOCK_VIEW = 'warehouse.Stock';
/** The catalog API's largest page. */
export const MAX_PAGE_SIZE = 100;

export function allItems(query: string, page: number, size: number): Promise<AdminItemPage> {
  const params = new URLSearchParams({ query, page: String(page), size: String(size), includeInactive: 'true' });
  return api.get<AdminItemPage>(`/api/v1/catalog/items?${params}`);
}

/** One product's stock; 404 while Warehouse has not opened it yet (it does so when Catalog lists the item). */
export const stockOf = async (productId: string) =>
  (await api.get<Stock[]>(`/api/v1/warehouse/stock?productId=${encodeURIComponent(productId)}`))[0];

export const allStock = () => api.get<Stock[]>('/api/v1/warehouse/stock');

/** Confirmed orders, oldest first: the ones to ship. */
export const ordersToShip = () => api.get<OrderSummary[]>('/api/v1/admin/orders?status=CONFIRMED');

const itemPath = (id: string) => `/api/v1/catalog/items/${encodeURIComponent(id)}`;
const stockPath = (productId: string) => `/api/v1/warehouse/stock/${encodeURIComponent(productId)}`;

export const adminItem = (id: string) => api.get<AdminItem>(itemPath(id));

export const createItem = (item: NewItem) => perform('POST', '/api/v1/catalog/items', item);
export const changeDetails = (id: string, details: ItemDetails) => perform('PUT', itemPath(id), details);
export const changePrice = (id: string, price: Money) => perform('PUT', `${itemPath(id)}/price`, price);
export const activate = (id: string) => perform('POST', `${itemPath(id)}/activate`);
export const deactivate = (id: string) => perform('POST', `${itemPath(id)}/deactivate`);
export const shipOrder = (orderId: string) => perform('POST', `/api/v1/orders/${encodeURIComponent(orderId)}/ship`);

/** Warehouse says UNKNOWN_PRODUCT when a product has no stock record; to an admin that is not "not for sale". */
async function stockCommand(path: string, body: unknown) {
  try {
    return await perform('POST', path, body);
  } catch (error) {
    if (error instanceof CommandRejected && error.reason === 'UNKNOWN_PRODUCT') {
      throw new CommandRejected(error.reason, 'This product has no stock record yet. Please try again in a moment.');
    }
    throw error;
  }
}

export const receiveStock = (productId: string, quantity: number) => stockCommand(`${stockPath(productId)}/receipts`, { quantity });
export const adjustStock = (productId: string, delta: number, reason: string) =>
  stockCommand(`${stockPath(productId)}/adjustments`, { delta, reason });

export interface AdminViewOptions {
  views: string[];
  /** Only updates of this document (an item or product id) make the page reload. */
  id?: string;
  notFoundRetries?: number;
  /** How long to keep polling after an action for its effect to show (ms). */
  settleMs?: number;
  pollMs?: number;
}

/**
 * A read model an admin changes: reloads on a projection event for its views (and `id`) and when the stream
 * reconnects; after `expectChange()`, while the stream is down, it also re-reads every `pollMs` until what it
 * shows differs from before, or `settleMs` has passed, so an action shows its effect even then.
 */
export function useAdminView<T>(key: string, load: () => Promise<T>, options: AdminViewOptions): [Load<T>, () => void] {
  const { views, id, notFoundRetries, settleMs = 20_000, pollMs = 1000 } = options;
  const [state, reload] = useLive<T>(key, load, {
    refreshOn: (event) => views.includes(event.view) && (id === undefined || event.id === id),
    notFoundRetries,
  });
  const waiting = useRef<{ until: number; before: string } | undefined>(undefined);
  const [expected, setExpected] = useState(0);

  useEffect(() => {
    const wait = waiting.current;
    if (!wait) return;
    const changed = state.state === 'loaded' && JSON.stringify(state.value) !== wait.before;
    if (changed || Date.now() > wait.until) {
      waiting.current = undefined;
      return;
    }
    if (streamIsOpen()) return; // the stream brings the update; polling is for while it is down
    const timer = setTimeout(reload, pollMs);
    return () => clearTimeout(timer);
  }, [state, expected, reload, pollMs]);

  const latest = useRef(state);
  latest.current = state;
  const expectChange = useCallback(() => {
    const shown = latest.current;
    waiting.current = { until: Date.now() + settleMs, before: shown.state === 'loaded' ? JSON.stringify(shown.value) : '' };
    setExpected((n) => n + 1);
    reload();
  }, [reload, settleMs]);
  return [state, expectChange];
}

/** Money as the API wants it: a decimal string with at most two decimals, and a three-letter currency. */
export const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
export const CURRENCY = /^[A-Z]{3}$/;
export const SKU = /^[A-Za-z0-9_-]{1,64}$/;
export const IMAGE_URL = /^(\/(?![/\\])|https?:\/\/)[^\s\p{Cc}]*$/u;
