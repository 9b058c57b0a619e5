import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { CatalogPage } from './CatalogPage';

const mug = { id: '1', sku: 'MUG', name: 'Stoneware mug', description: 'A mug', price: { amount: '12.50', currency: 'EUR' }, imageUrl: null, available: 12 };
const tea = { id: '2', sku: 'TEA', name: 'Sencha tea', description: 'Tea', price: { amount: '8.00', currency: 'EUR' }, imageUrl: null, available: 0 };

function catalog(respond: (url: URL) => { status: number; body: unknown; type?: string }) {
  const fetch = vi.fn(async (input: string) => {
    const { status, body, type } = respond(new URL(input, 'http://shop.test'));
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type ?? 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function show(path = '/catalog') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <CatalogPage />
    </MemoryRouter>,
  );
}

describe('the catalog page', () => {
  it('shows the items with their price and availability', async () => {
    catalog(() => ({ status: 200, body: { items: [mug, tea], page: 0, size: 12, total: 2 } }));

    show();

    const items = await screen.findByRole('list', { name: 'Catalog items' });
    expect(within(items).getByRole('link', { name: 'Stoneware mug' })).toHaveAttribute('href', '/products/1');
    expect(within(items).getByText('€12.50')).toBeInTheDocument();
    expect(within(items).getByText('In stock')).toBeInTheDocument();
    expect(within(items).getByText('Out of stock')).toBeInTheDocument();
  });

  it('searches with the words typed in the labelled search box', async () => {
    const fetch = catalog((url) => {
      const query = url.searchParams.get('query');
      return { status: 200, body: { items: query === 'tea' ? [tea] : [mug, tea], page: 0, size: 12, total: query === 'tea' ? 1 : 2 } };
    });
    show();
    await screen.findByRole('link', { name: 'Stoneware mug' });

    await userEvent.type(screen.getByLabelText('Search the catalog'), 'tea');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('1 item matching “tea”')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Stoneware mug' })).not.toBeInTheDocument();
    expect(String(fetch.mock.calls.at(-1)![0])).toContain('query=tea');
  });

  it('pages through the results', async () => {
    const fetch = catalog((url) => {
      const page = Number(url.searchParams.get('page'));
      return { status: 200, body: { items: [page === 0 ? mug : tea], page, size: 12, total: 13 } };
    });
    show();
    await screen.findByText('Page 1 of 2');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sencha tea' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(String(fetch.mock.calls.at(-1)![0])).toContain('page=1');
  });

  it('says when nothing matches', async () => {
    catalog(() => ({ status: 200, body: { items: [], page: 0, size: 12, total: 0 } }));

    show('/catalog?query=zebra');

    expect(await screen.findByText('Nothing in the catalog matches “zebra”.')).toBeInTheDocument();
  });

  it('explains an error in words, never as raw JSON', async () => {
    catalog(() => ({
      status: 400,
      body: { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The page size is out of range.' },
      type: 'application/problem+json',
    }));

    show();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The catalog could not be loaded: The page size is out of range.');
    expect(alert.textContent).not.toContain('{');
  });
});
