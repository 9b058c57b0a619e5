import { FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { AdminItemPage, allItems, AMOUNT, CATALOG_VIEW, createItem, CURRENCY, IMAGE_URL, SKU, useAdminView } from '../../api/admin';
import { formatMoney } from '../../api/catalog';
import { TaskStatus } from '../../components/TaskStatus';
import { AdminNav } from './AdminNav';
import { Field, useFormTask } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { LoadNotice } from '../../components/LoadNotice';

const PAGE_SIZE = 20;

/** Every catalog item, inactive ones too, searched and paged; and the form that creates a new one. */
export function AdminCatalogPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get('query') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const [draft, setDraft] = useState(query);
  const [load] = useAdminView<AdminItemPage>(`${query}/${page}`, () => allItems(query, page, PAGE_SIZE), { views: [CATALOG_VIEW] });

  useEffect(() => setDraft(query), [query]);

  function search(event: FormEvent) {
    event.preventDefault();
    setParams(draft.trim() ? { query: draft.trim() } : {});
  }

  function goTo(target: number) {
    setParams(query ? { query, page: String(target) } : { page: String(target) });
  }

  return (
    <section aria-labelledby="admin-catalog-title" className="admin">
      <AdminNav />
      <h1 id="admin-catalog-title">Manage the catalog</h1>
      <form role="search" className="search" onSubmit={search}>
        <label htmlFor="admin-query">Search all items</label>
        <input id="admin-query" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit">Search</button>
      </form>
      <LoadNotice load={load} what="the items" announce />
      {load.state === 'loaded' && <Items result={load.value} query={query} onPage={goTo} />}
      <NewItemForm />
    </section>
  );
}

function Items({ result, query, onPage }: { result: AdminItemPage; query: string; onPage: (page: number) => void }) {
  const { items, page, size, total } = result;
  if (items.length === 0) {
    return <p role="status">{query ? `No item matches “${query}”.` : 'The catalog has no items yet.'}</p>;
  }
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <>
      <p role="status" className="muted">
        {total === 1 ? '1 item' : `${total} items`}
        {query ? ` matching “${query}”` : ''}, active and inactive
      </p>
      <ul className="admin-rows" aria-label="All items">
        {items.map((item) => (
          <li key={item.id} className="admin-row">
            <Link className="admin-row-name" to={`/admin/catalog/${item.id}`}>
              {item.name}
            </Link>
            <span className="muted">SKU {item.sku}</span>
            <span className="price">{formatMoney(item.price)}</span>
            <span className={item.active ? 'badge active' : 'badge inactive'}>{item.active ? 'Active' : 'Inactive'}</span>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <Pager label="Item pages" page={page} pages={pages} onPage={onPage} />
      )}
    </>
  );
}

type Draft = { sku: string; name: string; description: string; amount: string; currency: string; imageUrl: string };
const EMPTY: Draft = { sku: '', name: '', description: '', amount: '', currency: 'EUR', imageUrl: '' };

/** What is wrong with a new item before it is sent, field by field, in words (the gateway's rules). */
export function newItemProblems(draft: Draft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!SKU.test(draft.sku.trim())) problems.sku = 'Enter a SKU of 1 to 64 letters, digits, hyphens or underscores.';
  if (!draft.name.trim()) problems.name = 'Enter a name.';
  else if (draft.name.trim().length > 200) problems.name = 'A name has at most 200 characters.';
  if (draft.description.length > 2000) problems.description = 'A description has at most 2000 characters.';
  Object.assign(problems, priceProblems(draft.amount, draft.currency));
  if (draft.imageUrl.trim() && !IMAGE_URL.test(draft.imageUrl.trim())) {
    problems.imageUrl = 'Enter a web address starting with https:// or http://, or a path on this site starting with /.';
  }
  return problems;
}

export function priceProblems(amount: string, currency: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!AMOUNT.test(amount.trim()) || Number(amount) <= 0) {
    problems.amount = 'Enter a price above zero, such as 12.50 (at most two decimals).';
  }
  if (!CURRENCY.test(currency.trim())) problems.currency = 'Enter a three-letter currency code, such as EUR.';
  return problems;
}

/** Moves the focus to the first field with an error, so a keyboard user lands on what to correct. */
function NewItemForm() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const { form, task, errors, submit: send } = useFormTask();
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));


  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = newItemProblems(draft);
    let id: string | undefined;
    const name = draft.name.trim();
    const ok = await send(
      `Creating ${name || 'the item'}…`,
      async () => {
        id = (
          await createItem({
            sku: draft.sku.trim(),
            name,
            description: draft.description,
            price: { amount: draft.amount.trim(), currency: draft.currency.trim() },
            imageUrl: draft.imageUrl.trim() || null,
          })
        ).resourceId;
        return `${name} was created, inactive.`;
      },
      { problems, refused: 'The item was not created: please correct the marked fields.', prefix: 'price.' },
    );
    if (ok && id) navigate(`/admin/catalog/${id}`, { state: { created: true } });
  }

  return (
    <section aria-labelledby="new-item-title" className="admin-panel">
      <h2 id="new-item-title">New item</h2>
      <p>A new item starts inactive: shoppers cannot see or buy it until you activate it on its page.</p>
      <form ref={form} noValidate onSubmit={submit}>
        <Field id="new-sku" label="SKU" value={draft.sku} onChange={set('sku')} error={errors.sku} required autoComplete="off"
          hint="Letters, digits, hyphens and underscores; it cannot be changed later." />
        <Field id="new-name" label="Name" value={draft.name} onChange={set('name')} error={errors.name} required maxLength={200} />
        <Field id="new-description" label="Description" multiline value={draft.description} onChange={set('description')} error={errors.description} />
        <div className="field-row">
          <Field id="new-amount" label="Price" value={draft.amount} onChange={set('amount')} error={errors.amount} required inputMode="decimal" hint="For example 12.50" />
          <Field id="new-currency" label="Currency" value={draft.currency} onChange={set('currency')} error={errors.currency} required maxLength={3} />
        </div>
        <Field id="new-image" label="Image URL" type="url" value={draft.imageUrl} onChange={set('imageUrl')} error={errors.imageUrl} hint="Optional" />
        <button type="submit" disabled={task.state === 'pending'}>
          Create item
        </button>
        <TaskStatus task={task} />
      </form>
    </section>
  );
}
