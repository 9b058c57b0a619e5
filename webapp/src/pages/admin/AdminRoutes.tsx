import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../NotFoundPage';
import { AdminCatalogPage } from './AdminCatalogPage';
import { AdminItemPage } from './AdminItemPage';
import { AdminOnly } from './AdminOnly';
import { AdminOrdersPage } from './AdminOrdersPage';
import { AdminStockPage } from './AdminStockPage';

/** The admin pages under /admin/*, one lazily loaded chunk that shoppers never download. */
export default function AdminRoutes() {
  return (
    <AdminOnly>
      <Routes>
        <Route index element={<Navigate to="catalog" replace />} />
        <Route path="catalog" element={<AdminCatalogPage />} />
        <Route path="catalog/:id" element={<AdminItemPage />} />
        <Route path="stock" element={<AdminStockPage />} />
        <Route path="orders" element={<AdminOrdersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AdminOnly>
  );
}
