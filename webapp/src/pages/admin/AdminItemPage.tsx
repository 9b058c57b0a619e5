import { FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import {
  activate, AdminItem, adminItem, CATALOG_VIEW, changeDetails, changePrice, deactivate, IMAGE_URL, useAdminView,
} from '../../api/admin';
import { formatMoney } from '../../api/catalog';
import { useTask } from '../../api/task';
import { TaskStatus } from '../../components/TaskStatus';
import { priceProblems } from './AdminCatalogPage';
import { AdminNav } from './AdminNav';
import { Field, useFormTask } from '../../components/Field';
import { StockPanel } from './StockPanel';

const FIX = 'Nothing was changed: please correct the marked fields.';

/** One catalog item for an admin: its details, price, whether shoppers see it, and its stock. */
export function AdminItemPage() {
  const { id = '' } = useParams();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  // Just created: the catalog view may not have the item yet.
  const [load, expectChange] = useAdminView<AdminItem>(id, () => adminItem(id), { views: [CATALOG_VIEW], id, notFoundRetries: 20 });

  return (
    <section aria-labelledby="admin-item-title" className="admin">
      <AdminNav />
      <p>
        <Link to="/admin/catalog">← All items</Link>
      </p>
      {load.state === 'loading' && (
        <>
          <h1 id="admin-item-title">Item</h1>
          <p role="status" className="muted">
            {created ? 'Your new item is being listed…' : 'Loading the item…'}
          </p>
        </>
      )}
      {load.state === 'failed' && (
        <>
          <h1 id="admin-item-title">Item not available</h1>
          <p role="alert" className="error">
            {load.message}
          </p>
        </>
      )}
      {load.state === 'loaded' && (
        <>
          <h1 id="admin-item-title">{load.value.name}</h1>
          <p className="muted">
            SKU {load.value.sku} · {formatMoney(load.value.price)}
          </p>
          <Visibility item={load.value} onChange={expectChange} />
          <div className="admin-panels">
            <DetailsForm item={load.value} onChange={expectChange} />
            <PriceForm item={load.value} onChange={expectChange} />
            <StockPanel productId={load.value.id} name={load.value.name} />
          </div>
        </>
      )}
    </section>
  );
}

function Visibility({ item, onChange }: { item: AdminItem; onChange: () => void }) {
  const [task, run] = useTask();
  function toggle() {
    const on = !item.active;
    void run(on ? `Activating ${item.name}…` : `Deactivating ${item.name}…`, async () => {
      await (on ? activate(item.id) : deactivate(item.id));
      return on ? `${item.name} is active: shoppers can find and buy it.` : `${item.name} is inactive: shoppers no longer see it.`;
    }).then((ok) => ok && onChange());
  }
  return (
    <section aria-labelledby="visibility-title" className="admin-panel">
      <h2 id="visibility-title">Visibility</h2>
      <p>
        Status: <strong data-testid="item-status">{item.active ? 'Active' : 'Inactive'}</strong>.{' '}
        {item.active ? 'Shoppers can find and buy this item.' : 'Shoppers cannot see this item.'}
      </p>
      <button type="button" onClick={toggle} disabled={task.state === 'pending'} className={item.active ? 'secondary' : undefined}>
        {item.active ? 'Deactivate' : 'Activate'}
      </button>
      <TaskStatus task={task} />
    </section>
  );
}

function DetailsForm({ item, onChange }: { item: AdminItem; onChange: () => void }) {
  const [name, setName] = useState(item.name);
  const [description, setDescription] = useState(item.description ?? '');
  const [imageUrl, setImageUrl] = useState(item.imageUrl ?? '');
  const { form, task, errors, submit: send } = useFormTask();
  useEffect(() => setName(item.name), [item.name]);
  useEffect(() => setDescription(item.description ?? ''), [item.description]);
  useEffect(() => setImageUrl(item.imageUrl ?? ''), [item.imageUrl]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = 'Enter a name.';
    else if (name.trim().length > 200) problems.name = 'A name has at most 200 characters.';
    if (description.length > 2000) problems.description = 'A description has at most 2000 characters.';
    if (imageUrl.trim() && !IMAGE_URL.test(imageUrl.trim())) {
      problems.imageUrl = 'Enter a web address starting with https:// or http://, or a path on this site starting with /.';
    }
    void send(
      'Saving the details…',
      async () => {
        await changeDetails(item.id, { name: name.trim(), description, imageUrl: imageUrl.trim() || null });
        return 'The details were saved.';
      },
      { problems, refused: FIX },
    ).then((ok) => ok && onChange());
  }

  return (
    <section aria-labelledby="details-title" className="admin-panel">
      <h2 id="details-title">Details</h2>
      <form ref={form} noValidate onSubmit={submit}>
        <Field id="item-name" label="Name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} required maxLength={200} />
        <Field id="item-description" label="Description" multiline value={description} onChange={(event) => setDescription(event.target.value)} error={errors.description} />
        <Field id="item-image" label="Image URL" type="url" value={imageUrl} onChange={(event) => setImageUrl(event.target.value)} error={errors.imageUrl} hint="Optional" />
        <button type="submit" disabled={task.state === 'pending'}>
          Save details
        </button>
        <TaskStatus task={task} />
      </form>
    </section>
  );
}

function PriceForm({ item, onChange }: { item: AdminItem; onChange: () => void }) {
  const [amount, setAmount] = useState(item.price.amount);
  const [currency, setCurrency] = useState(item.price.currency);
  const { form, task, errors, submit: send } = useFormTask();
  useEffect(() => setAmount(item.price.amount), [item.price.amount]);
  useEffect(() => setCurrency(item.price.currency), [item.price.currency]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = priceProblems(amount, currency);
    const price = { amount: amount.trim(), currency: currency.trim() };
    void send(
      'Changing the price…',
      async () => {
        await changePrice(item.id, price);
        return `The price is now ${formatMoney(price)}.`;
      },
      { problems, refused: FIX },
    ).then((ok) => ok && onChange());
  }

  return (
    <section aria-labelledby="price-title" className="admin-panel">
      <h2 id="price-title">Price</h2>
      <p>
        Current price: <strong data-testid="item-price">{formatMoney(item.price)}</strong>. Carts are priced at the current catalog price.
      </p>
      <form ref={form} noValidate onSubmit={submit}>
        <div className="field-row">
          <Field id="item-amount" label="New price" value={amount} onChange={(event) => setAmount(event.target.value)} error={errors.amount} required inputMode="decimal" />
          <Field id="item-currency" label="Currency" value={currency} onChange={(event) => setCurrency(event.target.value)} error={errors.currency} required maxLength={3} />
        </div>
        <button type="submit" disabled={task.state === 'pending'}>
          Change price
        </button>
        <TaskStatus task={task} />
      </form>
    </section>
  );
}
