import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/catalog">Browse the catalog</Link> instead.
      </p>
    </section>
  );
}
