/** Previous and next page buttons around "Page n of m", as a navigation landmark named `label`. */
export function Pager({ label, page, pages, onPage }: { label: string; page: number; pages: number; onPage: (page: number) => void }) {
  return (
    <nav aria-label={label} className="pager">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 0}>
        Previous page
      </button>
      <span>
        Page {page + 1} of {pages}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
        Next page
      </button>
    </nav>
  );
}
