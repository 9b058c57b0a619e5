import { NavLink } from 'react-router-dom';

/** The admin pages' own navigation. */
export function AdminNav() {
  return (
    <nav aria-label="Administration" className="admin-nav">
      <ul>
        <li>
          <NavLink to="/admin/catalog">Items</NavLink>
        </li>
        <li>
          <NavLink to="/admin/stock">Stock</NavLink>
        </li>
        <li>
          <NavLink to="/admin/orders">Orders to ship</NavLink>
        </li>
      </ul>
    </nav>
  );
}
