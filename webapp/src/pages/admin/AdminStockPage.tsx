import { Link } from 'react-router-dom';
import { AdminItemPage, allItems, allStock, MAX_PAGE_SIZE, Stock, STOCK_VIEW, useAdminView } from '../../api/admin';
import { AdminNav } from './AdminNav';
import { LoadNotice } from '../../components/LoadNotice';

type Row = Stock & { name?: string };

/** Every stock row with its item's name (from the catalog's first page of at most 100 items; the SKU otherwise). */
async function stockRows(): Promise<Row[]> {
  const [stock, items] = await Promise.all([allStock(), allItems('', 0, MAX_PAGE_SIZE).catch((): AdminItemPage | undefined => undefined)]);
  const names = new Map((items?.items ?? []).map((item) => [item.id, item.name]));
  return stock.map((row) => ({ ...row, name: names.get(row.productId) }));
}

/** All stock, by SKU: on hand, reserved and available, each linking to its item's page. */
export function AdminStockPage() {
  const [load] = useAdminView<Row[]>('stock', stockRows, { views: [STOCK_VIEW] });
  return (
    <section aria-labelledby="admin-stock-title" className="admin">
      <AdminNav />
      <h1 id="admin-stock-title">Stock</h1>
      <LoadNotice load={load} what="the stock" announce />
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <p>The warehouse holds no stock records yet.</p>
        ) : (
          <table className="admin-table">
            <caption className="muted">Every product's stock, by SKU</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">SKU</th>
                <th scope="col">On hand</th>
                <th scope="col">Reserved</th>
                <th scope="col">Available</th>
              </tr>
            </thead>
            <tbody>
              {load.value.map((row) => (
                <tr key={row.productId}>
                  <th scope="row" data-label="Item">
                    <Link to={`/admin/catalog/${row.productId}`}>{row.name ?? row.sku}</Link>
                  </th>
                  <td data-label="SKU">{row.sku}</td>
                  <td data-label="On hand">{row.onHand}</td>
                  <td data-label="Reserved">{row.reserved}</td>
                  <td data-label="Available">{row.available}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
