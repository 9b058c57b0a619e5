import { api } from './client';

export interface Money {
  amount: string;
  currency: string;
}

export interface CatalogItem {
  id: string;
  sku: string;
  name: string;
  description: string;
  price: Money;
  imageUrl?: string | null;
  /** Units that can be bought now (on hand less reserved). */
  available: number;
}

export interface CatalogPage {
  items: CatalogItem[];
  page: number;
  size: number;
  total: number;
}

export function searchCatalog(query: string, page: number, size: number): Promise<CatalogPage> {
  const params = new URLSearchParams({ query, page: String(page), size: String(size) });
  return api.get<CatalogPage>(`/api/v1/catalog/items?${params}`);
}

export function catalogItem(id: string): Promise<CatalogItem> {
  return api.get<CatalogItem>(`/api/v1/catalog/items/${encodeURIComponent(id)}`);
}

export function formatMoney(money: Money): string {
  const amount = Number(money.amount);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).format(amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
