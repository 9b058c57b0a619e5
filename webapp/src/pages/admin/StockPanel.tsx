import { FormEvent, useState } from 'react';
import { adjustStock, receiveStock, Stock, stockOf, STOCK_VIEW, useAdminView } from '../../api/admin';
import { TaskStatus } from '../../components/TaskStatus';
import { Field, useFormTask } from '../../components/Field';
import { LoadNotice } from '../../components/LoadNotice';

const MAX_UNITS = 1_000_000;
const FIX = 'Nothing was changed: please correct the marked fields.';

/**
 * A product's stock: on hand, reserved, available; receive and adjust. Warehouse opens an empty stock when Catalog
 * lists a new item, a moment after it is created, so a fresh item's panel waits for it rather than failing.
 */
export function StockPanel({ productId, name }: { productId: string; name: string }) {
  const [load, expectChange] = useAdminView<Stock>(productId, () => stockOf(productId), { views: [STOCK_VIEW], id: productId, notFoundRetries: 20 });
  return (
    <section aria-labelledby="stock-title" className="admin-panel">
      <h2 id="stock-title">Stock</h2>
      <LoadNotice
        load={load}
        what="the stock"
        announce
        notFound={<p>The warehouse has no stock record for this item yet; it opens one shortly after an item is created. Reload the page in a moment.</p>}
      />
      {load.state === 'loaded' && (
        <>
          <dl className="figures" aria-label={`Stock of ${name}`}>
            <div>
              <dt>On hand</dt>
              <dd data-testid="stock-on-hand">{load.value.onHand}</dd>
            </div>
            <div>
              <dt>Reserved</dt>
              <dd data-testid="stock-reserved">{load.value.reserved}</dd>
            </div>
            <div>
              <dt>Available</dt>
              <dd data-testid="stock-available">{load.value.available}</dd>
            </div>
          </dl>
          <ReceiveForm productId={productId} onChange={expectChange} />
          <AdjustForm productId={productId} onChange={expectChange} />
        </>
      )}
    </section>
  );
}

const whole = (text: string) => (/^-?\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : NaN);

function ReceiveForm({ productId, onChange }: { productId: string; onChange: () => void }) {
  const [quantity, setQuantity] = useState('');
  const { form, task, errors, submit: send } = useFormTask();

  function submit(event: FormEvent) {
    event.preventDefault();
    const units = whole(quantity);
    const problems: Record<string, string> = {};
    if (!(units >= 1 && units <= MAX_UNITS)) problems.quantity = `Enter a whole number of units from 1 to ${MAX_UNITS.toLocaleString('en')}.`;
    void send(
      `Receiving ${quantity.trim()} units…`,
      async () => {
        await receiveStock(productId, units);
        setQuantity('');
        return `Received ${units} ${units === 1 ? 'unit' : 'units'}.`;
      },
      { problems, refused: FIX },
    ).then((ok) => ok && onChange());
  }

  return (
    <form ref={form} noValidate onSubmit={submit} aria-labelledby="receive-title" className="admin-subform">
      <h3 id="receive-title">Receive stock</h3>
      <Field id="receive-quantity" label="Quantity received" value={quantity} onChange={(event) => setQuantity(event.target.value)} error={errors.quantity} inputMode="numeric" required />
      <button type="submit" disabled={task.state === 'pending'}>
        Receive
      </button>
      <TaskStatus task={task} />
    </form>
  );
}

function AdjustForm({ productId, onChange }: { productId: string; onChange: () => void }) {
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const { form, task, errors, submit: send } = useFormTask();

  function submit(event: FormEvent) {
    event.preventDefault();
    const units = whole(delta);
    const problems: Record<string, string> = {};
    if (!(units !== 0 && Math.abs(units) <= MAX_UNITS)) {
      problems.delta = `Enter a whole number of units, not zero: positive adds, negative removes (at most ${MAX_UNITS.toLocaleString('en')}).`;
    }
    if (!reason.trim()) problems.reason = 'Say why, for example “damaged in storage”.';
    else if (reason.trim().length > 200) problems.reason = 'A reason has at most 200 characters.';
    void send(
      'Adjusting the stock…',
      async () => {
        await adjustStock(productId, units, reason.trim());
        setDelta('');
        setReason('');
        return `Adjusted the stock by ${units > 0 ? '+' : ''}${units}.`;
      },
      { problems, refused: FIX },
    ).then((ok) => ok && onChange());
  }

  return (
    <form ref={form} noValidate onSubmit={submit} aria-labelledby="adjust-title" className="admin-subform">
      <h3 id="adjust-title">Adjust stock</h3>
      <Field id="adjust-delta" label="Change in units" value={delta} onChange={(event) => setDelta(event.target.value)} error={errors.delta} required
        hint="Positive adds units, negative removes them, e.g. -2." />
      <Field id="adjust-reason" label="Reason" value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} required maxLength={200} />
      <button type="submit" disabled={task.state === 'pending'}>
        Adjust
      </button>
      <TaskStatus task={task} />
    </form>
  );
}
