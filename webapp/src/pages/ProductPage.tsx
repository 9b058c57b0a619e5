import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CatalogItem, catalogItem, formatMoney } from '../api/catalog';
import { AddToCart } from '../components/AddToCart';

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; item: CatalogItem };

/** One catalog item: its picture, description, price and availability. */
export function ProductPage() {
  const { id = '' } = useParams();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    catalogItem(id)
      .then((item) => current && setLoad({ state: 'loaded', item }))
      .catch((error: Error) => current && setLoad({ state: 'failed', message: error.message }));
    return () => {
      current = false;
    };
  }, [id]);

  useEffect(() => {
    if (load.state === 'loaded') document.title = `${load.item.name} - EventualShop`;
  }, [load]);

  return (
    <article className="product">
      <p>
        <Link to="/catalog">← Back to the catalog</Link>
      </p>
      {load.state === 'loading' && (
        <p role="status" className="muted">
          Loading the product…
        </p>
      )}
      {load.state === 'failed' && (
        <>
          <h1>Product not available</h1>
          <p role="alert" className="error">
            {load.message}
          </p>
        </>
      )}
      {load.state === 'loaded' && (
        <div className="product-body">
          {load.item.imageUrl ? <img src={load.item.imageUrl} alt="" width="320" height="320" /> : null}
          <div>
            <h1>{load.item.name}</h1>
            <p className="price">{formatMoney(load.item.price)}</p>
            <p className={load.item.available > 0 ? 'stock' : 'stock out'}>
              {load.item.available > 0 ? 'In stock' : 'Out of stock'}
            </p>
            <p>{load.item.description}</p>
            {load.item.available && <AddToCart productId={load.item.id} name={load.item.name} />}
            <p className="muted">SKU {load.item.sku}</p>
          </div>
        </div>
      )}
    </article>
  );
}
