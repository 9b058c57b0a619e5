import { FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { CatalogPage as Page, formatMoney, searchCatalog } from '../api/catalog';
import { Pager } from '../components/Pager';
import { LoadNotice } from '../components/LoadNotice';

const PAGE_SIZE = 12;

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; page: Page };

/** The catalog grid: search by words, page through the results; the query and page live in the address. */
export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get('query') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const [draft, setDraft] = useState(query);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    searchCatalog(query, page, PAGE_SIZE)
      .then((result) => current && setLoad({ state: 'loaded', page: result }))
      .catch((error: Error) => current && setLoad({ state: 'failed', message: error.message }));
    return () => {
      current = false;
    };
  }, [query, page]);

  useEffect(() => setDraft(query), [query]);

  function search(event: FormEvent) {
    event.preventDefault();
    setParams(draft.trim() ? { query: draft.trim() } : {});
  }

  function goTo(target: number) {
    const next: Record<string, string> = { page: String(target) };
    if (query) next.query = query;
    setParams(next);
  }

  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title">Catalog</h1>
      <form role="search" className="search" onSubmit={search}>
        <label htmlFor="catalog-query">Search the catalog</label>
        <input
          id="catalog-query"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="e.g. mug, tea, notebook"
        />
        <button type="submit">Search</button>
      </form>
      <Results load={load} query={query} onPage={goTo} />
    </section>
  );
}

function Results({ load, query, onPage }: { load: Load; query: string; onPage: (page: number) => void }) {
  if (load.state !== 'loaded') return <LoadNotice load={load} what="the catalog" announce />;
  const { items, page, size, total } = load.page;
  if (items.length === 0) {
    return (
      <p role="status">{query ? `Nothing in the catalog matches “${query}”.` : 'The catalog is empty for now.'}</p>
    );
  }
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <>
      <p role="status" className="muted">
        {total === 1 ? '1 item' : `${total} items`}
        {query ? ` matching “${query}”` : ''}
      </p>
      <ul className="grid" aria-label="Catalog items">
        {items.map((item) => (
          <li key={item.id} className="card">
            {item.imageUrl ? <img src={item.imageUrl} alt="" width="160" height="160" loading="lazy" /> : null}
            <h2>
              <Link to={`/products/${item.id}`}>{item.name}</Link>
            </h2>
            <p className="price">{formatMoney(item.price)}</p>
            <p className={item.available > 0 ? 'stock' : 'stock out'}>{item.available > 0 ? 'In stock' : 'Out of stock'}</p>
          </li>
        ))}
      </ul>
      <Pager label="Catalog pages" page={page} pages={pages} onPage={onPage} />
    </>
  );
}
