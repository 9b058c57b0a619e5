import { useLocation } from 'react-router-dom';

/** Where a page navigated to, for tests: render it as the catch-all route. */
export function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}
